package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Well-formed command lines whose files or data cannot be used: {@code mlpgen: } lines on
 * standard error, exit code 3, never a stack trace.
 */
class InputErrorTest {

  @TempDir Path dir;

  @Test
  void rejectsMissingDataFile() {
    Path missing = dir.resolve("missing.csv");

    CliRun run = train("--data", missing.toString(), "--targets", "y");

    assertBadInput(run, "mlpgen: --data: no such file: " + missing);
  }

  @Test
  void rejectsUnknownTarget() {
    Path csv = Fixtures.linearCsv(dir, 40, 1);

    CliRun run = train("--data", csv.toString(), "--targets", "y,z");

    assertBadInput(run, "no column named 'z'");
  }

  @Test
  void rejectsMalformedCsvNamingTheLine() {
    Path csv = Fixtures.write(dir, "bad.csv", "a,b,y\n1,2,3\n4,five,6\n");

    CliRun run = train("--data", csv.toString(), "--targets", "y");

    assertBadInput(run, "line 3");
  }

  @Test
  void rejectsInvalidSpecListingEveryProblem() {
    Path spec = Fixtures.spec(dir, 0, 3, "0", 2);

    CliRun run = train("--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.errLines()).hasSizeGreaterThanOrEqualTo(2).allMatch(
        line -> line.startsWith("mlpgen: "));
    assertThat(run.err()).contains("batch").contains("hidden");
  }

  @Test
  void rejectsSpecWhoseInputDoesNotMatchTheData() {
    Path spec = Fixtures.spec(dir, 4, 5, "3", 1);
    Path csv = Fixtures.linearCsv(dir, 40, 1);

    CliRun run = train("--spec", spec.toString(), "--data", csv.toString(), "--targets", "y");

    assertBadInput(run, "input is 5, but the data has 2 input columns [small, large]");
  }

  @Test
  void rejectsDataTooSmallForTheBatch() {
    CliRun run = train("--rows", "20", "--inputs", "2", "--outputs", "1", "--batch", "16",
        "--folds", "2", "--backend", "reference");

    assertBadInput(run, "fewer than one batch of 16");
    assertThat(run.err()).contains("use a smaller --batch, fewer --folds or more rows");
  }

  @Test
  void reportsDivergenceAndKeepsTheHistory() {
    Path out = dir.resolve("out");

    CliRun run = train("--rows", "200", "--inputs", "3", "--outputs", "2", "--hidden", "4",
        "--batch", "8", "--epochs", "2", "--folds", "2", "--lr", "1e6",
        "--backend", "reference", "--out", out.toString());

    assertBadInput(run, "training diverged in ");
    assertThat(run.err()).contains("try a smaller one");
    assertThat(out.resolve("history.csv")).exists();
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void rejectsMissingInitialModel() {
    Path missing = dir.resolve("start.npz");

    CliRun run = train("--rows", "100", "--init", missing.toString());

    assertBadInput(run, "mlpgen: --init: no such file: " + missing);
  }

  @Test
  void rejectsInitialModelOfAnotherShape() {
    Path first = dir.resolve("first");
    CliRun small = train("--rows", "100", "--inputs", "3", "--outputs", "1", "--hidden", "2",
        "--batch", "8", "--epochs", "1", "--folds", "2", "--backend", "reference",
        "--out", first.toString());
    assertThat(small.exitCode()).isZero();

    CliRun run = train("--rows", "100", "--inputs", "3", "--outputs", "1", "--hidden", "5",
        "--batch", "8", "--epochs", "1", "--folds", "2", "--backend", "reference",
        "--init", first.resolve("model.npz").toString(), "--out", dir.resolve("b").toString());

    assertBadInput(run, "mlpgen: --init: ");
    assertThat(run.err()).contains("model.npz");
  }

  @Test
  void rejectsMoreRandomValuesThanAnArrayHolds() {
    CliRun run = train("--rows", "50000000", "--inputs", "50", "--backend", "reference");

    assertBadInput(run, "--rows 50000000 with 50 columns is more values than");
  }

  @Test
  void leavesNoOutputFolderWhenTheDataIsBad() {
    Path csv = Fixtures.linearCsv(dir, 40, 1);
    Path out = dir.resolve("never");

    CliRun run = train("--data", csv.toString(), "--targets", "nope", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(out).doesNotExist();
  }

  @Test
  void rejectsOutputFolderThatIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "not a folder");

    CliRun run = train("--rows", "100", "--backend", "reference", "--out", file.toString());

    assertBadInput(run, "mlpgen: --out: cannot create " + file);
  }

  private CliRun train(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "train";
    args[1] = "--quiet";
    System.arraycopy(options, 0, args, 2, options.length);
    return CliRun.of(args);
  }

  private static void assertBadInput(CliRun run, String expected) {
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("mlpgen: ").contains(expected)
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
