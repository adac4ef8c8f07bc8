package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.spec.NetworkSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
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

  /** A command whose network constructor, called reflectively, ran out of memory. */
  @Command(name = "starved")
  static final class Starved implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("the constructor of org.ex.Big failed",
          new OutOfMemoryError("Java heap space"));
    }
  }

  @Test
  void outOfMemoryAnywhereInTheCauseChainIsBadInputNamingTheHeapAndTheFix() {
    StringWriter err = new StringWriter();

    int exitCode = withHandler(new CommandLine(new Starved()), err).execute();

    long maxMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    assertThat(exitCode).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString().strip()).isEqualTo("mlpgen: Java ran out of heap memory "
        + "(maximum heap " + maxMib + " MiB); run java with a larger -Xmx, such as java -Xmx"
        + Math.max(2, (2 * maxMib + 1023) / 1024) + "g -jar mlpgen.jar ...");
  }

  @Test
  void outOfMemoryOfTheNetworkNamesItsShapeAndParameterCount() {
    String message = TrainSetup.outOfMemory(
        NetworkSpec.of("Mlp", "org.ex", 8, 4000, List.of(4000), 10),
        new OutOfMemoryError("Java heap space"));

    assertThat(message).startsWith("Java ran out of heap memory creating or training the "
        + "network 4000-4000-10 (16044010 weights and biases) (maximum heap ")
        .contains(" MiB); run java with a larger -Xmx, such as java -Xmx")
        .endsWith("g -jar mlpgen.jar ...");
  }

  @Test
  void outOfMemorySuggestsMoreHeapThanTheJvmHas() {
    long maxMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);

    String message = ErrorHandler.outOfMemory(null, new OutOfMemoryError());

    long suggestedGib = Long.parseLong(message.replaceAll(".*-Xmx(\\d+)g .*", "$1"));
    assertThat(suggestedGib * 1024).isGreaterThan(maxMib).isGreaterThanOrEqualTo(2048);
  }

  @Test
  void outOfHeapNamesTheHeapAndXmx() {
    String message = ErrorHandler.outOfMemory("compiling the class org.ex.Mlp",
        new IllegalStateException(new OutOfMemoryError("Java heap space")), 10L << 20);

    assertThat(message).isEqualTo("Java ran out of heap memory compiling the class org.ex.Mlp"
        + " (maximum heap 10 MiB); run java with a larger -Xmx, such as java -Xmx2g -jar"
        + " mlpgen.jar ...");
  }

  @Test
  void outOfMetaspaceNamesTheMetaspaceAndMaxMetaspaceSize() {
    String message = ErrorHandler.outOfMemory("compiling the class org.ex.Mlp",
        new IllegalStateException(new OutOfMemoryError("Metaspace")), 2048L << 20);

    assertThat(message).isEqualTo("Java ran out of Metaspace (the memory for classes)"
        + " compiling the class org.ex.Mlp; run java with a larger -XX:MaxMetaspaceSize, such"
        + " as java -XX:MaxMetaspaceSize=256m -jar mlpgen.jar ...");
  }

  @Test
  void aCauseChainWithoutOutOfMemoryIsNotOutOfMemory() {
    assertThat(ErrorHandler.isOutOfMemory(new IllegalStateException(
        new IllegalArgumentException("bad")))).isFalse();
    assertThat(ErrorHandler.isOutOfMemory(new OutOfMemoryError())).isTrue();
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
    return withHandler(new CommandLine(new Broken()), err);
  }

  private static CommandLine withHandler(CommandLine commandLine, StringWriter err) {
    ErrorHandler handler = new ErrorHandler();
    commandLine.setErr(new PrintWriter(err));
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setParameterExceptionHandler(handler);
    return commandLine;
  }
}
