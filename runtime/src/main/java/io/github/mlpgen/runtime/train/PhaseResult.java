package io.github.mlpgen.runtime.train;

import io.github.mlpgen.runtime.data.Standardization;
import java.util.List;

/**
 * One finished phase: a cross-validation fold or the final model.
 *
 * @param plan the phase and its sizes
 * @param history the per-epoch and first-epoch per-step metrics, in training units
 * @param evaluationRmse the RMSE after the last epoch on the evaluation rows (the validation
 *     fold, or the test part for the final model) in the targets' original units; with
 *     standardisation off it equals the training units
 * @param standardization the statistics of this phase's training rows, or the identity
 * @param timing the steps and wall-clock time of the phase
 */
public record PhaseResult(
    PhasePlan plan,
    PhaseHistory history,
    Rmse evaluationRmse,
    Standardization standardization,
    Timing timing) {

  /** The fold or the final model. */
  public Phase phase() {
    return plan.phase();
  }

  /** One record per epoch, epoch 1 first. */
  public List<EpochRecord> epochs() {
    return history.epochs();
  }

  /** The record of the last epoch. */
  public EpochRecord lastEpoch() {
    List<EpochRecord> epochs = history.epochs();
    return epochs.get(epochs.size() - 1);
  }

  /** The batch RMSE of every step of the first epoch. */
  public List<Double> firstEpochStepRmse() {
    return history.firstEpochStepRmse();
  }
}
