package io.github.mlpgen.maven;

import io.github.mlpgen.generator.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sorts the files of a source directory by what the includes and excludes make of them.
 * The patterns select among files named as specs ({@code *.mlp.json}, {@code *.mlp.yaml},
 * {@code *.mlp.yml}): a selected file with another name is an error, not a spec.
 */
final class SpecFinder {

  private static final List<String> SPEC_LIKE_SUFFIXES = List.of(".json", ".yaml", ".yml");

  private final List<SpecGlob> includes;
  private final List<SpecGlob> excludes;

  SpecFinder(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(SpecGlob::of).toList();
    this.excludes = excludes.stream().map(SpecGlob::of).toList();
  }

  /**
   * The files below a source directory, each list sorted by relative name so that every run
   * sees them in the same order.
   *
   * @param specs selected and named as specs: the specs to read
   * @param misnamed selected, but not named as specs
   * @param unselected named as specs, but no include selects them and no exclude drops them
   * @param unnamed JSON or YAML files neither selected nor excluded nor named as specs: most
   *     likely specs whose name lacks the {@code .mlp} part
   */
  record Selection(
      List<SpecFile> specs,
      List<SpecFile> misnamed,
      List<SpecFile> unselected,
      List<SpecFile> unnamed) {}

  /** Sorts the files below {@code sourceDirectory}; none when it is not a folder. */
  Selection scan(Path sourceDirectory) throws IOException {
    List<SpecFile> specs = new ArrayList<>();
    List<SpecFile> misnamed = new ArrayList<>();
    List<SpecFile> unselected = new ArrayList<>();
    List<SpecFile> unnamed = new ArrayList<>();
    for (SpecFile file : regularFiles(sourceDirectory)) {
      String name = file.relativeName();
      boolean specName = SpecReader.isSpecFileName(name);
      if (anyMatches(excludes, name)) {
        continue;
      }
      if (anyMatches(includes, name)) {
        (specName ? specs : misnamed).add(file);
      } else if (specName) {
        unselected.add(file);
      } else if (looksLikeSpec(name)) {
        unnamed.add(file);
      }
    }
    return new Selection(specs, misnamed, unselected, unnamed);
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
