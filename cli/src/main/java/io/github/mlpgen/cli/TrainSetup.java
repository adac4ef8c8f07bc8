package io.github.mlpgen.cli;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.SpecLimits;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.MessageText;
import io.github.mlpgen.runtime.data.RandomData;
import io.github.mlpgen.runtime.data.Standardization;
import io.github.mlpgen.runtime.train.TrainingConfig;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns the options of {@code mlpgen train} into a spec, a backend and a configuration. */
final class TrainSetup {

  /** Java's longest arrays: HotSpot refuses the last few lengths up to 2^31 - 1. */
  static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  /** The package of the classes generated for shapes given on the command line. */
  static final String GENERATED_PACKAGE = "io.github.mlpgen.cli.generated";

  /** The most per-target RMSEs the final report lists on its test RMSE line. */
  static final int MAX_TARGETS_INLINE = 4;

  private TrainSetup() {}

  /**
   * The network to train: the spec file's if given (its sizes must fit the data), else one
   * built from {@code --hidden} and {@code --batch} around the data's column counts.
   */
  static NetworkSpec networkSpec(CommandSpec command, TrainOptions options,
      NetworkSpec specFromFile, Dataset data) throws InputException {
    if (specFromFile != null) {
      requireFits(options, specFromFile, data);
      return specFromFile;
    }
    requireColumnsWithinLimits(options, data);
    int batch = options.batchOrDefault();
    List<Integer> hidden = options.hiddenOrDefault();
    String name = className(batch, data.inputCount(), hidden, data.targetCount());
    NetworkSpec spec = NetworkSpec.of(
        name, GENERATED_PACKAGE, batch, data.inputCount(), hidden, data.targetCount());
    requireSizeWithinLimits(command, spec);
    return spec;
  }

  /** A CSV file may have more columns than a layer may have units. */
  private static void requireColumnsWithinLimits(TrainOptions options, Dataset data)
      throws InputException {
    int max = SpecLimits.MAX_LAYER_SIZE;
    if (data.inputCount() > max) {
      throw new InputException(options.dataFile + " has " + data.inputCount() + " input "
          + "columns, more than the " + max + " units a layer may have");
    }
    if (data.targetCount() > max) {
      throw new InputException("--targets names " + data.targetCount() + " columns, more "
          + "than the " + max + " units a layer may have");
    }
  }

  /**
   * The limits a spec file has on the whole network, for a network the options built; a
   * usage error, since smaller options are the way out.
   */
  private static void requireSizeWithinLimits(CommandSpec command, NetworkSpec spec) {
    long parameters = parameters(spec);
    long units = IntStream.of(spec.layerSizes()).asLongStream().sum();
    if (parameters > SpecLimits.MAX_PARAMETERS) {
      throw new ParameterException(command.commandLine(), "the network " + shape(spec)
          + " has " + parameters + " weights and biases, more than the "
          + SpecLimits.MAX_PARAMETERS + " a network may have: use smaller --hidden sizes");
    }
    long activations = spec.batch() * units;
    if (activations > SpecLimits.MAX_ACTIVATIONS) {
      throw new ParameterException(command.commandLine(), "--batch " + spec.batch()
          + " times the " + units + " units of " + shape(spec) + " is " + activations
          + " activations, more than the " + SpecLimits.MAX_ACTIVATIONS + " a network may "
          + "have: use a smaller --batch or smaller --hidden sizes");
    }
  }

  /**
   * The rows {@code rows} rows hold out for the final test, rounded as {@link
   * io.github.mlpgen.runtime.data.HoldOut} rounds them.
   */
  static long testRows(int rows, TrainingConfig config) {
    return Math.round(rows * config.testFraction());
  }

  /**
   * The fewest rows a run of {@code config} can train on: at least one held-out test row, at
   * least one validation row per fold, and a whole batch of training rows in every fold. It
   * follows the rules of {@link io.github.mlpgen.runtime.train.Experiment#plan}, which the
   * tests hold it to.
   */
  static long fewestRows(TrainingConfig config) {
    int folds = config.folds();
    int batch = config.batchSize();
    // Fewer rows than folds or than one batch cannot work: start the search there.
    for (long rows = Math.max(2, Math.max(folds, batch + 1L)); ; rows++) {
      long test = Math.round(rows * config.testFraction());
      long train = rows - test;
      long largestFold = (train + folds - 1) / folds;
      if (test >= 1 && train >= folds && train - largestFold >= batch) {
        return rows;
      }
    }
  }

