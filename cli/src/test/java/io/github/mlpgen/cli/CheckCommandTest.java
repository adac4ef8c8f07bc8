package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path dir;

  @Test
  void acceptsValidSpecAndSaysWhatItDefines() {
    Path spec = Fixtures.spec(dir, 32, 50, "25, 25", 10);

    CliRun run = CliRun.of("check", "--spec", spec.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("ok: " + spec
        + " defines org.example.Tiny: batch 32, layers 50-25-25-10, double, scalar");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void listsEveryProblemOnItsOwnLine() {
    Path spec = Fixtures.spec(dir, 0, 50, "25, 0", 10);

    CliRun run = CliRun.of("check", "--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.errLines()).hasSize(2).allMatch(line -> line.startsWith("mlpgen: "));
    assertThat(run.errLines().get(0)).contains("batch").contains("was 0");
    assertThat(run.errLines().get(1)).contains("hidden[1]").contains("was 0");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "generate", "train"})
  void specProblemsNameTheFileAsGivenRelativeStayingRelative(String command) {
    Path spec = Path.of("").toAbsolutePath().relativize(Fixtures.spec(dir, 0, 3, "5", 2));
    String[] args = command.equals("generate")
        ? new String[] {command, "--spec", spec.toString(), "--out", dir.resolve("o").toString()}
        : new String[] {command, "--spec", spec.toString()};

    CliRun run = CliRun.of(args);

    assertThat(spec.isAbsolute()).isFalse();
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.errLines()).containsExactly(
        "mlpgen: " + spec + ": batch must be between 1 and 4096, was 0");
  }
}
