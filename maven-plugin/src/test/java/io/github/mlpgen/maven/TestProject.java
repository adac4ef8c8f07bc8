package io.github.mlpgen.maven;

import io.github.mlpgen.generator.spec.SpecDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A project folder (with a space in its path) holding specs, and runs over it. */
final class TestProject {

  /** A time no run writes at, to tell untouched files from rewritten ones. */
  static final FileTime OLD_TIME = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  final Path base;
  final Path specs;
  final Path output;
  final List<String> warnings = new ArrayList<>();
  final List<String> details = new ArrayList<>();

  TestProject(Path temporaryFolder) throws IOException {
    base = Files.createDirectories(temporaryFolder.resolve("my project"));
    specs = base.resolve("src/main/mlpgen");
    output = base.resolve("target/generated-sources/mlpgen");
  }

  /** A valid JSON spec of a small network. */
  static String spec(String name, String packageName, int batch) {
    return "{\"name\": \"" + name + "\", \"package\": \"" + packageName + "\", \"batch\": "
        + batch + ", \"input\": 3, \"hidden\": [5], \"output\": 2}\n";
  }

  Path writeSpec(String relativeName, String content) throws IOException {
    Path file = specs.resolve(relativeName);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  Path stateFile() {
    return base.resolve("target/mlpgen/generate@default.properties");
  }

  GenerationRequest request(String generator, SpecDefaults defaults) {
    return new GenerationRequest(
        base,
        Path.of("src/main/mlpgen"),
        Path.of("target/generated-sources/mlpgen"),
        Path.of("target/mlpgen/generate@default.properties"),
        List.of(),
        List.of(),
        defaults,
        generator);
  }

  GenerationResult run() throws Exception {
    return run(request("1.0+abc", SpecDefaults.STANDARD));
  }

  GenerationResult run(GenerationRequest request) throws Exception {
    BuildLog log = new BuildLog() {
      @Override
      public void debug(String message) {
        details.add(message);
      }

      @Override
      public void warn(String message) {
        warnings.add(message);
      }
    };
    return new GenerationRun(request, log).execute();
  }

  Path generated(String qualifiedName) {
    return output.resolve(qualifiedName.replace('.', '/') + ".java");
  }

  /** Sets every file below the output folder and the state file to {@link #OLD_TIME}. */
  void ageOutputs() throws IOException {
    try (var files = Files.walk(base.resolve("target"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, OLD_TIME);
      }
    }
  }

  static FileTime modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file);
  }
}
