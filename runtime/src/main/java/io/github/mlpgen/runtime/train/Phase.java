package io.github.mlpgen.runtime.train;

/**
 * One training run of an experiment: a cross-validation fold (numbered from 1) or the final
 * model trained on the whole training part ({@link #FINAL}, fold number 0).
 *
 * @param fold the fold number, {@code 1..folds}, or 0 for the final model
 */
public record Phase(int fold) {

  /** The final model, trained on every training row and tested on the held-out rows. */
  public static final Phase FINAL = new Phase(0);

  /** Checks the fold number. */
  public Phase {
    if (fold < 0) {
      throw new IllegalArgumentException("fold must be >= 1, or 0 for the final model, was "
          + fold);
    }
  }

  /** Cross-validation fold {@code number}, counted from 1. */
  public static Phase fold(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("fold numbers start at 1, was " + number);
    }
    return new Phase(number);
  }

  /** Whether this is the final model rather than a fold. */
  public boolean isFinal() {
    return fold == 0;
  }

  /** The name in written tables: the fold number, or {@code final}. */
  public String label() {
    return isFinal() ? "final" : Integer.toString(fold);
  }

  /** {@code fold 2} or {@code the final model}, for messages. */
  @Override
  public String toString() {
    return isFinal() ? "the final model" : "fold " + fold;
  }
}
