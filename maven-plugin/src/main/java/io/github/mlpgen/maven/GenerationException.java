package io.github.mlpgen.maven;

/**
 * A run failed for a reason that is not the user's input: a file could not be read or
 * written, or the generator failed on a valid spec.
 */
final class GenerationException extends Exception {

  private static final long serialVersionUID = 1L;

  GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
