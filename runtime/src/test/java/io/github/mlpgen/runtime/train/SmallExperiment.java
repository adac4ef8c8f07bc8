package io.github.mlpgen.runtime.train;

import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.Fold;
import io.github.mlpgen.runtime.data.HoldOut;
import io.github.mlpgen.runtime.data.KFold;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** A small experiment for fast tests: n = 8, 6-5-4-2, 500 rows, 3 folds, 5 epochs. */
final class SmallExperiment {

  static final long SEED = 11;
  static final int BATCH = 8;
  static final int ROWS = 500;
  static final int INPUTS = 6;
  static final int OUTPUTS = 2;
  static final int FOLDS = 3;
  static final int EPOCHS = 5;
  static final double LEARNING_RATE = 0.01;

  private SmallExperiment() {}

  static TrainingConfig config() {
    return TrainingConfig.defaults()
        .withBatchSize(BATCH)
        .withEpochs(EPOCHS)
        .withFolds(FOLDS)
        .withLearningRate(LEARNING_RATE)
        .withSeed(SEED);
  }

  static Supplier<Network> networks() {
    return () -> new ReferenceNetwork(BATCH, INPUTS, 5, 4, OUTPUTS);
  }

  /**
   * Inputs uniform on [-0.5, 0.5); targets a fixed linear function of them, so a network can
   * learn them: {@code y1 = x1 - 0.5 x2 + 0.25 x3}, {@code y2 = 0.5 x4 + x5 - x6 + 0.2}.
   */
  static Dataset linearData() {
    SplittableRandom random = new SplittableRandom(3);
    double[] inputs = new double[ROWS * INPUTS];
    double[] targets = new double[ROWS * OUTPUTS];
    for (int row = 0; row < ROWS; row++) {
      for (int c = 0; c < INPUTS; c++) {
        inputs[row * INPUTS + c] = random.nextDouble() - 0.5;
      }
      int x = row * INPUTS;
      targets[row * OUTPUTS] = inputs[x] - 0.5 * inputs[x + 1] + 0.25 * inputs[x + 2];
      targets[row * OUTPUTS + 1] = 0.5 * inputs[x + 3] + inputs[x + 4] - inputs[x + 5] + 0.2;
    }
    return Dataset.of(List.of("x1", "x2", "x3", "x4", "x5", "x6"), List.of("y1", "y2"),
        inputs, targets);
  }

  /** The held-out split the experiment makes with {@link #SEED}. */
  static HoldOut holdOut(int rows) {
    return HoldOut.split(rows, TrainingConfig.DEFAULT_TEST_FRACTION, SEED);
  }

  /** The dataset rows fold {@code index} (0-based) trains on, in the order an epoch walks. */
  static int[] foldTrainRows(int rows, int index) {
    return toDataRows(holdOut(rows).trainRows(), folds(rows).get(index).trainRows());
  }

  /** The dataset rows fold {@code index} (0-based) validates on. */
  static int[] foldValidationRows(int rows, int index) {
    return toDataRows(holdOut(rows).trainRows(), folds(rows).get(index).validationRows());
  }

  static List<Fold> folds(int rows) {
    return KFold.split(holdOut(rows).trainRows().length, FOLDS, SEED);
  }

  private static int[] toDataRows(int[] trainPart, int[] positions) {
    int[] rows = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      rows[i] = trainPart[positions[i]];
    }
    return rows;
  }
}
