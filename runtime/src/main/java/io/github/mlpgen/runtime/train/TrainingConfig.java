package io.github.mlpgen.runtime.train;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of an {@link Experiment}. {@link #defaults()} is the seed experiment: batches
 * of 32 rows, 150 epochs, 5 folds, learning rate {@code 1e-3}, 20% held out for testing.
 *
 * <p>Standardisation is off by default because the seed experiment's random data is already
 * centred and bounded on {@code [-0.5, 0.5)} and the reference notebook trains on it as is;
 * turning it on would change the numbers the experiment is defined by. Turn it on for real
 * data such as CSV files, whose columns differ in scale by orders of magnitude.
 *
 * @param batchSize rows per step, {@code n}; the network must take batches of this size
 * @param epochs passes over each fold's training rows, at least 1
 * @param folds cross-validation folds, at least 2
 * @param learningRate the SGD step, positive and finite
 * @param testFraction the share of rows held out for the final test, strictly between 0 and 1
 * @param seed seeds the hold-out split, the folds and every initialisation
 * @param initialModel an {@code .npz} file to start every network from, instead of a seeded
 *     random initialisation
 * @param standardize whether inputs and targets are standardised with statistics of the
 *     training rows of each fold (and of the whole training part for the final model)
 */
public record TrainingConfig(
    int batchSize,
    int epochs,
    int folds,
    double learningRate,
    double testFraction,
    long seed,
    Optional<Path> initialModel,
    boolean standardize) {

  /** The seed experiment's batch size. */
  public static final int DEFAULT_BATCH_SIZE = 32;

  /** The seed experiment's number of epochs per fold. */
  public static final int DEFAULT_EPOCHS = 150;

  /** The seed experiment's number of folds. */
  public static final int DEFAULT_FOLDS = 5;

  /** The seed experiment's learning rate. */
  public static final double DEFAULT_LEARNING_RATE = 1e-3;

  /** The seed experiment's share of held-out test rows. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  /** The default seed; any fixed value makes runs repeatable. */
  public static final long DEFAULT_SEED = 42;

  /** Checks every setting. */
  public TrainingConfig {
    requireAtLeast("batchSize", batchSize, 1);
    requireAtLeast("epochs", epochs, 1);
    requireAtLeast("folds", folds, 2);
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learningRate must be positive and finite, was " + learningRate);
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException(
          "testFraction must be > 0 and < 1, was " + testFraction);
    }
    Objects.requireNonNull(initialModel, "initialModel");
  }

  private static void requireAtLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be >= " + minimum + ", was " + value);
    }
  }

  /** The seed experiment's settings, standardisation off and no initial model. */
  public static TrainingConfig defaults() {
    return new TrainingConfig(DEFAULT_BATCH_SIZE, DEFAULT_EPOCHS, DEFAULT_FOLDS,
        DEFAULT_LEARNING_RATE, DEFAULT_TEST_FRACTION, DEFAULT_SEED, Optional.empty(), false);
  }

  /** A copy with another batch size. */
  public TrainingConfig withBatchSize(int newBatchSize) {
    return new TrainingConfig(newBatchSize, epochs, folds, learningRate, testFraction, seed,
        initialModel, standardize);
  }

  /** A copy with another number of epochs. */
  public TrainingConfig withEpochs(int newEpochs) {
    return new TrainingConfig(batchSize, newEpochs, folds, learningRate, testFraction, seed,
        initialModel, standardize);
  }

  /** A copy with another number of folds. */
  public TrainingConfig withFolds(int newFolds) {
    return new TrainingConfig(batchSize, epochs, newFolds, learningRate, testFraction, seed,
        initialModel, standardize);
  }

  /** A copy with another learning rate. */
  public TrainingConfig withLearningRate(double newLearningRate) {
    return new TrainingConfig(batchSize, epochs, folds, newLearningRate, testFraction, seed,
        initialModel, standardize);
  }

  /** A copy with another test fraction. */
  public TrainingConfig withTestFraction(double newTestFraction) {
    return new TrainingConfig(batchSize, epochs, folds, learningRate, newTestFraction, seed,
        initialModel, standardize);
  }

  /** A copy with another seed. */
  public TrainingConfig withSeed(long newSeed) {
    return new TrainingConfig(batchSize, epochs, folds, learningRate, testFraction, newSeed,
        initialModel, standardize);
  }

  /** A copy that starts every network from {@code file}, or from the seed if it is null. */
  public TrainingConfig withInitialModel(Path file) {
    return new TrainingConfig(batchSize, epochs, folds, learningRate, testFraction, seed,
        Optional.ofNullable(file), standardize);
  }

  /** A copy with standardisation switched on or off. */
  public TrainingConfig withStandardize(boolean newStandardize) {
    return new TrainingConfig(batchSize, epochs, folds, learningRate, testFraction, seed,
        initialModel, newStandardize);
  }
}