  /** {@code 20%} for 0.2. */
  static String percent(double fraction) {
    return new BigDecimal(Double.toString(fraction)).movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%";
  }

  /** Why a run of {@code spec} failed when Java's memory could not hold it, and the way out. */
  static String outOfMemory(NetworkSpec spec, Throwable error) {
    return ErrorHandler.outOfMemory("creating or training the network " + shape(spec) + " ("
        + parameters(spec) + " weights and biases)", error);
  }

  /** The weights and biases of all layers of {@code spec}. */
  static long parameters(NetworkSpec spec) {
    int[] sizes = spec.layerSizes();
    long parameters = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      parameters += ((long) sizes[l] + 1) * sizes[l + 1];
    }
    return parameters;
  }

  /**
   * Checks that every column of {@code data} can be standardised, so that a column of
   * enormous values is reported now, by name, rather than as a diverged run.
   */
  static void requireStandardizable(Dataset data, String source) throws InputException {
    try {
      Standardization.fit(data);
    } catch (IllegalArgumentException e) {
      throw new InputException(source + ": " + e.getMessage(), e);
    }
  }

  /** The element type the run computes in: the reference network always uses double. */
  static String dtype(NetworkSpec spec, String backendThatRan) {
    return BackendChoice.REFERENCE.optionValue().equals(backendThatRan)
        ? "double"
        : spec.dtype().name().toLowerCase(Locale.ROOT);
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
          + ", but the data has " + data.inputCount() + " input columns ["
          + MessageText.names(data.inputNames()) + "]");
    }
    if (spec.output() != data.targetCount()) {
      throw new InputException(options.specFile + ": output is " + spec.output()
          + ", but the data has " + data.targetCount() + " target columns ["
          + MessageText.names(data.targetNames()) + "]");
    }
  }

  /**
   * Runs shorter than this many steps train with the scalar backend by default: the vector
   * kernels run interpreted or in C1, boxing every vector, for the first few thousand steps
   * (measured here: about 4 s until the seed shape's step drops from 1.3 ms to 10 us), which
   * a short run never earns back.
   */
  static final long VECTOR_MIN_STEPS = 200_000;

  /**
   * {@code --backend} if given, else the backend the spec file names, else the fastest for a
   * run of {@code totalSteps}: vector from {@link #VECTOR_MIN_STEPS} steps on, else scalar.
   */
  static BackendChoice requestedBackend(
      TrainOptions options, Optional<BackendChoice> specBackend, long totalSteps) {
    if (options.backend != null) {
      return options.backend;
    }
    if (specBackend.isPresent()) {
      return specBackend.get();
    }
    return totalSteps >= VECTOR_MIN_STEPS ? BackendChoice.VECTOR : BackendChoice.SCALAR;
  }

  /**
   * The backend that trains: {@code requested}, or scalar in its place when it is vector and
   * {@code vectorUnavailable} gives a reason, with one warning line on {@code err} naming it.
   */
  static BackendChoice runnableBackend(
      BackendChoice requested, Optional<String> vectorUnavailable, PrintWriter err) {
    if (requested != BackendChoice.VECTOR || vectorUnavailable.isEmpty()) {
      return requested;
    }
    err.println("mlpgen: warning: the vector backend needs the Vector API, but "
        + vectorUnavailable.get() + "; training with the scalar backend instead");
    err.flush();
    return BackendChoice.SCALAR;
  }

  /** Input columns of random data: {@code --inputs}, else the spec's, else the seed's. */
  static int randomInputs(TrainOptions options, NetworkSpec specFromFile) {
    if (options.inputs != null) {
      return options.inputs;
    }
    return specFromFile != null ? specFromFile.input() : RandomData.SEED_INPUTS;
  }

  /**
   * The most rows of random data with {@code columns} inputs or targets: one Java array holds
   * each, and the longest array every JVM allocates has {@value #MAX_ARRAY_LENGTH} values.
   */
  static int maxRandomRows(int columns) {
    return MAX_ARRAY_LENGTH / columns;
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
      return " (per target in " + RunFiles.SUMMARY + ")";
    }
    return rmse.entrySet().stream()
        .map(e -> MessageText.escaped(e.getKey()) + " " + Numbers.rmse(e.getValue()))
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
