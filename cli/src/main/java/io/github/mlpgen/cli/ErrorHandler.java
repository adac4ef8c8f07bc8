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
 * internal error, and only when {@code --stacktrace} was given. Running out of memory is bad
 * input: the network or the data is too large for the memory the JVM was given.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

  static final String PREFIX = "mlpgen: ";

  /** The JVM's name for the memory of classes, in its errors. */
  private static final String METASPACE = "Metaspace";

  private static final long MIB = 1024 * 1024;

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
    if (isOutOfMemory(e)) {
      report(err, outOfMemory(null, e));
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

  /**
   * Whether {@code e} or one of its causes is an {@link OutOfMemoryError}: a constructor
   * called reflectively, for one, wraps it in other exceptions.
   */
  static boolean isOutOfMemory(Throwable e) {
    // The bound guards against a cause chain that loops.
    Throwable cause = e;
    for (int depth = 0; cause != null && depth < 64; depth++, cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one line for a run that did not fit the memory this JVM may use: the heap, or the
   * Metaspace that holds classes (javac loads many). A larger network than the heap holds is
   * a problem of the input, not of mlpgen.
   *
   * @param activity such as {@code creating or training the network 4000-4000-10 (16044010
   *     weights and biases)}, or null when the failure is not known to be the network's
   * @param error the {@link OutOfMemoryError}, or an exception it caused
   */
  static String outOfMemory(String activity, Throwable error) {
    return outOfMemory(activity, error, Runtime.getRuntime().maxMemory());
  }

  /**
   * {@link #outOfMemory(String, Throwable)} for a JVM whose heap may grow to {@code maxHeap}
   * bytes. The Metaspace's maximum is not named: the management API that knows it needs
   * classes of its own, which a full Metaspace cannot load.
   */
  static String outOfMemory(String activity, Throwable error, long maxHeap) {
    String during = activity == null ? "" : " " + activity;
    if (isMetaspace(error)) {
      return "Java ran out of Metaspace (the memory for classes)" + during + "; run java with"
          + " a larger -XX:MaxMetaspaceSize, such as java -XX:MaxMetaspaceSize=256m -jar"
          + " mlpgen.jar ...";
    }
    long maxMib = maxHeap / MIB;
    long suggestedGib = Math.max(2, (2 * maxMib + 1023) / 1024);
    return "Java ran out of heap memory" + during + " (maximum heap " + maxMib + " MiB); run"
        + " java with a larger -Xmx, such as java -Xmx" + suggestedGib + "g -jar mlpgen.jar ...";
  }

  /** Whether the {@link OutOfMemoryError} in {@code error}'s causes is about Metaspace. */
  private static boolean isMetaspace(Throwable error) {
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < 64; depth++, cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return cause.getMessage() != null && cause.getMessage().contains(METASPACE);
      }
    }
    return false;
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
