package io.github.mlpgen.runtime.train;

import java.util.OptionalDouble;

/**
 * The metrics at the end of one epoch, in the units the network was trained in
 * (standardised units when standardisation is on).
 *
 * @param epoch the epoch number, counted from 1
 * @param trainRmse the RMSE of the epoch's last batch, before that batch's update
 * @param validationRmse the RMSE over the whole validation fold after the epoch; empty for the
 *     final model, which has no validation rows
 */
public record EpochRecord(int epoch, double trainRmse, OptionalDouble validationRmse) {

  /** Checks that the epoch is positive and every value finite. */
  public EpochRecord {
    if (epoch < 1) {
      throw new IllegalArgumentException("epoch numbers start at 1, was " + epoch);
    }
    requireFinite("trainRmse", trainRmse);
    if (validationRmse.isPresent()) {
      requireFinite("validationRmse", validationRmse.getAsDouble());
    }
  }

  static void requireFinite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
  }
}
