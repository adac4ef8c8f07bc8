package io.github.mlpgen.maven;

import java.util.List;

/**
 * The user's input cannot be generated: invalid specs, two specs for one class, or a bad
 * plugin parameter. The message lists every problem, one per line, ready for the build log.
 */
final class InvalidInputException extends Exception {

  private static final long serialVersionUID = 1L;

  InvalidInputException(String message) {
    super(message);
  }

  /** A heading line followed by each problem, indented. */
  InvalidInputException(String heading, List<String> problems) {
    super(heading + "\n  " + String.join("\n  ", problems));
  }
}
