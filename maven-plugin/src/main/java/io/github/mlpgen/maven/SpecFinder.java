package io.github.mlpgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the spec files of a source directory that the includes select and no exclude drops. */
final class SpecFinder {

  private static final List<String> SPEC_LIKE_SUFFIXES = List.of(".json", ".yaml", ".yml");

  private final List<SpecGlob> includes;
  private final List<SpecGlob> excludes;

  SpecFinder(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(SpecGlob::of).toList();
    this.excludes = excludes.stream().map(SpecGlob::of).toList();
  }

  /**
   * The specs below {@code sourceDirectory}, sorted by relative name so that every run sees
   * them in the same order; none when the directory does not exist.
   */
  List<SpecFile> find(Path sourceDirectory) throws IOException {
    List<SpecFile> specs = new ArrayList<>();
    for (SpecFile file : regularFiles(sourceDirectory)) {
      if (selected(file.relativeName())) {
        specs.add(file);
      }
    }
    return specs;
  }

  /**
   * JSON and YAML files that no include selects and no exclude drops: most likely specs
   * whose name lacks the {@code .mlp} part, worth a warning.
   */
  List<SpecFile> overlooked(Path sourceDirectory) throws IOException {
    List<SpecFile> overlooked = new ArrayList<>();
    for (SpecFile file : regularFiles(sourceDirectory)) {
      String name = file.relativeName();
      if (looksLikeSpec(name) && !anyMatches(includes, name) && !anyMatches(excludes, name)) {
        overlooked.add(file);
      }
    }
    return overlooked;
  }

  private boolean selected(String relativeName) {
    return anyMatches(includes, relativeName) && !anyMatches(excludes, relativeName);
  }

  private static boolean anyMatches(List<SpecGlob> globs, String relativeName) {
    return globs.stream().anyMatch(glob -> glob.matches(relativeName));
  }

  private static boolean looksLikeSpec(String relativeName) {
    return SPEC_LIKE_SUFFIXES.stream().anyMatch(relativeName::endsWith);
  }

  private static List<SpecFile> regularFiles(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> new SpecFile(file, relativeName(directory, file)))
          .sorted()
          .toList();
    }
  }

  private static String relativeName(Path directory, Path file) {
    return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
