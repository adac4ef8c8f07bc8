package io.github.mlpgen.maven;

import io.github.mlpgen.generator.spec.SpecDefaults;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run needs, fixed before it starts. Relative paths are resolved against
 * {@code baseDirectory}.
 *
 * @param baseDirectory the project's folder; paths in messages are shown relative to it
 * @param sourceDirectory where the specs are
 * @param outputDirectory the source root the generated classes go to
 * @param stateFile where the run remembers what it generated, for the next run
 * @param includes Ant-style patterns selecting specs below {@code sourceDirectory}; empty
 *     means {@link #DEFAULT_INCLUDES}
 * @param excludes Ant-style patterns of files to leave out
 * @param specDefaults the values of optional fields that a spec leaves out
 * @param generator the identity of the code generator; a run with another one regenerates
 *     everything
 */
record GenerationRequest(
    Path baseDirectory,
    Path sourceDirectory,
    Path outputDirectory,
    Path stateFile,
    List<String> includes,
    List<String> excludes,
    SpecDefaults specDefaults,
    String generator) {

  /** The spec file names the plugin picks up when no includes are configured. */
  static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.mlp.json", "**/*.mlp.yaml", "**/*.mlp.yml");

  GenerationRequest {
    baseDirectory = baseDirectory.toAbsolutePath().normalize();
    sourceDirectory = baseDirectory.resolve(sourceDirectory).normalize();
    outputDirectory = baseDirectory.resolve(outputDirectory).normalize();
    stateFile = baseDirectory.resolve(stateFile).normalize();
    includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    Objects.requireNonNull(specDefaults, "specDefaults");
    Objects.requireNonNull(generator, "generator");
  }

  /**
   * The settings that shape the generated text besides the specs and the generator; a run
   * whose configuration differs from the last one regenerates every spec.
   */
  String configuration() {
    return SpecDefaultsParameters.fingerprint(specDefaults);
  }

  /** {@code path} relative to the project's folder when it lies inside, for messages. */
  String display(Path path) {
    Path absolute = baseDirectory.resolve(path).normalize();
    Path shown =
        absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
    String text = shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    return text.isEmpty() ? "." : text;
  }
}
