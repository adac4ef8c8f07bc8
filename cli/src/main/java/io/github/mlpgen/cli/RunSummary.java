package io.github.mlpgen.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.train.ExperimentResult;
import io.github.mlpgen.runtime.train.PhaseResult;
import io.github.mlpgen.runtime.train.Rmse;
import io.github.mlpgen.runtime.train.TrainingConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code summary.json} holds about one training run; Jackson writes the components in
 * snake case, in the order declared. Validation and test RMSEs are in the targets' original
 * units; training RMSEs in the units the network trained in (standardised for CSV data).
 *
 * @param backend the implementation that trained: {@code scalar}, {@code vector} or
 *     {@code reference}
 * @param network the shape and code options of the network
 * @param data where the rows came from and how they were split
 * @param epochs epochs per fold
 * @param learningRate the SGD step size
 * @param seed the seed of data, split and initialisation
 * @param initialModel the {@code .npz} file every network started from, or {@code null} for
 *     the seeded random initialisation
 * @param folds the final RMSEs of every fold, fold 1 first
 * @param crossValidationRmse the mean over folds of the final validation RMSE
 * @param crossValidationRmsePerTarget the same per target, in column order
 * @param testRmse RMSE of the final model on the held-out test rows, all targets together
 * @param testRmsePerTarget the same per target, in column order
 * @param steps training steps taken over all folds and the final model
 * @param wallSeconds wall time of the whole experiment
 * @param stepsPerSecond {@code steps / wallSeconds}
 */
@JsonPropertyOrder({
  "backend", "network", "data", "epochs", "learning_rate", "seed", "initial_model", "folds",
  "cross_validation_rmse", "cross_validation_rmse_per_target", "test_rmse",
  "test_rmse_per_target", "steps", "wall_seconds", "steps_per_second"
})
record RunSummary(
    String backend,
    NetworkInfo network,
    DataInfo data,
    int epochs,
    double learningRate,
    long seed,
    String initialModel,
    List<FoldInfo> folds,
    double crossValidationRmse,
    Map<String, Double> crossValidationRmsePerTarget,
    double testRmse,
    Map<String, Double> testRmsePerTarget,
    long steps,
    double wallSeconds,
    double stepsPerSecond) {

  /**
   * Collects the summary of a finished run.
   *
   * @param source {@code random} or the CSV file as the user named it
   */
  static RunSummary of(
      ExperimentResult result, NetworkSpec spec, TrainOptions options, String source) {
    TrainingConfig config = result.config();
    List<String> targets = result.targetNames();
    List<FoldInfo> folds = new ArrayList<>();
    for (PhaseResult fold : result.folds()) {
      folds.add(new FoldInfo(fold.phase().fold(), fold.lastEpoch().trainRmse(),
          fold.evaluationRmse().overall(), byTarget(targets, fold.evaluationRmse())));
    }
    Rmse crossValidation = result.meanValidationRmse();
    return new RunSummary(
        result.backend(),
        networkInfo(spec, options, result.backend()),
        new DataInfo(source, result.plan().rows(), result.plan().trainRows(),
            result.plan().testRows(), config.standardize(), result.inputNames(), targets),
        config.epochs(),
        config.learningRate(),
        config.seed(),
        config.initialModel().map(Object::toString).orElse(null),
        folds,
        crossValidation.overall(),
        byTarget(targets, crossValidation),
        result.testRmse().overall(),
        byTarget(targets, result.testRmse()),
        result.timing().steps(),
        result.timing().seconds(),
        result.timing().stepsPerSecond());
  }

  private static NetworkInfo networkInfo(
      NetworkSpec spec, TrainOptions options, String backendThatRan) {
    return new NetworkInfo(spec.name(), spec.packageName(), spec.batch(), spec.input(),
        spec.hidden(), spec.output(), TrainSetup.dtype(spec, backendThatRan),
        options.specFile == null ? null : options.specFile.toString());
  }

  /** Target name to RMSE, in column order. */
  private static Map<String, Double> byTarget(List<String> targets, Rmse rmse) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int t = 0; t < targets.size(); t++) {
      map.put(targets.get(t), rmse.perTarget(t));
    }
    return map;
  }

  /**
   * The network trained.
   *
   * @param name the generated class's simple name
   * @param packageName its package
   * @param batch rows per step
   * @param input {@code d_in}
   * @param hidden hidden layer sizes
   * @param output {@code d_out}
   * @param dtype {@code double} or {@code float}: what the backend that ran computed in
   * @param specFile the spec file given, or {@code null} when the command line set the shape
   */
  @JsonPropertyOrder({
    "name", "package_name", "batch", "input", "hidden", "output", "dtype", "spec_file"
  })
  record NetworkInfo(
      String name,
      String packageName,
      int batch,
      int input,
      List<Integer> hidden,
      int output,
      String dtype,
      String specFile) {}

  /**
   * The rows trained on.
   *
   * @param source {@code random} or the CSV file's path
   * @param rows rows in the whole data set
   * @param trainRows rows cross-validated, and the final model's training rows
   * @param testRows rows held out for the final test
   * @param standardized whether inputs and targets were standardised for training
   * @param inputs the input column names
   * @param targets the target column names
   */
  @JsonPropertyOrder({
    "source", "rows", "train_rows", "test_rows", "standardized", "inputs", "targets"
  })
  record DataInfo(
      String source,
      int rows,
      int trainRows,
      int testRows,
      boolean standardized,
      List<String> inputs,
      List<String> targets) {}

  /**
   * One fold's final state.
   *
   * @param fold the fold's number, from 1
   * @param trainRmse the RMSE of the last epoch's last batch, in training units
   * @param validationRmse the RMSE on the validation rows after the last epoch
   * @param validationRmsePerTarget the same per target
   */
  @JsonPropertyOrder({"fold", "train_rmse", "validation_rmse", "validation_rmse_per_target"})
  record FoldInfo(
      int fold,
      double trainRmse,
      double validationRmse,
      Map<String, Double> validationRmsePerTarget) {}
}
