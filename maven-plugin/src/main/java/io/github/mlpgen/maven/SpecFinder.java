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
 * {@code *.mlp.yml}): a selected file with another name is an error, not a spec. A symbolic
 * link whose target does not exist counts as a file, so that a selected one is an error too
 * rather than a spec that silently disappears, taking its class with it; so does a folder,
 * or a link to one, named as a spec.
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
   * @param broken selected and named as specs, but symbolic links whose target does not exist
   * @param folders selected and named as specs, but folders or symbolic links to folders
   */
  record Selection(
      List<SpecFile> specs,
      List<SpecFile> misnamed,
      List<SpecFile> unselected,
      List<SpecFile> unnamed,
      List<SpecFile> broken,
      List<SpecFile> folders) {}

  /** Sorts the files below {@code sourceDirectory}; none when it is not a folder. */
  Selection scan(Path sourceDirectory) throws IOException {
    List<SpecFile> specs = new ArrayList<>();
    List<SpecFile> misnamed = new ArrayList<>();
    List<SpecFile> unselected = new ArrayList<>();
    List<SpecFile> unnamed = new ArrayList<>();
    List<SpecFile> broken = new ArrayList<>();
    List<SpecFile> folders = new ArrayList<>();
    for (SpecFile file : files(sourceDirectory)) {
      String name = file.relativeName();
      boolean specName = SpecReader.isSpecFileName(name);
      if (anyMatches(excludes, name)) {
        continue;
      }
      if (Files.isDirectory(file.path())) {
        if (specName && anyMatches(includes, name)) {
          folders.add(file);
        }
        continue;
      }
      if (anyMatches(includes, name) && !specName) {
        misnamed.add(file);
      } else if (anyMatches(includes, name)) {
        (isBrokenLink(file.path()) ? broken : specs).add(file);
      } else if (specName) {
        unselected.add(file);
      } else if (looksLikeSpec(name)) {
        unnamed.add(file);
      }
    }
    return new Selection(specs, misnamed, unselected, unnamed, broken, folders);
  }

  private static boolean anyMatches(List<SpecGlob> globs, String relativeName) {
    return globs.stream().anyMatch(glob -> glob.matches(relativeName));
  }

  private static boolean looksLikeSpec(String relativeName) {
    return SPEC_LIKE_SUFFIXES.stream().anyMatch(relativeName::endsWith);
  }

  /**
   * The regular files below {@code directory}, the links there that lead nowhere, and the
   * folders (or links to folders) named as specs.
   */
  private static List<SpecFile> files(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(file -> Files.isRegularFile(file) || isBrokenLink(file)
              || isFolderNamedAsSpec(directory, file))
          .map(file -> new SpecFile(file, relativeName(directory, file)))
          .sorted()
          .toList();
    }
  }

  private static boolean isFolderNamedAsSpec(Path directory, Path file) {
    return !file.equals(directory) && Files.isDirectory(file)
        && SpecReader.isSpecFileName(file.getFileName().toString());
  }

  private static boolean isBrokenLink(Path file) {
    return Files.isSymbolicLink(file) && !Files.exists(file);
  }

  private static String relativeName(Path directory, Path file) {
    return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
