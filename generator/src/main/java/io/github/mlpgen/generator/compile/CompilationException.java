package io.github.mlpgen.generator.compile;

import java.util.List;

/**
 * A generated source that javac rejected. Valid specs never cause one; its message lists
 * every diagnostic with its line and column, so a report shows what the emitter got wrong.
 */
public final class CompilationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> diagnostics;

  CompilationException(String qualifiedName, List<String> diagnostics) {
    super("javac rejected the generated source of " + qualifiedName + ":\n"
        + String.join("\n", diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every diagnostic, one line each: {@code Name.java:12:5: error: message}. */
  public List<String> diagnostics() {
    return diagnostics;
  }
}
