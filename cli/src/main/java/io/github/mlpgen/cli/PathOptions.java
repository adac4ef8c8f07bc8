package io.github.mlpgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The checks every command makes of the files and folders it is given. */
final class PathOptions {

  private PathOptions() {}

  /**
   * Refuses a regular file where {@code --out}, or a folder between it and {@code folder},
   * must be a folder: creating or writing would fail only with the file system's words about
   * a path below the file, such as {@code Not a directory}.
   *
   * @param folder the folder that must be one, {@code outDir} or below it
   * @param doing what would fail, for the message: {@code write out/org/A.java}
   */
  static void requireNoFileOnTheWay(Path outDir, Path folder, String doing)
      throws InputException {
    Path blocking = folder;
    while (blocking != null && !Files.exists(blocking)) {
      blocking = blocking.getParent();
    }
    if (blocking == null || Files.isDirectory(blocking)) {
      return;
    }
    if (blocking.equals(outDir)) {
      throw new InputException("--out: " + outDir + " is a file, not a folder");
    }
    throw new InputException("--out: cannot " + doing + ", as " + blocking
        + " is a file, not a folder");
  }

  /**
   * Fails with a usage error if {@code path} is empty or blank. {@code Path.of("")} is the
   * working directory: an empty value names nothing, and writing or reading there would be a
   * guess. A name of spaces alone is a quoting mistake rather than a folder or file anyone
   * means.
   *
   * @param what {@code a file} or {@code a folder}, for the message
   */
  static void requireNamed(CommandSpec command, String option, Path path, String what) {
    if (path == null || !path.toString().isBlank()) {
      return;
    }
    String was = path.toString().isEmpty() ? "empty" : "blank";
    throw new ParameterException(
        command.commandLine(), option + " must name " + what + ", was " + was);
  }
}
