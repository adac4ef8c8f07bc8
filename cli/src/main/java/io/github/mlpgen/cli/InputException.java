package io.github.mlpgen.cli;

/**
 * A file or value the user gave cannot be used; its message is the one line the user sees
 * after {@code mlpgen: }, and the process exits with {@link ExitCode#BAD_INPUT}.
 */
final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
