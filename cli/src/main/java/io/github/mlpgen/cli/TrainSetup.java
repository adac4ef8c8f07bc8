package io.github.mlpgen.cli;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.RandomData;
import io.github.mlpgen.runtime.train.TrainingConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Turns the options of {@code mlpgen train} into a spec, a backend and a configuration. */
final class TrainSetup {

  /** The package of the classes generated for shapes given on the command line. */
  static final String GENERATED_PACKAGE = "io.github.mlpgen.cli.generated";

  /** The most per-target RMSEs the final report lists on its test RMSE line. */
  static final int MAX_TARGETS_INLINE = 4;

  private TrainSetup() {}

  /**
   * The network to train: the spec file's if given (its sizes must fit the data), else one
   * built from {@code --hidden} and {@code --batch} around the data's column counts.
   */
  static NetworkSpec networkSpec(TrainOptions options, NetworkSpec specFromFile, Dataset data)
      throws InputException {
    if (specFromFile != null) {
      requireFits(options, specFromFile, data);
      return specFromFile;
    }
    int batch = options.batchOrDefault();
    List<Integer> hidden = options.hiddenOrDefault();
    String name = className(batch, data.inputCount(), hidden, data.targetCount());
    return NetworkSpec.of(
        name, GENERATED_PACKAGE, batch, data.inputCount(), hidden, data.targetCount());
  }

  /** {@code Mlp50x25x25x10b32}: one class name per shape and batch. */
  static String className(int batch, int input, List<Integer> hidden, int output) {
    StringBuilder name = new StringBuilder("Mlp").append(input);
    hidden.forEach(size -> name.append('x').append(size));
    return name.append('x').append(output).append('b').append(batch).toString();
  }

  private static void requireFits(TrainOptions options, NetworkSpec spec, Dataset data)
      throws InputException {
    if (spec.input() != data.inputCount()) {
      throw new InputException(options.specFile + ": input is " + spec.input()
          + ", but the data has " + data.inputCount() + " input columns "
          + data.inputNames());
    }
    if (spec.output() != data.targetCount()) {
      throw new InputException(options.specFile + ": output is " + spec.output()
          + ", but the data has " + data.targetCount() + " target columns "
          + data.targetNames());
    }
  }

  /** {@code --backend} if given, else the spec file's backend, else scalar. */
  static BackendChoice backend(TrainOptions options, NetworkSpec specFromFile) {
    if (options.backend != null) {
      return options.backend;
    }
    if (specFromFile != null) {
      return BackendChoice.valueOf(specFromFile.backend().name());
    }
    return BackendChoice.SCALAR;
  }

  /** Input columns of random data: {@code --inputs}, else the spec's, else the seed's. */
  static int randomInputs(TrainOptions options, NetworkSpec specFromFile) {
    if (options.inputs != null) {
      return options.inputs;
    }
    return specFromFile != null ? specFromFile.input() : RandomData.SEED_INPUTS;
  }

  /** Target columns of random data: {@code --outputs}, else the spec's, else the seed's. */
  static int randomOutputs(TrainOptions options, NetworkSpec specFromFile) {
    if (options.outputs != null) {
      return options.outputs;
    }
    return specFromFile != null ? specFromFile.output() : RandomData.SEED_TARGETS;
  }

  /** The experiment's settings; CSV data is standardised, random data is not. */
  static TrainingConfig config(TrainOptions options, NetworkSpec spec) {
    return TrainingConfig.defaults()
        .withBatchSize(spec.batch())
        .withEpochs(options.epochs)
        .withFolds(options.folds)
        .withLearningRate(options.learningRate)
        .withTestFraction(TrainOptions.TEST_FRACTION)
        .withSeed(options.seed)
        .withInitialModel(options.initFile)
        .withStandardize(options.dataFile != null);
  }

  /** {@code 50-25-25-10}. */
  static String shape(NetworkSpec spec) {
    return IntStream.of(spec.layerSizes()).mapToObj(Integer::toString)
        .collect(Collectors.joining("-"));
  }

  /**
   * {@code  (y1 0.2884, y2 0.2901)}; nothing for a single target, and a pointer to the
   * summary when the targets are too many for one line.
   */
  static String perTarget(Map<String, Double> rmse) {
    if (rmse.size() < 2) {
      return "";
    }
    if (rmse.size() > MAX_TARGETS_INLINE) {
      return " (per target in " + TrainCommand.SUMMARY_FILE + ")";
    }
    return rmse.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.4f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
