package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpgen.runtime.ReferenceNetwork;
import io.github.mlpgen.runtime.model.ModelFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small end-to-end runs of {@code mlpgen train}: 400 random rows (80 held out, two folds of
 * 160), 3 inputs, 2 targets, hidden 4,3, batches of 8, 3 epochs.
 */
class TrainCommandTest {

  private static final int EPOCHS = 3;
  private static final int FOLD_STEPS = 160 / 8;
  private static final int FINAL_STEPS = 320 / 8;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** The scalar kernel and the reference sum in the same order: they agree to a few ulps. */
  private static final double BACKEND_TOLERANCE = 1e-12;

  @TempDir static Path dir;

  private static Path scalarOut;
  private static CliRun scalarRun;

  /** One run that most tests read, so the class compiles generated code only once. */
  @BeforeAll
  static void trainWithGeneratedScalarCode() {
    scalarOut = dir.resolve("scalar");
    scalarRun = train(scalarOut, "scalar");
  }

  @Test
  void succeedsAndPrintsTestRmseAndWhereTheOutputsAre() {
    assertThat(scalarRun.exitCode()).as(scalarRun.err()).isZero();
    assertThat(scalarRun.out()).contains("test RMSE ").contains("(y1 ")
        .contains("outputs in " + scalarOut);
  }

  @Test
  void writesEveryOutputFile() {
    List<String> expected = new ArrayList<>(List.of(
        "summary.json", "history.csv", "steps.csv", "model.npz"));
    for (String phase : List.of("fold-1", "fold-2", "final")) {
      expected.add(phase + "-steps.png");
      expected.add(phase + "-epochs.png");
    }

    for (String name : expected) {
      assertThat(scalarOut.resolve(name)).isNotEmptyFile();
    }
  }

