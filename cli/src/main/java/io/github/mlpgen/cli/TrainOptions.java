package io.github.mlpgen.cli;

import io.github.mlpgen.generator.spec.SpecLimits;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
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

  /** A number whose digits are not all zero: parsing it to 0 lost it to underflow. */
  private static final Pattern NONZERO_MANTISSA = Pattern.compile("[+-]?[0.]*[1-9]");

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

  /**
   * Reads a whole number, allowing spaces around it as {@code --lr} does (Java's reading of a
   * double allows them); a text that is no whole number in range gets a message giving the
   * range the option takes, which picocli's own message (is not an int) leaves out.
   */
  abstract static class WholeNumber implements ITypeConverter<Integer> {
    private final int min;
    private final int max;

    WholeNumber(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public Integer convert(String value) {
      try {
        return Integer.valueOf(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a whole number from " + min + " to " + max);
      }
    }
  }

  /** {@code --epochs} and {@code --rows}: at least one. */
  static final class Count extends WholeNumber {
    Count() {
      super(1, Integer.MAX_VALUE);
    }
  }

  /** {@code --folds}: at least two. */
  static final class FoldCount extends WholeNumber {
    FoldCount() {
      super(2, Integer.MAX_VALUE);
    }
  }

  /** {@code --hidden}, {@code --inputs} and {@code --outputs}: the units a layer may have. */
  static final class LayerSize extends WholeNumber {
    LayerSize() {
      super(1, SpecLimits.MAX_LAYER_SIZE);
    }
  }

  /** {@code --batch}: the rows a spec's batch may have. */
  static final class BatchSize extends WholeNumber {
    BatchSize() {
      super(1, SpecLimits.MAX_BATCH);
    }
  }

  /** {@code --seed}: any long, spaces around it allowed like the other numbers. */
  static final class Seed implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.valueOf(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number from "
            + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
      }
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
          + "input and output sizes must match the data. Excludes --hidden, --batch, "
          + "--inputs and --outputs.")
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
      converter = LayerSize.class,
      description = "Hidden layer sizes, comma-separated (default: 25,25).")
  List<Integer> hidden;

  @Option(
      names = "--batch",
      paramLabel = "N",
      converter = BatchSize.class,
      description = "Rows per training step (default: 32).")
  Integer batch;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      converter = Count.class,
      defaultValue = "150",
      description = "Epochs per fold and for the final model (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--folds",
      paramLabel = "K",
      converter = FoldCount.class,
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
      converter = Seed.class,
      defaultValue = "" + DEFAULT_SEED,
      description = "Seed of the random data, the split, the folds and the initialisation "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--init",
      paramLabel = "FILE",
      description = "Start every fold and the final model from the parameters in this .npz "
          + "model file (such as a model.npz written before) instead of the seeded "
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
          + "spec's backend, else vector for runs of " + TrainSetup.VECTOR_MIN_STEPS
          + " steps or more, scalar for shorter ones, which the vector kernels' warm-up "
          + "would slow down; scalar with a warning where the Vector API cannot load).")
  BackendChoice backend;

  @Option(
      names = "--rows",
      paramLabel = "N",
      converter = Count.class,
      description = "Rows of random data (default: 100000). Only without --data.")
  Integer rows;

  @Option(
      names = "--inputs",
      paramLabel = "N",
      converter = LayerSize.class,
      description = "Input columns of random data (default: the spec's, else 50). "
          + "Only without --data.")
  Integer inputs;

  @Option(
      names = "--outputs",
      paramLabel = "N",
      converter = LayerSize.class,
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
    validateLearningRate(command);
    PathOptions.requireNamed(command, "--spec", specFile, "a file");
    PathOptions.requireNamed(command, "--data", dataFile, "a file");
    PathOptions.requireNamed(command, "--init", initFile, "a file");
    PathOptions.requireNamed(command, "--out", outDir, "a folder");
    validateShape(command);
    validateData(command);
  }

  private void validateLearningRate(CommandSpec command) {
    if (learningRate > 0 && !Double.isInfinite(learningRate)) {
      return;
    }
    // Quote the text: 1e-400 parses to 0.0, which is not what the user typed.
    String text = typed(command, "--lr").orElse(Double.toString(learningRate));
    String rounded = "";
    if (learningRate == 0 && NONZERO_MANTISSA.matcher(text).lookingAt()) {
      rounded = ", which is 0 in double precision";
    } else if (Double.isInfinite(learningRate)
        && !text.toLowerCase(Locale.ROOT).contains("inf")) {
      rounded = ", which is beyond the largest double";
    }
    throw usage(command, "--lr must be a finite number > 0, was " + text + rounded);
  }

  /** The text given for the last occurrence of {@code option}, if it was given. */
  private static Optional<String> typed(CommandSpec command, String option) {
    List<String> texts = typedTexts(command, option);
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(texts.size() - 1));
  }

  /** Every text given for {@code option}, before picocli split or converted it. */
  private static List<String> typedTexts(CommandSpec command, String option) {
    ParseResult parsed = command.commandLine().getParseResult();
    if (parsed == null || !parsed.hasMatchedOption(option)) {
      return List.of();
    }
    return parsed.matchedOption(option).originalStringValues();
  }

  /** picocli drops empty items at the end of a split value; they are mistakes all the same. */
  private static void requireNoEmptyItems(CommandSpec command, String option, String items) {
    for (String text : typedTexts(command, option)) {
      for (String item : text.split(",", -1)) {
        if (item.isBlank()) {
          throw usage(command, option + " has an empty entry in '" + text + "': separate "
              + items + " by single commas");
        }
      }
    }
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
      requireWithin(command, "--batch", batch, SpecLimits.MAX_BATCH);
    }
    if (hidden != null) {
      validateHidden(command);
    }
    if (inputs != null) {
      requireWithin(command, "--inputs", inputs, SpecLimits.MAX_LAYER_SIZE);
    }
    if (outputs != null) {
      requireWithin(command, "--outputs", outputs, SpecLimits.MAX_LAYER_SIZE);
    }
  }

  private void validateHidden(CommandSpec command) {
    requireNoEmptyItems(command, "--hidden", "the sizes");
    if (hidden.isEmpty()) {
      throw usage(command, "--hidden needs at least one size");
    }
    if (hidden.size() > SpecLimits.MAX_HIDDEN_LAYERS) {
      throw usage(command, "--hidden has " + hidden.size() + " layers, at most "
          + SpecLimits.MAX_HIDDEN_LAYERS + " are allowed");
    }
    for (int size : hidden) {
      requireWithin(command, "--hidden", size, SpecLimits.MAX_LAYER_SIZE);
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
    // First: picocli splits "--targets ," into no names at all, which is not a missing option.
    requireNoEmptyItems(command, "--targets", "the column names");
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

  /** {@code 1 <= value <= max}, the bound being the one spec files have. */
  private static void requireWithin(CommandSpec command, String option, int value, int max) {
    requireAtLeast(command, option, value, 1);
    if (value > max) {
      throw usage(command, option + " must be <= " + max + " (the limit of a spec), was "
          + value);
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
