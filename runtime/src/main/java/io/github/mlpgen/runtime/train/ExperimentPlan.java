package io.github.mlpgen.runtime.train;

import java.util.List;

/**
 * The sizes of a whole experiment, known before it trains: enough for a progress bar.
 *
 * @param rows the rows of the dataset
 * @param trainRows the rows of the training part that cross-validation splits
 * @param testRows the held-out rows only the final model is tested on
 * @param batchSize rows per step
 * @param epochs epochs per phase
 * @param phases every fold in order, then the final model
 */
public record ExperimentPlan(
    int rows, int trainRows, int testRows, int batchSize, int epochs, List<PhasePlan> phases) {

  /** Copies the list. */
  public ExperimentPlan {
    phases = List.copyOf(phases);
  }

  /** The number of cross-validation folds. */
  public int folds() {
    return phases.size() - 1;
  }

  /** The steps every phase together takes: the sum of {@code epochs * stepsPerEpoch}. */
  public long totalSteps() {
    long steps = 0;
    for (PhasePlan phase : phases) {
      steps += (long) epochs * phase.stepsPerEpoch();
    }
    return steps;
  }
}
