package io.github.mlpgen.runtime.train;

import static io.github.mlpgen.runtime.train.SmallExperiment.BATCH;
import static io.github.mlpgen.runtime.train.SmallExperiment.EPOCHS;
import static io.github.mlpgen.runtime.train.SmallExperiment.FOLDS;
import static io.github.mlpgen.runtime.train.SmallExperiment.LEARNING_RATE;
import static io.github.mlpgen.runtime.train.SmallExperiment.ROWS;
import static io.github.mlpgen.runtime.train.SmallExperiment.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.HoldOut;
import io.github.mlpgen.runtime.model.ModelFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentTest {

  /** Summation order differs between the harness and the oracle; nothing else does. */
  private static final double RMSE_TOLERANCE = 1e-12;

  private static final Dataset DATA = SmallExperiment.linearData();

  private static ExperimentResult run(TrainingConfig config) throws Exception {
    return new Experiment(config, SmallExperiment.networks()).run(DATA);
  }

  @Test
  void takesFloorOfRowsOverBatchStepsInEveryEpoch() throws Exception {
    AtomicLong steps = new AtomicLong();
    Experiment experiment = new Experiment(SmallExperiment.config(),
        () -> new CountingNetwork(SmallExperiment.networks().get(), steps));

    ExperimentResult result = experiment.run(DATA);

    long expected = 0;
    for (int fold = 0; fold < FOLDS; fold++) {
      int stepsPerEpoch = SmallExperiment.foldTrainRows(ROWS, fold).length / BATCH;
      PhaseResult phase = result.folds().get(fold);
      assertThat(phase.plan().stepsPerEpoch()).isEqualTo(stepsPerEpoch);
      assertThat(phase.firstEpochStepRmse()).hasSize(stepsPerEpoch);
      assertThat(phase.epochs()).hasSize(EPOCHS);
      expected += (long) EPOCHS * stepsPerEpoch;
    }
    int finalStepsPerEpoch = SmallExperiment.holdOut(ROWS).trainRows().length / BATCH;
    expected += (long) EPOCHS * finalStepsPerEpoch;
    assertThat(result.finalModel().firstEpochStepRmse()).hasSize(finalStepsPerEpoch);
    assertThat(steps.get()).isEqualTo(expected);
    assertThat(result.timing().steps()).isEqualTo(expected);
    assertThat(result.plan().totalSteps()).isEqualTo(expected);
  }

  @Test
  void lossFallsOnALinearTarget() throws Exception {
    ExperimentResult result = run(SmallExperiment.config().withEpochs(20));

    for (PhaseResult fold : result.folds()) {
      double first = fold.epochs().get(0).validationRmse().orElseThrow();
      double last = fold.lastEpoch().validationRmse().orElseThrow();
      assertThat(last).isLessThan(first / 2);
    }
  }

  @Test
  void validationRmseMatchesAnIndependentRecomputation() throws Exception {
    int fold = 1;
    ManualTraining oracle = ManualTraining.seeded(DATA, SEED).train(
        SmallExperiment.foldTrainRows(ROWS, fold), SmallExperiment.foldValidationRows(ROWS, fold),
        EPOCHS, LEARNING_RATE);

    PhaseResult phase = run(SmallExperiment.config()).folds().get(fold);

    assertThat(phase.phase()).isEqualTo(Phase.fold(fold + 1));
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      EpochRecord record = phase.epochs().get(epoch);
      assertThat(record.epoch()).isEqualTo(epoch + 1);
      assertThat(record.trainRmse()).isEqualTo(oracle.trainRmse.get(epoch));
      assertThat(record.validationRmse().orElseThrow())
          .isCloseTo(oracle.validationRmse.get(epoch), within(RMSE_TOLERANCE));
    }
    assertThat(phase.firstEpochStepRmse()).isEqualTo(oracle.firstEpochSteps);
    // Without standardisation the original units are the training units.
    assertThat(phase.evaluationRmse().overall())
        .isEqualTo(phase.lastEpoch().validationRmse().orElseThrow());
  }

  @Test
  void reportsTestRmseInOriginalUnits() throws Exception {
    ExperimentResult result = run(SmallExperiment.config().withStandardize(true));
    ReferenceNetwork network = (ReferenceNetwork) result.finalNetwork();
    var statistics = result.finalModel().standardization();
    int[] testRows = SmallExperiment.holdOut(ROWS).testRows();

    double[] inputMeans = statistics.inputMeans();
    double[] inputScales = statistics.inputScales();
    double[] targetMeans = statistics.targetMeans();
    double[] targetScales = statistics.targetScales();
    double[] squares = new double[2];
    double[] x = new double[BATCH * DATA.inputCount()];
    for (int row : testRows) {
      for (int c = 0; c < DATA.inputCount(); c++) {
        x[c] = (DATA.input(row, c) - inputMeans[c]) / inputScales[c];
      }
      double[] z = network.forward(x);
      for (int t = 0; t < 2; t++) {
        double error = z[t] * targetScales[t] + targetMeans[t] - DATA.target(row, t);
        squares[t] += error * error;
      }
    }

    Rmse test = result.testRmse();
    assertThat(test.perTarget(0))
        .isCloseTo(Math.sqrt(squares[0] / testRows.length), within(RMSE_TOLERANCE));
    assertThat(test.perTarget(1))
        .isCloseTo(Math.sqrt(squares[1] / testRows.length), within(RMSE_TOLERANCE));
    assertThat(test.overall()).isCloseTo(
        Math.sqrt((squares[0] + squares[1]) / (2.0 * testRows.length)), within(RMSE_TOLERANCE));
    assertThat(result.finalModel().lastEpoch().validationRmse()).isEmpty();
  }

  @Test
  void standardisesWithTrainingRowsOnly() throws Exception {
    // Shift the test rows by 1000 and fold 1's validation rows by 100: any statistic that
    // saw them moves far from the one computed here over the training rows alone.
    HoldOut holdOut = SmallExperiment.holdOut(ROWS);
    int[] foldValidation = SmallExperiment.foldValidationRows(ROWS, 0);
    Dataset shifted = shift(shift(DATA, holdOut.testRows(), 1000), foldValidation, 100);

    ExperimentResult result = new Experiment(
        SmallExperiment.config().withStandardize(true).withEpochs(1),
        SmallExperiment.networks()).run(shifted);

    double[] finalMeans = result.finalModel().standardization().targetMeans();
    double[] foldMeans = result.folds().get(0).standardization().inputMeans();
    assertThat(finalMeans[1])
        .isCloseTo(mean(shifted, holdOut.trainRows(), 1, true), within(RMSE_TOLERANCE));
    assertThat(foldMeans[0]).isCloseTo(
        mean(shifted, SmallExperiment.foldTrainRows(ROWS, 0), 0, false), within(RMSE_TOLERANCE));
    assertThat(result.folds().get(0).standardization().inputScales()[0]).isLessThan(1);
  }

  private static Dataset shift(Dataset data, int[] rows, double offset) {
    double[] inputs = data.inputs();
    double[] targets = data.targets();
    for (int row : rows) {
      for (int c = 0; c < data.inputCount(); c++) {
        inputs[row * data.inputCount() + c] += offset;
      }
      for (int c = 0; c < data.targetCount(); c++) {
        targets[row * data.targetCount() + c] += offset;
      }
    }
    return Dataset.of(data.inputNames(), data.targetNames(), inputs, targets);
  }

  private static double mean(Dataset data, int[] rows, int column, boolean target) {
    double sum = 0;
    for (int row : rows) {
      sum += target ? data.target(row, column) : data.input(row, column);
    }
    return sum / rows.length;
  }

  @Test
  void sameSeedGivesIdenticalHistories() throws Exception {
    ExperimentResult first = run(SmallExperiment.config());
    ExperimentResult second = run(SmallExperiment.config());
    ExperimentResult otherSeed = run(SmallExperiment.config().withSeed(SEED + 1));

    assertThat(histories(second)).isEqualTo(histories(first));
    assertThat(second.testRmse()).isEqualTo(first.testRmse());
    assertThat(histories(otherSeed)).isNotEqualTo(histories(first));
  }

  @Test
  void aConstantInputOfHugeValuesTrainsExactlyAsAConstantOfOne() throws Exception {
    // Standardised, any constant column is exactly 0: its magnitude cannot make the loss overflow.
    TrainingConfig config = SmallExperiment.config().withStandardize(true);
    Experiment experiment = new Experiment(config, SmallExperiment.networks());

    ExperimentResult huge = experiment.run(withConstantInput(DATA, 5, 1e300));
    ExperimentResult one = experiment.run(withConstantInput(DATA, 5, 1));

    assertThat(histories(huge)).isEqualTo(histories(one));
    assertThat(huge.testRmse()).isEqualTo(one.testRmse());
  }

  private static Dataset withConstantInput(Dataset data, int column, double value) {
    double[] inputs = data.inputs();
    for (int row = 0; row < data.rows(); row++) {
      inputs[row * data.inputCount() + column] = value;
    }
    return Dataset.of(data.inputNames(), data.targetNames(), inputs, data.targets());
  }

  private static List<PhaseHistory> histories(ExperimentResult result) {
    return result.phases().stream().map(PhaseResult::history).toList();
  }

  @Test
  void tooLargeLearningRateStopsNamingFoldEpochAndStep() {
    double rate = 5;
    ManualTraining oracle = ManualTraining.seeded(DATA, SEED).train(
        SmallExperiment.foldTrainRows(ROWS, 0), SmallExperiment.foldValidationRows(ROWS, 0),
        EPOCHS, rate);
    assertThat(oracle.divergedStep).as("the oracle diverges too").isPositive();

    assertThatThrownBy(() -> run(SmallExperiment.config().withLearningRate(rate)))
        .isInstanceOfSatisfying(TrainingDivergedException.class, e -> {
          assertThat(e).hasMessage("training diverged in fold 1, epoch " + oracle.divergedEpoch
              + ", step " + oracle.divergedStep + ": the batch loss is " + oracle.divergedLoss
              + "; the learning rate 5.0 may be too large, or the data holds values too "
              + "large to square");
          assertThat(e.phase()).isEqualTo(Phase.fold(1));
          assertThat(e.completedPhases()).isEmpty();
          assertThat(e.history()).hasSize(1);
          assertThat(e.history().get(0).firstEpochStepRmse())
              .isEqualTo(oracle.firstEpochSteps);
        });
  }

  @Test
  void aLossThatOverflowsAtTheFirstStepDoesNotBlameTheLearningRate(@TempDir Path folder)
      throws Exception {
    // Every weight and bias 1e200: every output is at least 1e200, its square infinite.
    ReferenceNetwork start = (ReferenceNetwork) SmallExperiment.networks().get();
    int[] sizes = start.layerSizes();
    for (int layer = 0; layer < start.layerCount(); layer++) {
      double[] weights = new double[sizes[layer] * sizes[layer + 1]];
      double[] biases = new double[sizes[layer + 1]];
      java.util.Arrays.fill(weights, 1e200);
      java.util.Arrays.fill(biases, 1e200);
      start.setWeights(layer, weights);
      start.setBiases(layer, biases);
    }
    Path model = folder.resolve("huge.npz");
    ModelFiles.save(start, model);

    assertThatThrownBy(() -> run(SmallExperiment.config().withInitialModel(model)))
        .isInstanceOfSatisfying(TrainingDivergedException.class, e -> {
          assertThat(e.epoch()).isEqualTo(1);
          assertThat(e.step()).isEqualTo(1);
          assertThat(e).hasMessageStartingWith("training diverged in fold 1, epoch 1, step 1: "
              + "the batch loss is Infinity at the first step, before any update, so the "
              + "learning rate is not the cause");
          assertThat(e.getMessage()).doesNotContain("learning rate " + LEARNING_RATE);
        });
  }

  @Test
  void namesOneRowInTheSingular() {
    Experiment experiment = new Experiment(
        SmallExperiment.config().withFolds(2).withTestFraction(0.5), SmallExperiment.networks());
    Dataset twoRows = DATA.select(new int[] {0, 1});

    assertThatThrownBy(() -> experiment.plan(twoRows))
        .hasMessage("the training part has 1 row, too few for 2 folds");
  }

  @Test
  void startsFromTheInitialModelInsteadOfTheSeed(@TempDir Path folder) throws Exception {
    ReferenceNetwork start = (ReferenceNetwork) SmallExperiment.networks().get();
    io.github.mlpgen.runtime.Initializer.initialize(start, 999);
    Path model = folder.resolve("start.npz");
    ModelFiles.save(start, model);
    int[] rows = SmallExperiment.foldTrainRows(ROWS, 0);
    ManualTraining oracle = new ManualTraining(DATA, start).train(rows, new int[] {rows[0]},
        1, LEARNING_RATE);

    ExperimentResult result = run(SmallExperiment.config().withInitialModel(model).withEpochs(1));

    assertThat(result.folds().get(0).firstEpochStepRmse()).isEqualTo(oracle.firstEpochSteps);
  }

  @Test
  void reportsProgressInOrder() throws Exception {
    List<String> events = new ArrayList<>();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void experimentStarted(ExperimentPlan plan) {
        events.add("started " + plan.phases().size());
      }

      @Override
      public void phaseStarted(Phase phase, int epochs, int stepsPerEpoch) {
        events.add(phase.label() + " started " + epochs);
      }

      @Override
      public void epochFinished(Phase phase, EpochRecord epoch) {
        events.add(phase.label() + " epoch " + epoch.epoch());
      }

      @Override
      public void phaseFinished(PhaseResult result) {
        events.add(result.phase().label() + " finished");
      }
    };

    new Experiment(SmallExperiment.config().withEpochs(2), SmallExperiment.networks())
        .run(DATA, listener);

    List<String> expected = new ArrayList<>(List.of("started 4"));
    for (String phase : List.of("1", "2", "3", "final")) {
      expected.addAll(List.of(phase + " started 2", phase + " epoch 1", phase + " epoch 2",
          phase + " finished"));
    }
    assertThat(events).isEqualTo(expected);
  }

  @Test
  void rejectsANetworkOfAnotherShape() {
    Experiment experiment = new Experiment(SmallExperiment.config(),
        () -> new ReferenceNetwork(BATCH, 5, 4, 2));

    assertThatThrownBy(() -> experiment.run(DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the network has 5 inputs and 2 outputs, but the data has 6 input columns"
            + " [x1, x2, x3, x4, x5, x6] and 2 target columns [y1, y2]");
  }

  @Test
  void rejectsANetworkOfAnotherBatchSize() {
    Experiment experiment = new Experiment(SmallExperiment.config(),
        () -> new ReferenceNetwork(4, 6, 4, 2));

    assertThatThrownBy(() -> experiment.run(DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the network takes batches of 4 rows, but the batch size is 8");
  }

  @Test
  void rejectsFoldsSmallerThanOneBatch() {
    Experiment experiment = new Experiment(SmallExperiment.config().withBatchSize(300),
        SmallExperiment.networks());

    assertThatThrownBy(() -> experiment.plan(DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fold 1 has 26")
        .hasMessageEndingWith(" training rows, fewer than one batch of 300");
  }

  /** Counts the training steps of the network it wraps. */
  private static final class CountingNetwork implements Network {
    private final Network inner;
    private final AtomicLong steps;

    CountingNetwork(Network inner, AtomicLong steps) {
      this.inner = inner;
      this.steps = steps;
    }

    @Override
    public double trainStep(double[] x, double[] y, double learningRate) {
      steps.incrementAndGet();
      return inner.trainStep(x, y, learningRate);
    }

    @Override
    public int batchSize() {
      return inner.batchSize();
    }

    @Override
    public int[] layerSizes() {
      return inner.layerSizes();
    }

    @Override
    public String backend() {
      return inner.backend();
    }

    @Override
    public double[] forward(double[] x) {
      return inner.forward(x);
    }

    @Override
    public void predict(double[] x, int rows, double[] out) {
      inner.predict(x, rows, out);
    }

    @Override
    public void getWeights(int layer, double[] dst) {
      inner.getWeights(layer, dst);
    }

    @Override
    public void setWeights(int layer, double[] src) {
      inner.setWeights(layer, src);
    }

    @Override
    public void getBiases(int layer, double[] dst) {
      inner.getBiases(layer, dst);
    }

    @Override
    public void setBiases(int layer, double[] src) {
      inner.setBiases(layer, src);
    }
  }
}
