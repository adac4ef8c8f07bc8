package io.github.mlpgen.runtime.train;

/**
 * Hears about an experiment's progress, on the thread that trains; every method does nothing
 * unless overridden. Calls arrive in this order: {@link #experimentStarted} once, then for
 * every fold and finally for {@link Phase#FINAL}: {@link #phaseStarted}, one
 * {@link #epochFinished} per epoch, {@link #phaseFinished}.
 */
public interface TrainingListener {

  /** A listener that ignores everything. */
  TrainingListener NONE = new TrainingListener() {};

  /** The data is split and the sizes of every phase are known. */
  default void experimentStarted(ExperimentPlan plan) {}

  /** A fold or the final model starts from a fresh network. */
  default void phaseStarted(Phase phase, int epochs, int stepsPerEpoch) {}

  /** An epoch of {@code phase} finished; its validation RMSE is measured. */
  default void epochFinished(Phase phase, EpochRecord epoch) {}

  /** A fold or the final model finished and was evaluated. */
  default void phaseFinished(PhaseResult result) {}
}