  @Test
  void leavesNoTemporaryFilesOrFolders() throws IOException {
    try (var files = Files.list(scalarOut)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".") || name.endsWith(".tmp"));
    }
  }

  @Test
  void summaryHoldsSettingsFoldsAndTestRmse() throws IOException {
    JsonNode summary = summary(scalarOut);

    assertThat(summary.get("backend").asText()).isEqualTo("scalar");
    assertThat(summary.get("epochs").asInt()).isEqualTo(EPOCHS);
    assertThat(summary.get("learning_rate").asDouble()).isEqualTo(1e-3);
    assertThat(summary.get("seed").asLong()).isEqualTo(TrainOptions.DEFAULT_SEED);
    assertThat(summary.at("/network/batch").asInt()).isEqualTo(8);
    assertThat(summary.at("/network/input").asInt()).isEqualTo(3);
    assertThat(summary.at("/network/hidden").toString()).isEqualTo("[4,3]");
    assertThat(summary.at("/network/output").asInt()).isEqualTo(2);
    assertThat(summary.at("/network/dtype").asText()).isEqualTo("double");
    assertThat(summary.at("/data/source").asText()).isEqualTo("random");
    assertThat(summary.at("/data/test_rows").asInt()).isEqualTo(80);
    assertThat(summary.get("folds")).hasSize(2);
    assertThat(summary.at("/folds/1/fold").asInt()).isEqualTo(2);
    assertThat(summary.at("/folds/0/validation_rmse").asDouble()).isPositive();
    assertThat(summary.get("steps").asLong()).isEqualTo(EPOCHS * (2L * FOLD_STEPS + FINAL_STEPS));
  }

  @Test
  void testRmseIsTheRootMeanOfTheSquaredPerTargetRmses() throws IOException {
    JsonNode summary = summary(scalarOut);
    JsonNode perTarget = summary.get("test_rmse_per_target");

    double y1 = perTarget.get("y1").asDouble();
    double y2 = perTarget.get("y2").asDouble();

    assertThat(perTarget.size()).isEqualTo(2);
    assertThat(summary.get("test_rmse").asDouble())
        .isCloseTo(Math.sqrt((y1 * y1 + y2 * y2) / 2), within(1e-12));
  }

  @Test
  void speedIsStepsOverWallTime() throws IOException {
    JsonNode summary = summary(scalarOut);

    double expected = summary.get("steps").asLong() / summary.get("wall_seconds").asDouble();
    assertThat(summary.get("steps_per_second").asDouble())
        .isCloseTo(expected, within(expected * 1e-9));
  }

  @Test
  void historyHasOneRowPerEpochOfEveryPhase() throws IOException {
    List<String> history = Files.readAllLines(scalarOut.resolve("history.csv"));
    List<String> steps = Files.readAllLines(scalarOut.resolve("steps.csv"));

    assertThat(history).hasSize(1 + 3 * EPOCHS);
    assertThat(steps).hasSize(1 + 2 * FOLD_STEPS + FINAL_STEPS);
  }

  @Test
  void plotsArePngPicturesOfTheDocumentedSize() throws IOException {
    Path plot = scalarOut.resolve("fold-2-epochs.png");

    byte[] bytes = Files.readAllBytes(plot);
    BufferedImage image = ImageIO.read(plot.toFile());

    assertThat(java.util.Arrays.copyOf(bytes, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
    assertThat(image.getWidth()).isEqualTo(Plots.WIDTH);
    assertThat(image.getHeight()).isEqualTo(Plots.HEIGHT);
  }

  @Test
  void modelLoadsIntoANetworkOfTheTrainedShape() throws IOException {
    ReferenceNetwork network = new ReferenceNetwork(8, 3, 4, 3, 2);

    ModelFiles.load(scalarOut.resolve("model.npz"), network);

    double[] weights = new double[3 * 4];
    network.getWeights(0, weights);
    assertThat(weights).isNotEqualTo(new double[3 * 4]);
  }

  @Test
  void generatedScalarCodeMatchesTheReferenceNetwork() throws IOException {
    Path referenceOut = dir.resolve("reference");
    CliRun reference = train(referenceOut, "reference");
    assertThat(reference.exitCode()).as(reference.err()).isZero();

    JsonNode scalar = summary(scalarOut);
    JsonNode oracle = summary(referenceOut);

    assertThat(oracle.get("backend").asText()).isEqualTo("reference");
    assertThat(scalar.get("test_rmse").asDouble())
        .isCloseTo(oracle.get("test_rmse").asDouble(), within(BACKEND_TOLERANCE));
    for (int fold = 0; fold < 2; fold++) {
      String path = "/folds/" + fold + "/validation_rmse";
      assertThat(scalar.at(path).asDouble())
          .isCloseTo(oracle.at(path).asDouble(), within(BACKEND_TOLERANCE));
    }
  }

  @Test
  void trainsOnCsvWithStandardisedColumns() throws IOException {
    Path csv = Fixtures.linearCsv(dir, 200, 7);
    Path out = dir.resolve("csv");

    CliRun run = CliRun.of("train", "--quiet", "--data", csv.toString(), "--targets", "y",
        "--hidden", "8", "--batch", "4", "--epochs", "20", "--folds", "2", "--lr", "1e-2",
        "--backend", "reference", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = summary(out);
    assertThat(summary.at("/data/standardized").asBoolean()).isTrue();
    assertThat(summary.at("/data/inputs").toString()).isEqualTo("[\"small\",\"large\"]");
    assertThat(summary.at("/data/targets").toString()).isEqualTo("[\"y\"]");
    assertThat(out.resolve("standardization.csv")).isNotEmptyFile();
    // y spans about 2 with a standard deviation near 0.4; learning it must beat the mean.
    assertThat(summary.get("test_rmse").asDouble()).isLessThan(0.2);
  }

  @Test
  void specFileSetsTheShapeAndRandomDataFollowsIt() throws IOException {
    Path spec = Fixtures.spec(dir, 8, 3, "5", 2);
    Path out = dir.resolve("spec");

    CliRun run = CliRun.of("train", "--quiet", "--spec", spec.toString(), "--rows", "200",
        "--epochs", "1", "--folds", "2", "--backend", "reference", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = summary(out);
    assertThat(summary.at("/network/name").asText()).isEqualTo("Tiny");
    assertThat(summary.at("/network/package_name").asText()).isEqualTo("org.example");
    assertThat(summary.at("/network/hidden").toString()).isEqualTo("[5]");
    assertThat(summary.at("/network/spec_file").asText()).isEqualTo(spec.toString());
    assertThat(summary.at("/data/inputs")).hasSize(3);
    assertThat(summary.at("/data/targets")).hasSize(2);
  }

  @Test
  void progressGoesToStandardErrorOneLinePerSummaryEpoch() {
    CliRun run = CliRun.of("train", "--rows", "100", "--inputs", "2", "--outputs", "1",
        "--hidden", "2", "--batch", "8", "--epochs", "2", "--folds", "2",
        "--backend", "reference", "--out", dir.resolve("progress").toString());

    String rmse = " train \\d+\\.\\d{4}";
    String validation = " val \\d+\\.\\d{4}";
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.errLines()).hasSize(7);
    assertThat(run.errLines().get(0)).startsWith("training 2-2-1 (batch 8, reference)");
    assertThat(run.errLines().get(1)).matches("fold 1/2 epoch 1/2" + rmse + validation);
    assertThat(run.errLines().get(4)).matches("fold 2/2 epoch 2/2" + rmse + validation);
    assertThat(run.errLines().get(6)).matches("final    epoch 2/2" + rmse);
    assertThat(run.out()).contains("test RMSE");
  }

  @Test
  void withoutTheVectorApiVectorFallsBackToScalarWithOneWarning() throws IOException {
    // This test JVM runs without --add-modules jdk.incubator.vector, as a restart that
    // failed would.
    Path out = dir.resolve("default");
    CliRun run = CliRun.of("train", "--quiet", "--rows", "100", "--inputs", "2",
        "--outputs", "1", "--hidden", "2", "--batch", "8", "--epochs", "1", "--folds", "2",
        "--backend", "vector", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.errLines()).containsExactly("mlpgen: warning: the vector backend needs the "
        + "Vector API, but this JVM was started without --add-modules jdk.incubator.vector; "
        + "training with the scalar backend instead");
    assertThat(summary(out).get("backend").asText()).isEqualTo("scalar");
  }

  @Test
  void aShortRunDefaultsToScalarWithoutAWarning() throws IOException {
    Path out = dir.resolve("short");
    CliRun run = CliRun.of("train", "--quiet", "--rows", "100", "--inputs", "2",
        "--outputs", "1", "--hidden", "2", "--batch", "8", "--epochs", "1", "--folds", "2",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(summary(out).get("backend").asText()).isEqualTo("scalar");
  }

  @Test
  void namedBackendsOtherThanVectorNeverWarn() {
    assertThat(scalarRun.err()).isEmpty();
  }

  private static CliRun train(Path out, String backend) {
    return CliRun.of("train", "--quiet", "--rows", "400", "--inputs", "3", "--outputs", "2",
        "--hidden", "4,3", "--batch", "8", "--epochs", Integer.toString(EPOCHS),
        "--folds", "2", "--backend", backend, "--out", out.toString());
  }

  private static JsonNode summary(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
  }
}
