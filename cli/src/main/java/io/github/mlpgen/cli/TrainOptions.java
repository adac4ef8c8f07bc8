package io.github.mlpgen.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code mlpgen train}, with the defaults of the seed experiment, and the
 * checks that no single option's type can express.
 */
final class TrainOptions {

  /** The default seed of data, split and initialisation. */
  static final long DEFAULT_SEED = 42;

  /** The share of rows held out as the test set. */
  static final double TEST_FRACTION = 0.2;

  /** The implementations {@code --backend} can choose. */
  enum BackendChoice {
    /** Generated, plain Java loops. */
    SCALAR,
    /** Generated, {@code jdk.incubator.vector} kernels. */
    VECTOR,
    /** The generic {@code ReferenceNetwork}: nothing generated. */
    REFERENCE;

    /** The name on the command line and in messages: {@code scalar}. */
    String optionValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads {@code --backend} values in lower case, as the help lists them. */
  static final class BackendConverter implements ITypeConverter<BackendChoice> {
    @Override
    public BackendChoice convert(String value) {
      for (BackendChoice choice : BackendChoice.values()) {
        if (choice.optionValue().equals(value)) {
          return choice;
        }
      }
      throw new TypeConversionException(
          "expected one of " + String.join(", ", new BackendCandidates()) + ", was '" + value
              + "'");
    }
  }

  /** The values {@code --backend} accepts, for the help text. */
  static final class BackendCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(BackendChoice.values()).map(BackendChoice::optionValue).iterator();
    }
  }

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "A spec file whose sizes, batch and backend define the network; its "
          + "input and output sizes must match the data. Excludes --hidden and --batch.")
  Path specFile;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "A CSV file with a header row. The --targets columns are the targets, "
          + "every other column an input; both are standardised with statistics of the "
          + "training rows. Without it, random data as in the seed experiment.")
  Path dataFile;

  @Option(
      names = "--targets",
      split = ",",
      paramLabel = "NAME",
      description = "The target columns of --data, by header name, comma-separated.")
  List<String> targets;

  @Option(
      names = "--hidden",
      split = ",",
      paramLabel = "SIZE",
      description = "Hidden layer sizes, comma-separated (default: 25,25).")
  List<Integer> hidden;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Rows per training step (default: 32).")
  Integer batch;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      defaultValue = "150",
      description = "Epochs per fold and for the final model (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "5",
      description = "Cross-validation folds, at least 2 (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--lr",
      paramLabel = "RATE",
      defaultValue = "1e-3",
      description = "SGD learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "" + DEFAULT_SEED,
      description = "Seed of the random data, the split and the initialisation "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--init",
      paramLabel = "FILE",
      description = "Start every fold and the final model from the parameters in this .npz "
          + "model file (such as a model.npz written before) instead of a random "
          + "initialisation.")
  Path initFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "mlpgen-out",
      description = "Folder for the outputs (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      converter = BackendConverter.class,
      completionCandidates = BackendCandidates.class,
      description = "Which implementation trains: ${COMPLETION-CANDIDATES} (default: the "
          + "spec's backend, else scalar).")
  BackendChoice backend;

  @Option(
      names = "--rows",
      paramLabel = "N",
      description = "Rows of random data (default: 100000). Only without --data.")
  Integer rows;

  @Option(
      names = "--inputs",
      paramLabel = "N",
      description = "Input columns of random data (default: the spec's, else 50). "
          + "Only without --data.")
  Integer inputs;

  @Option(
      names = "--outputs",
      paramLabel = "N",
      description = "Target columns of random data (default: the spec's, else 10). "
          + "Only without --data.")
  Integer outputs;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress, only the result.")
  boolean quiet;

  /** The hidden sizes to use when no spec gives them. */
  List<Integer> hiddenOrDefault() {
    return hidden == null ? List.of(25, 25) : hidden;
  }

  /** The batch size to use when no spec gives it. */
  int batchOrDefault() {
    return batch == null ? 32 : batch;
  }

  /**
   * Checks every value and combination of options.
   *
   * @throws ParameterException naming the option and what it accepts
   */
  void validate(CommandSpec command) {
    requireAtLeast(command, "--epochs", epochs, 1);
    requireAtLeast(command, "--folds", folds, 2);
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw usage(command, "--lr must be a finite number > 0, was " + learningRate);
    }
    validateShape(command);
    validateData(command);
  }

  private void validateShape(CommandSpec command) {
    if (specFile != null && hidden != null) {
      throw usage(command, "--hidden cannot be combined with --spec: the spec sets the sizes");
    }
    if (specFile != null && batch != null) {
      throw usage(command, "--batch cannot be combined with --spec: the spec sets the batch");
    }
    rejectGiven(command, "--inputs", specFile == null ? null : inputs,
        "with --spec: the spec sets the input size");
    rejectGiven(command, "--outputs", specFile == null ? null : outputs,
        "with --spec: the spec sets the output size");
    if (batch != null) {
      requireAtLeast(command, "--batch", batch, 1);
    }
    if (hidden != null) {
      if (hidden.isEmpty()) {
        throw usage(command, "--hidden needs at least one size");
      }
      for (int size : hidden) {
        requireAtLeast(command, "--hidden", size, 1);
      }
    }
  }

  private void validateData(CommandSpec command) {
    if (dataFile == null) {
      if (targets != null) {
        throw usage(command, "--targets needs --data: random data has no named columns");
      }
      requirePositiveIfGiven(command, "--rows", rows);
      requirePositiveIfGiven(command, "--inputs", inputs);
      requirePositiveIfGiven(command, "--outputs", outputs);
      return;
    }
    if (targets == null || targets.isEmpty()) {
      throw usage(command, "--data needs --targets: name the target columns, "
          + "such as --targets heating_load,cooling_load");
    }
    rejectGiven(command, "--rows", rows, "with --data: the file sets the rows");
    rejectGiven(command, "--inputs", inputs, "with --data: the file sets the columns");
    rejectGiven(command, "--outputs", outputs, "with --data: --targets sets the targets");
  }

  private static void rejectGiven(
      CommandSpec command, String option, Integer value, String reason) {
    if (value != null) {
      throw usage(command, option + " cannot be used " + reason);
    }
  }

  private static void requirePositiveIfGiven(CommandSpec command, String option, Integer value) {
    if (value != null) {
      requireAtLeast(command, option, value, 1);
    }
  }

  private static void requireAtLeast(CommandSpec command, String option, int value, int min) {
    if (value < min) {
      throw usage(command, option + " must be >= " + min + ", was " + value);
    }
  }

  private static ParameterException usage(CommandSpec command, String message) {
    return new ParameterException(command.commandLine(), message);
  }
}
