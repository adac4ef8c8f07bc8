package io.github.mlpgen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar mlpgen.jar}: runs one command and exits with its
 * {@link ExitCode}.
 */
public final class Main {

  private Main() {}

  /**
   * Runs {@code mlpgen} with {@code args} and exits the JVM with the command's exit code.
   * {@code train} with the vector backend runs in a second JVM that has the Vector API (see
   * {@link Restart}), unless this one has it already or the second cannot start.
   */
  public static void main(String[] args) {
    // Charts are drawn off-screen; without this AWT looks for a display.
    System.setProperty("java.awt.headless", "true");
    Restart.announceStart();
    System.exit(run(args));
  }

  /**
   * Runs {@code mlpgen} with {@code args} on the standard streams and returns the exit code.
   * Errors of the JVM itself (out of memory, a damaged jar) also end in one line rather than
   * a stack trace.
   */
  static int run(String[] args) {
    return run(args, new FileOutputStream(FileDescriptor.out),
        new PrintWriter(System.err, true));
  }

  /**
   * Runs {@code mlpgen} with {@code args}, printing results to {@code stdout} and errors to
   * {@code err}. A result that cannot be written to {@code stdout} is an error of its own.
   */
  static int run(String[] args, OutputStream stdout, PrintWriter err) {
    StandardOutput out = new StandardOutput(stdout);
    PrintWriter outWriter = new PrintWriter(out, true);
    CommandLine commandLine = commandLine(outWriter, err);
    TrainCommand train = commandLine.getSubcommands().get("train").getCommand();
    train.restart = expandedArgs -> new Restart(expandedArgs).run();
    int exitCode = execute(commandLine, args);
    outWriter.flush();
    if (out.failure() != null) {
      ErrorHandler.report(err, "cannot write to standard output: "
          + InputFiles.reason(out.failure()));
      return exitCode == ExitCode.OK ? ExitCode.BAD_INPUT : exitCode;
    }
    return exitCode;
  }

  private static int execute(CommandLine commandLine, String[] args) {
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      ErrorHandler.report(commandLine.getErr(), ErrorHandler.outOfMemory(null, e));
      return ExitCode.BAD_INPUT;
    } catch (LinkageError e) {
      ErrorHandler.report(commandLine.getErr(), "internal error: " + e.getClass().getName()
          + ": " + e.getMessage() + " (is mlpgen.jar complete?)");
      if (Arrays.asList(args).contains("--stacktrace")) {
        e.printStackTrace(commandLine.getErr());
      }
      return ExitCode.INTERNAL;
    }
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
