package io.github.mlpgen.runtime.train;

import java.util.List;

/**
 * What one phase recorded while it trained, in training units.
 *
 * @param phase the fold or the final model
 * @param epochs one record per finished epoch
 * @param firstEpochStepRmse the batch RMSE {@code sqrt(loss / (n * d_out))} of every step of
 *     the first epoch, step 1 first
 */
public record PhaseHistory(
    Phase phase, List<EpochRecord> epochs, List<Double> firstEpochStepRmse) {

  /** Copies both lists. */
  public PhaseHistory {
    epochs = List.copyOf(epochs);
    firstEpochStepRmse = List.copyOf(firstEpochStepRmse);
  }
}
