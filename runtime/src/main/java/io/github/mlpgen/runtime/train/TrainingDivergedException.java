package io.github.mlpgen.runtime.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Training produced a loss or an RMSE that is NaN or infinite, so the experiment stopped.
 * With the sum-of-squares loss this usually means the learning rate is too large for the
 * shape or the data; a loss that is not finite at the very first step, before any update,
 * cannot come from the learning rate and points at the data or the initial model instead.
 * The exception carries everything recorded up to that point, all of it finite.
 */
public final class TrainingDivergedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Phase phase;
  private final int epoch;
  private final int step;
  private final double value;
  private final double learningRate;
  private final transient List<PhaseResult> completedPhases;
  private final transient List<PhaseHistory> history;

  /**
   * @param beforeUpdate whether {@code value} was computed before the phase's first update,
   *     when the learning rate has not acted yet
   */
  TrainingDivergedException(String quantity, boolean beforeUpdate, Phase phase, int epoch,
      int step, double value, double learningRate, List<PhaseResult> completedPhases,
      PhaseHistory divergedPhase) {
    super("training diverged in " + phase + ", epoch " + epoch + ", step " + step + ": "
        + quantity + " is " + value + cause(beforeUpdate, learningRate));
    this.phase = phase;
    this.epoch = epoch;
    this.step = step;
    this.value = value;
    this.learningRate = learningRate;
    this.completedPhases = List.copyOf(completedPhases);
    List<PhaseHistory> all = new ArrayList<>();
    completedPhases.forEach(result -> all.add(result.history()));
    all.add(divergedPhase);
    this.history = List.copyOf(all);
  }

  /** Why the value is likely not finite, honest about what the learning rate can cause. */
  private static String cause(boolean beforeUpdate, double learningRate) {
    if (beforeUpdate) {
      return " at the first step, before any update, so the learning rate is not the cause: "
          + "the data or the initial model holds values too large to square";
    }
    return "; the learning rate " + learningRate + " may be too large, or the data holds "
        + "values too large to square";
  }

  /** The fold or the final model that diverged. */
  public Phase phase() {
    return phase;
  }

  /** The epoch that diverged, counted from 1. */
  public int epoch() {
    return epoch;
  }

  /** The step within the epoch that diverged, counted from 1. */
  public int step() {
    return step;
  }

  /** The value that was not finite: NaN or an infinity. */
  public double value() {
    return value;
  }

  /** The learning rate of the run. */
  public double learningRate() {
    return learningRate;
  }

  /** The phases that finished before the divergence. */
  public List<PhaseResult> completedPhases() {
    return completedPhases;
  }

  /**
   * The history of every phase that started: the finished ones, then the diverged one with
   * its finished epochs and the first-epoch steps before the divergence.
   */
  public List<PhaseHistory> history() {
    return history;
  }
}
