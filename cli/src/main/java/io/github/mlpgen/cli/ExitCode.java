package io.github.mlpgen.cli;

/** The process exit codes of {@code mlpgen}, one per kind of outcome. */
final class ExitCode {

  /** The command did what was asked. */
  static final int OK = 0;

  /** The command line itself is wrong: unknown option, bad or missing option value. */
  static final int USAGE = 2;

  /**
   * The command line is well formed but what it points at is not usable: a missing or
   * malformed spec, data or model file, an output folder or a standard output that cannot be
   * written, a run whose training diverged, or a network or data too large for the Java heap.
   */
  static final int BAD_INPUT = 3;

  /** An unexpected failure inside mlpgen. */
  static final int INTERNAL = 4;

  private ExitCode() {}
}
