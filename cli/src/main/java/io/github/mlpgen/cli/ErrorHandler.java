package io.github.mlpgen.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into short lines on standard error, each starting with
 * {@code mlpgen: }, and the matching {@link ExitCode}. A stack trace is printed only for an
 * internal error, and only when {@code --stacktrace} was given.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

  static final String PREFIX = "mlpgen: ";

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    report(command.getErr(), e.getMessage()
        + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof ParameterException) {
      return handleParseException((ParameterException) e, parsed.originalArgs().toArray(
          new String[0]));
    }
    if (e instanceof InputException) {
      report(err, e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    boolean stacktrace = wantsStacktrace(parsed);
    report(err, "internal error: " + e.getClass().getName() + ": " + e.getMessage()
        + (stacktrace ? "" : " (run with --stacktrace for details)"));
    if (stacktrace) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }

  /** Prints {@code message}, one {@code mlpgen: } line per line of it. */
  static void report(PrintWriter err, String message) {
    for (String line : String.valueOf(message).split("\n", -1)) {
      err.println(PREFIX + line);
    }
    err.flush();
  }

  private static boolean wantsStacktrace(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }
}
