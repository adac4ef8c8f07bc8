package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ErrorHandlerTest {

  /** A command that fails the way a bug would. */
  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Option(names = "--stacktrace")
    boolean stacktrace;

    @Override
    public Integer call() {
      throw new IllegalStateException("no such state");
    }
  }

  @Test
  void internalErrorIsOneLineNamingTheExceptionWithoutStackTrace() {
    StringWriter err = new StringWriter();

    int exitCode = broken(err).execute();

    assertThat(exitCode).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString().strip()).isEqualTo("mlpgen: internal error: "
        + "java.lang.IllegalStateException: no such state (run with --stacktrace for details)");
  }

  @Test
  void stacktraceOptionAddsTheTrace() {
    StringWriter err = new StringWriter();

    int exitCode = broken(err).execute("--stacktrace");

    assertThat(exitCode).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString())
        .startsWith("mlpgen: internal error: java.lang.IllegalStateException: no such state")
        .contains("\tat " + Broken.class.getName());
  }

  @Test
  void badInputMessageSpanningLinesGetsThePrefixOnEveryLine() {
    StringWriter err = new StringWriter();

    ErrorHandler.report(new PrintWriter(err), "a.mlp.json: batch bad\na.mlp.json: input bad");

    assertThat(err.toString().lines())
        .containsExactly("mlpgen: a.mlp.json: batch bad", "mlpgen: a.mlp.json: input bad");
  }

  private static CommandLine broken(StringWriter err) {
    CommandLine commandLine = new CommandLine(new Broken());
    ErrorHandler handler = new ErrorHandler();
    commandLine.setErr(new PrintWriter(err));
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setParameterExceptionHandler(handler);
    return commandLine;
  }
}
