package io.github.mlpgen.maven;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.SpecDefaults;
import io.github.mlpgen.maven.GenerationRequest.FolderParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

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
    return write(specs.resolve(relativeName), content);
  }

  /** Writes {@code content} to {@code file}, creating its folders. */
  static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * A request of the {@code generate-test} goal over {@code src/test/mlpgen}, with these
   * main source roots.
   */
  GenerationRequest testRequest(List<Path> mainSourceRoots) {
    return new GenerationRequest(
        base,
        FolderParameters.TEST,
        Path.of("src/test/mlpgen"),
        Path.of("target/generated-test-sources/mlpgen"),
        Path.of("target/mlpgen/generate-test@default.properties"),
        List.of(),
        List.of(),
        SpecDefaults.STANDARD,
        "1.0+abc",
        mainSourceRoots);
  }

  /**
   * A request of the execution whose state is {@code target/mlpgen/<execution>.properties},
   * such as {@code generate@e2}, over these folders.
   */
  GenerationRequest execution(String execution, String sourceDirectory, String outputDirectory) {
    FolderParameters parameters =
        execution.startsWith("generate-test@") ? FolderParameters.TEST : FolderParameters.MAIN;
    return new GenerationRequest(
        base,
        parameters,
        Path.of(sourceDirectory),
        Path.of(outputDirectory),
        Path.of("target/mlpgen/" + execution + ".properties"),
        List.of(),
        List.of(),
        SpecDefaults.STANDARD,
        "1.0+abc",
        List.of());
  }

  /** A request of the {@code generate} goal with these main source roots. */
  GenerationRequest mainRequest(List<Path> mainSourceRoots) {
    return new GenerationRequest(
        base,
        FolderParameters.MAIN,
        Path.of("src/main/mlpgen"),
        Path.of("target/generated-sources/mlpgen"),
        Path.of("target/mlpgen/generate@default.properties"),
        List.of(),
        List.of(),
        SpecDefaults.STANDARD,
        "1.0+abc",
        mainSourceRoots);
  }

  Path stateFile() {
    return base.resolve("target/mlpgen/generate@default.properties");
  }

  GenerationRequest request(String generator, SpecDefaults defaults) {
    return request(generator, defaults, List.of(), List.of());
  }

  /** A request of the {@code generate} goal with these includes and excludes. */
  GenerationRequest request(List<String> includes, List<String> excludes) {
    return request("1.0+abc", SpecDefaults.STANDARD, includes, excludes);
  }

  private GenerationRequest request(
      String generator, SpecDefaults defaults, List<String> includes, List<String> excludes) {
    return new GenerationRequest(
        base,
        FolderParameters.MAIN,
        Path.of("src/main/mlpgen"),
        Path.of("target/generated-sources/mlpgen"),
        Path.of("target/mlpgen/generate@default.properties"),
        includes,
        excludes,
        defaults,
        generator,
        List.of());
  }

  GenerationResult run() throws Exception {
    return run(request("1.0+abc", SpecDefaults.STANDARD));
  }

  GenerationResult run(GenerationRequest request) throws Exception {
    return new GenerationRun(request, log()).execute();
  }

  /** A run of the standard request with another generator. */
  GenerationResult run(BiFunction<NetworkSpec, String, GeneratedSource> generator)
      throws Exception {
    GenerationRequest request = request("1.0+abc", SpecDefaults.STANDARD);
    return new GenerationRun(request, log(), generator).execute();
  }

  /** A log that keeps what the run reports, for the test to read. */
  private BuildLog log() {
    return new BuildLog() {
      @Override
      public void debug(String message) {
        details.add(message);
      }

      @Override
      public void warn(String message) {
        warnings.add(message);
      }
    };
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
