package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.runtime.model.NdArray;
import io.github.mlpgen.runtime.model.Npz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    assertBadInput(run, "mlpgen: --data: " + missing + " does not exist");
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
  void reportsACellHoldingALineEndOnOneLine() {
    Path csv = Fixtures.write(dir, "multiline.csv", "a,b,y\n\"1\n2\",3,4\n5,6,7\n");

    CliRun run = train("--data", csv.toString(), "--targets", "y");

    assertBadInput(run, "");
    assertThat(run.errLines()).containsExactly("mlpgen: " + csv + ", line 2, column 1 (a): "
        + "'1\\n2' is not a number; expected a decimal number such as 12, -0.5 or 1.5e-3");
  }

  @Test
  void listsColumnNamesHoldingALineEndOnOneLine() {
    Path spec = Fixtures.spec(dir, 4, 5, "3", 1);
    Path csv = Fixtures.write(dir, "names.csv", "\"sma\nll\",large,y\n1,2,3\n4,5,6\n");

    CliRun run = train("--spec", spec.toString(), "--data", csv.toString(), "--targets", "y");

    assertBadInput(run, "");
    assertThat(run.errLines()).containsExactly("mlpgen: " + spec + ": input is 5, but the data "
        + "has 2 input columns [sma\\nll, large]");
  }

  @Test
  void rejectsDataTooSmallForTheBatch() {
    CliRun run = train("--rows", "20", "--inputs", "2", "--outputs", "1", "--batch", "16",
        "--folds", "2", "--backend", "reference");

    assertBadInput(run, "fewer than one batch of 16");
    assertThat(run.err()).contains("use a smaller --batch, fewer --folds or more rows");
  }

  @Test
  void dataTooSmallForATestRowSaysHowManyRowsWouldDo() {
    CliRun run = train("--rows", "2", "--batch", "1", "--folds", "2", "--epochs", "1",
        "--hidden", "2", "--backend", "reference");

    assertBadInput(run, "");
    assertThat(run.errLines()).containsExactly("mlpgen: random data: the held-out test share, "
        + "20% of 2 rows, is 0 rows; use at least 3 rows");
  }

  @Test
  void reportsDivergenceAndKeepsTheHistory() {
    Path out = dir.resolve("out");

    CliRun run = train("--rows", "200", "--inputs", "3", "--outputs", "2", "--hidden", "4",
        "--batch", "8", "--epochs", "2", "--folds", "2", "--lr", "1e6",
        "--backend", "reference", "--out", out.toString());

    assertBadInput(run, "training diverged in ");
    assertThat(run.err()).contains("the learning rate 1000000.0 may be too large, or the data "
        + "holds values too large to square")
        .contains("(history so far in " + out.resolve("diverged-history.csv") + ")");
    assertThat(out.resolve("diverged-history.csv")).exists();
    assertThat(out.resolve("diverged-steps.csv")).exists();
    assertThat(out.resolve("history.csv")).doesNotExist();
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void rejectsMissingInitialModel() {
    Path missing = dir.resolve("start.npz");

    CliRun run = train("--rows", "100", "--init", missing.toString());

    assertBadInput(run, "mlpgen: --init: " + missing + " does not exist");
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
  void rejectsAnInitialBiasOfShapeOneByFanOutNamingBothShapes() throws IOException {
    Path model = dir.resolve("row-bias.npz");
    Npz.write(model, List.of(
        new NdArray("w1", new int[] {3, 2}, new double[6]),
        new NdArray("b1", new int[] {1, 2}, new double[2]),
        new NdArray("w2", new int[] {2, 1}, new double[2]),
        new NdArray("b2", new int[] {1}, new double[1])));

    CliRun run = train("--rows", "100", "--inputs", "3", "--outputs", "1", "--hidden", "2",
        "--batch", "8", "--epochs", "1", "--folds", "2", "--backend", "reference",
        "--init", model.toString(), "--out", dir.resolve("out").toString());

    assertBadInput(run, "");
    assertThat(run.err().strip()).isEqualTo("mlpgen: --init: " + model
        + ": b1 has shape (1, 2) but the network needs (2,)");
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

    assertBadInput(run, "mlpgen: --out: " + file + " is a file, not a folder");
  }

  @Test
  void namesTheFileInPlaceOfAFolderOfOut() throws Exception {
    Path file = Files.writeString(dir.resolve("afile"), "not a folder");
    Path out = file.resolve("x");

    CliRun run = train("--rows", "100", "--backend", "reference", "--out", out.toString());

    assertThat(run.errLines()).containsExactly(
        "mlpgen: --out: cannot create " + out + ", as " + file + " is a file, not a folder");
    assertBadInput(run, "");
  }

  @Test
  void namesADirectoryGivenAsData() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("data.csv"));

    CliRun run = train("--data", folder.toString(), "--targets", "y");

    assertBadInput(run, "mlpgen: --data: " + folder + " is a directory, not a file");
  }

  @Test
  void namesADirectoryGivenAsSpec() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("tiny.mlp.json"));

    CliRun run = train("--spec", folder.toString());

    assertBadInput(run, "mlpgen: --spec: " + folder + " is a directory, not a file");
  }

  @Test
  void saysThatAnUnreadableDataFileCannotBeRead() throws Exception {
    Path file = Unwritable.unreadableFile(dir);

    CliRun run = train("--data", file.toString(), "--targets", "y");

    assertBadInput(run, "mlpgen: --data: " + file + " cannot be read: permission denied");
  }

  @Test
  void oneRowIsOneRow() {
    CliRun run = train("--rows", "1", "--backend", "reference");

    assertBadInput(run, "");
    assertThat(run.errLines()).containsExactly("mlpgen: random data: the held-out test share, "
        + "20% of 1 row, is 0 rows; use at least 50 rows");
  }

  @Test
  void standardisesAColumnOfHugeValues() throws Exception {
    StringBuilder csv = new StringBuilder("x,huge,y\n");
    for (int r = 0; r < 40; r++) {
      csv.append(r % 7).append(',').append(1 + r % 5).append("e300,").append(r % 3).append('\n');
    }
    Path file = Fixtures.write(dir, "huge.csv", csv.toString());
    Path out = dir.resolve("huge-out");

    CliRun run = train("--data", file.toString(), "--targets", "y", "--hidden", "3",
        "--batch", "4", "--epochs", "2", "--folds", "2", "--backend", "reference",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> huge = Files.readAllLines(out.resolve("standardization.csv")).stream()
        .filter(line -> line.startsWith("huge,")).toList();
    assertThat(huge).hasSize(1);
    String[] cells = huge.get(0).split(",");
    assertThat(Double.parseDouble(cells[2])).isBetween(1e300, 5e300);
    assertThat(Double.parseDouble(cells[3])).isBetween(1e299, 5e300);
  }

  @Test
  void rejectsAColumnWiderThanADoubleNamingColumnAndFile() {
    Path file = Fixtures.write(dir, "wide.csv",
        "x,wide,y\n1,-1.5e308,0\n2,1.5e308,1\n3,0,2\n4,1,3\n5,2,4\n6,3,5\n");

    CliRun run = train("--data", file.toString(), "--targets", "y", "--batch", "1",
        "--backend", "reference", "--out", dir.resolve("never").toString());

    assertBadInput(run, "mlpgen: " + file + ": input column 'wide' spans -1.5E308 to 1.5E308");
    assertThat(dir.resolve("never")).doesNotExist();
  }

  @Test
  void printsAHugeTestRmseInScientificNotation() {
    StringBuilder csv = new StringBuilder("x,y\n");
    for (int r = 0; r < 40; r++) {
      csv.append(r % 7).append(',').append(1 + r % 9).append("e70\n");
    }
    Path file = Fixtures.write(dir, "large.csv", csv.toString());

    CliRun run = train("--data", file.toString(), "--targets", "y", "--hidden", "3",
        "--batch", "4", "--epochs", "2", "--folds", "2", "--backend", "reference",
        "--out", dir.resolve("large-out").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("test RMSE \\d\\.\\d{4}e\\+(69|70) on 8 held-out rows")
        .doesNotContain("00000000");
  }

  @Test
  void rejectsMoreColumnsThanALayerMayHave() {
    int inputs = io.github.mlpgen.generator.spec.SpecLimits.MAX_LAYER_SIZE + 1;
    StringBuilder csv = new StringBuilder();
    for (int c = 0; c < inputs; c++) {
      csv.append('x').append(c).append(',');
    }
    csv.append("y\n");
    for (int r = 0; r < 2; r++) {
      csv.append("0,".repeat(inputs)).append("1\n");
    }
    Path file = Fixtures.write(dir, "wide-table.csv", csv.toString());

    CliRun run = train("--data", file.toString(), "--targets", "y");

    assertBadInput(run, file + " has " + inputs + " input columns, more than the 4096 units");
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
