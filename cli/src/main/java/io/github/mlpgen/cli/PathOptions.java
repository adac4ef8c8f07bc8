package io.github.mlpgen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The check every command makes of the files and folders it is given. */
final class PathOptions {

  private PathOptions() {}

  /**
   * Fails with a usage error if {@code path} is empty. {@code Path.of("")} is the working
   * directory: an empty value names nothing, and writing or reading there would be a guess.
   *
   * @param what {@code a file} or {@code a folder}, for the message
   */
  static void requireNamed(CommandSpec command, String option, Path path, String what) {
    if (path != null && path.toString().isEmpty()) {
      throw new ParameterException(
          command.commandLine(), option + " must name " + what + ", was empty");
    }
  }
}
