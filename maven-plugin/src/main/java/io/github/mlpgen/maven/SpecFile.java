package io.github.mlpgen.maven;

import java.nio.file.Path;

/**
 * One spec file found below a source directory.
 *
 * @param path the file itself
 * @param relativeName its path below the source directory, folders separated by {@code /};
 *     the name the generated header and the state file use, independent of where the
 *     project lives
 */
record SpecFile(Path path, String relativeName) implements Comparable<SpecFile> {

  @Override
  public int compareTo(SpecFile other) {
    return relativeName.compareTo(other.relativeName);
  }
}
