package io.github.mlpgen.runtime.train;

import io.github.mlpgen.runtime.data.Standardization;
import io.github.mlpgen.runtime.io.AtomicFiles;
import io.github.mlpgen.runtime.model.ModelFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the files of a run into an output folder, each one atomically. Tables are UTF-8 CSV
 * with a header row and {@code \n} line ends; numbers are written by
 * {@link Double#toString(double)}, which reads back to the same double. Phases are labelled
 * by {@link Phase#label()}: the fold number, or {@code final} for the final model.
 *
 * <ul>
 *   <li>{@value #HISTORY_FILE}: {@code fold,epoch,train_rmse,validation_rmse}, one row per
 *       epoch of every phase; the final model has no validation rows, so its
 *       {@code validation_rmse} cells are empty.
 *   <li>{@value #STEPS_FILE}: {@code fold,step,train_rmse}, one row per step of the first
 *       epoch of every phase.
 *   <li>{@value #MODEL_FILE}: the final network's parameters ({@link ModelFiles}).
 *   <li>{@value #STANDARDIZATION_FILE}, only with standardisation on:
 *       {@code column,role,mean,scale} of the final model's training part; new inputs must be
 *       standardised with it and predictions restored with it.
 *   <li>{@value #DIVERGED_HISTORY_FILE} and {@value #DIVERGED_STEPS_FILE}: the tables of a
 *       run that diverged, up to that point, under names of their own so that they never
 *       replace the tables of a finished run that belong with its model.
 * </ul>
 *
 * <p>The values come from records that refuse NaN and infinities, so none is ever written.
 */
public final class RunWriter {

  /** Per-epoch metrics of every phase. */
  public static final String HISTORY_FILE = "history.csv";

  /** Per-step metrics of the first epoch of every phase. */
  public static final String STEPS_FILE = "steps.csv";

  /** The final model. */
  public static final String MODEL_FILE = "model.npz";

  /** The final model's standardisation statistics. */
  public static final String STANDARDIZATION_FILE = "standardization.csv";

  /** {@value #HISTORY_FILE} of a run that diverged. */
  public static final String DIVERGED_HISTORY_FILE = "diverged-history.csv";

  /** {@value #STEPS_FILE} of a run that diverged. */
  public static final String DIVERGED_STEPS_FILE = "diverged-steps.csv";

  private RunWriter() {}

  /**
   * The names of the files {@link #write} writes, in the order it writes them.
   *
   * @param standardize whether the run standardised its data
   */
  public static List<String> fileNames(boolean standardize) {
    return standardize
        ? List.of(HISTORY_FILE, STEPS_FILE, MODEL_FILE, STANDARDIZATION_FILE)
        : List.of(HISTORY_FILE, STEPS_FILE, MODEL_FILE);
  }

  /** The names of the files {@link #writeDivergedHistory} writes. */
  public static List<String> divergedFileNames() {
    return List.of(DIVERGED_HISTORY_FILE, DIVERGED_STEPS_FILE);
  }

  /** Writes every file of a finished experiment into {@code folder}, creating it if needed. */
  public static void write(Path folder, ExperimentResult result) throws IOException {
    writeHistory(folder, result.phases().stream().map(PhaseResult::history).toList());
    ModelFiles.save(result.finalNetwork(), folder.resolve(MODEL_FILE));
    if (result.config().standardize()) {
      writeStandardization(folder.resolve(STANDARDIZATION_FILE), result);
    }
  }

  /**
   * Writes {@value #HISTORY_FILE} and {@value #STEPS_FILE} for {@code phases}.
   */
  public static void writeHistory(Path folder, List<PhaseHistory> phases) throws IOException {
    writeText(folder.resolve(HISTORY_FILE), historyTable(phases));
    writeText(folder.resolve(STEPS_FILE), stepsTable(phases));
  }

  /**
   * Writes the same tables as {@link #writeHistory}, for the {@link
   * TrainingDivergedException#history()} of a run that stopped, as {@value
   * #DIVERGED_HISTORY_FILE} and {@value #DIVERGED_STEPS_FILE}.
   */
  public static void writeDivergedHistory(Path folder, List<PhaseHistory> phases)
      throws IOException {
    writeText(folder.resolve(DIVERGED_HISTORY_FILE), historyTable(phases));
    writeText(folder.resolve(DIVERGED_STEPS_FILE), stepsTable(phases));
  }

  static String historyTable(List<PhaseHistory> phases) {
    StringBuilder table = new StringBuilder("fold,epoch,train_rmse,validation_rmse\n");
    for (PhaseHistory phase : phases) {
      for (EpochRecord epoch : phase.epochs()) {
        table.append(phase.phase().label()).append(',').append(epoch.epoch()).append(',')
            .append(epoch.trainRmse()).append(',');
        epoch.validationRmse().ifPresent(table::append);
        table.append('\n');
      }
    }
    return table.toString();
  }

  static String stepsTable(List<PhaseHistory> phases) {
    StringBuilder table = new StringBuilder("fold,step,train_rmse\n");
    for (PhaseHistory phase : phases) {
      List<Double> steps = phase.firstEpochStepRmse();
      for (int step = 0; step < steps.size(); step++) {
        table.append(phase.phase().label()).append(',').append(step + 1).append(',')
            .append(steps.get(step)).append('\n');
      }
    }
    return table.toString();
  }

  private static void writeStandardization(Path file, ExperimentResult result)
      throws IOException {
    Standardization statistics = result.finalModel().standardization();
    StringBuilder table = new StringBuilder("column,role,mean,scale\n");
    appendColumns(table, result.inputNames(), "input",
        statistics.inputMeans(), statistics.inputScales());
    appendColumns(table, result.targetNames(), "target",
        statistics.targetMeans(), statistics.targetScales());
    writeText(file, table.toString());
  }

  private static void appendColumns(StringBuilder table, List<String> names, String role,
      double[] means, double[] scales) {
    for (int c = 0; c < names.size(); c++) {
      table.append(csvCell(names.get(c))).append(',').append(role).append(',')
          .append(means[c]).append(',').append(scales[c]).append('\n');
    }
  }

  /** A column name as a CSV cell, quoted (RFC 4180) if it holds a comma, quote or line end. */
  static String csvCell(String text) {
    boolean needsQuotes = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n'
        || c == '\r');
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static void writeText(Path file, String text) throws IOException {
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
