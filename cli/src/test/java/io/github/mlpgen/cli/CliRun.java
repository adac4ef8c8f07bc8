package io.github.mlpgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the {@code mlpgen} command line in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** Runs {@code mlpgen args...}. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** The lines printed on standard error. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
