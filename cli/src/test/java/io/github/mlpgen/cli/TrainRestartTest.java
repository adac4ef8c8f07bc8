package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * When {@code train} starts Java again with the Vector API: only for the vector backend, after
 * checking its input, and with a scalar run in this JVM when the new JVM does not start. The
 * test JVM lacks the Vector API, so it is where a restart would happen.
 */
class TrainRestartTest {

  @TempDir Path dir;

  private final AtomicInteger restarts = new AtomicInteger();
  private final List<String> restartArgs = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void scalarAndReferenceRunInThisJvm() {
    for (String backend : new String[] {"scalar", "reference"}) {
      int exitCode = train(Restart.Outcome.exited(0), "--backend", backend);

      assertThat(exitCode).as(err.toString()).isZero();
      assertThat(out.toString()).contains("(backend " + backend + ")");
    }
    assertThat(restarts).hasValue(0);
    assertThat(err.toString()).doesNotContain("warning");
  }

  @Test
  void vectorRunsInTheNewJvmAndPassesOnItsExitCode() {
    int exitCode = train(Restart.Outcome.exited(ExitCode.BAD_INPUT), "--backend", "vector");

    assertThat(restarts).hasValue(1);
    assertThat(exitCode).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void badInputIsReportedBeforeAnyRestart() {
    int exitCode = train(Restart.Outcome.exited(0), "--backend", "vector",
        "--init", dir.resolve("absent.npz").toString());

    assertThat(restarts).hasValue(0);
    assertThat(exitCode).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("does not exist");
  }

  @Test
  void aNewJvmThatDoesNotStartLeavesAScalarRunHereWithOneWarning() {
    int exitCode = train(Restart.Outcome.notStarted(
        "ERROR: transport error 202: bind failed: Address already in use"),
        "--backend", "vector");

    assertThat(restarts).hasValue(1);
    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(err.toString().lines()).containsExactly("mlpgen: warning: the vector backend "
        + "needs the Vector API, but Java could not be started again with it (ERROR: transport "
        + "error 202: bind failed: Address already in use); training with the scalar backend "
        + "instead");
    assertThat(out.toString()).contains("(backend scalar)");
  }

  @Test
  void theNewJvmGetsTheArgumentsOfAnArgumentFileRatherThanItsName() throws IOException {
    Path argumentFile = dir.resolve("args.txt");
    Files.writeString(argumentFile, "--backend vector\n--seed 7\n");

    int exitCode = train(Restart.Outcome.exited(0), "@" + argumentFile);

    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(restarts).hasValue(1);
    assertThat(restartArgs).containsExactly("train", "-q", "--rows", "60", "--inputs", "3",
        "--outputs", "2", "--hidden", "3", "--batch", "8", "--folds", "2", "--epochs", "1",
        "--out", dir.resolve("out").toString(), "--backend", "vector", "--seed", "7");
  }

  private int train(Restart.Outcome outcome, String... backend) {
    CommandLine commandLine = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
    TrainCommand train = commandLine.getSubcommands().get("train").getCommand();
    train.restart = args -> {
      restarts.incrementAndGet();
      restartArgs.addAll(args);
      return outcome;
    };
    String[] args = {"train", "-q", "--rows", "60", "--inputs", "3", "--outputs", "2",
        "--hidden", "3", "--batch", "8", "--folds", "2", "--epochs", "1",
        "--out", dir.resolve("out").toString()};
    String[] all = new String[args.length + backend.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(backend, 0, all, args.length, backend.length);
    return commandLine.execute(all);
  }
}
