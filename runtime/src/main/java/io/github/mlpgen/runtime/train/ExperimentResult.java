package io.github.mlpgen.runtime.train;

import io.github.mlpgen.runtime.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished experiment: every fold, the final model and its network.
 *
 * <p>All values are immutable except {@link #finalNetwork()}, the trained network itself,
 * which the caller may save (see {@link RunWriter}) or go on using.
 *
 * @param config the settings the experiment ran with
 * @param backend the network implementation's {@link Network#backend()}
 * @param layerSizes {@code [d_in, d1, ..., d_out]}
 * @param inputNames the dataset's input column names
 * @param targetNames the dataset's target column names; per-target RMSEs follow this order
 * @param plan the sizes of every phase
 * @param folds the cross-validation folds, fold 1 first
 * @param finalModel the model trained on the whole training part, evaluated on the test part
 * @param finalNetwork the final model's trained network
 * @param timing all steps and the wall-clock time of the whole experiment
 */
public record ExperimentResult(
    TrainingConfig config,
    String backend,
    List<Integer> layerSizes,
    List<String> inputNames,
    List<String> targetNames,
    ExperimentPlan plan,
    List<PhaseResult> folds,
    PhaseResult finalModel,
    Network finalNetwork,
    Timing timing) {

  /** Copies the lists. */
  public ExperimentResult {
    layerSizes = List.copyOf(layerSizes);
    inputNames = List.copyOf(inputNames);
    targetNames = List.copyOf(targetNames);
    folds = List.copyOf(folds);
  }

  /** The folds, then the final model. */
  public List<PhaseResult> phases() {
    List<PhaseResult> phases = new ArrayList<>(folds);
    phases.add(finalModel);
    return List.copyOf(phases);
  }

  /** The final model's RMSE on the held-out test part, in original units. */
  public Rmse testRmse() {
    return finalModel.evaluationRmse();
  }

  /**
   * The cross-validation estimate: the mean over folds of each fold's final validation RMSE
   * in original units, overall and per target.
   */
  public Rmse meanValidationRmse() {
    double overall = 0;
    double[] perTarget = new double[targetNames.size()];
    for (PhaseResult fold : folds) {
      overall += fold.evaluationRmse().overall();
      for (int t = 0; t < perTarget.length; t++) {
        perTarget[t] += fold.evaluationRmse().perTarget(t);
      }
    }
    List<Double> means = new ArrayList<>();
    for (double sum : perTarget) {
      means.add(sum / folds.size());
    }
    return new Rmse(overall / folds.size(), means);
  }
}
