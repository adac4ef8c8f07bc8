package io.github.mlpgen.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar mlpgen.jar}: runs one command and exits with its
 * {@link ExitCode}.
 */
public final class Main {

  private Main() {}

  /** Runs {@code mlpgen} with {@code args} and exits the JVM with the command's exit code. */
  public static void main(String[] args) {
    // Charts are drawn off-screen; without this AWT looks for a display.
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, printing to the standard streams. */
  static CommandLine commandLine() {
    return commandLine(
        new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** The configured command line, printing results to {@code out} and errors to {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new MlpgenCommand());
    ErrorHandler errors = new ErrorHandler();
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setExecutionExceptionHandler(errors);
    return commandLine;
  }
}
