package io.github.mlpgen.maven;

import io.github.mlpgen.generator.spec.SpecDefaults;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one run needs, fixed before it starts. Relative paths are resolved against
 * {@code baseDirectory}.
 *
 * @param baseDirectory the project's folder; paths in messages are shown relative to it
 * @param parameters the names of the goal's folder parameters, for messages
 * @param sourceDirectory where the specs are
 * @param outputDirectory the source root the generated classes go to
 * @param stateFile where the run remembers what it generated, for the next run
 * @param includes Ant-style patterns selecting specs below {@code sourceDirectory}; empty
 *     means {@link #DEFAULT_INCLUDES}
 * @param excludes Ant-style patterns of files to leave out
 * @param specDefaults the values of optional fields that a spec leaves out
 * @param generator the identity of the code generator; a run with another one regenerates
 *     everything
 * @param mainSourceRoots the project's main source roots besides the output directory: a
 *     generated test class at a path one of them also holds hides the main class in the
 *     tests, and a generated main class there is a duplicate class
 */
record GenerationRequest(
    Path baseDirectory,
    FolderParameters parameters,
    Path sourceDirectory,
    Path outputDirectory,
    Path stateFile,
    List<String> includes,
    List<String> excludes,
    SpecDefaults specDefaults,
    String generator,
    List<Path> mainSourceRoots) {

  /** The spec file names the plugin picks up when no includes are configured. */
  static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.mlp.json", "**/*.mlp.yaml", "**/*.mlp.yml");

  GenerationRequest {
    baseDirectory = baseDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(parameters, "parameters");
    sourceDirectory = baseDirectory.resolve(sourceDirectory).normalize();
    outputDirectory = baseDirectory.resolve(outputDirectory).normalize();
    stateFile = baseDirectory.resolve(stateFile).normalize();
    includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    Objects.requireNonNull(specDefaults, "specDefaults");
    Objects.requireNonNull(generator, "generator");
    mainSourceRoots = otherFolders(baseDirectory, mainSourceRoots, outputDirectory);
  }

  /**
   * The names under which a goal takes its two folders, as a pom and {@code -Dmlpgen.<name>}
   * spell them.
   *
   * @param source the parameter of the spec folder
   * @param output the parameter of the folder the classes go to
   */
  record FolderParameters(String source, String output) {

    /** The folders of the {@code generate} goal. */
    static final FolderParameters MAIN = new FolderParameters("sourceDirectory",
        "outputDirectory");

    /** The folders of the {@code generate-test} goal. */
    static final FolderParameters TEST = new FolderParameters("testSourceDirectory",
        "testOutputDirectory");

    /** The folders of the goal of that name: {@code generate} or {@code generate-test}. */
    static FolderParameters ofGoal(String goal) {
      return goal.equals("generate-test") ? TEST : MAIN;
    }
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

  /** {@code folders} resolved, once each, without {@code own}. */
  private static List<Path> otherFolders(Path base, List<Path> folders, Path own) {
    Set<Path> distinct = new LinkedHashSet<>();
    for (Path folder : folders == null ? List.<Path>of() : folders) {
      distinct.add(base.resolve(folder).normalize());
    }
    distinct.remove(own);
    return List.copyOf(distinct);
  }
}
