package io.github.mlpgen.runtime.train;

import java.util.List;

/**
 * A root-mean-square error over a set of rows: overall ({@code sqrt} of the mean squared error
 * over all rows and outputs) and per target column ({@code sqrt} of the mean over the rows).
 *
 * @param overall the RMSE over every row and output
 * @param perTarget the RMSE of each target column, in the order of the dataset's target names
 */
public record Rmse(double overall, List<Double> perTarget) {

  /** Checks that every value is finite and copies the list. */
  public Rmse {
    EpochRecord.requireFinite("overall RMSE", overall);
    perTarget = List.copyOf(perTarget);
    for (double value : perTarget) {
      EpochRecord.requireFinite("per-target RMSE", value);
    }
  }

  /**
   * Computes the RMSE of {@code predictions} against {@code targets}, both
   * {@code rows x columns} row-major.
   *
   * @throws IllegalArgumentException if there are no rows or an error is not finite
   */
  public static Rmse of(double[] predictions, double[] targets, int rows, int columns) {
    if (rows < 1) {
      throw new IllegalArgumentException("an RMSE needs at least one row, was " + rows);
    }
    return fromSums(squaredErrorSums(predictions, targets, rows, columns), rows);
  }

  /** The sum of squared errors of every column. */
  static double[] squaredErrorSums(double[] predictions, double[] targets, int rows, int columns) {
    double[] sums = new double[columns];
    for (int i = 0; i < rows * columns; i++) {
      double error = predictions[i] - targets[i];
      sums[i % columns] += error * error;
    }
    return sums;
  }

  /** The overall RMSE from the column sums of {@link #squaredErrorSums}. */
  static double overall(double[] sums, int rows) {
    double total = 0;
    for (double sum : sums) {
      total += sum;
    }
    return Math.sqrt(total / ((double) rows * sums.length));
  }

  static Rmse fromSums(double[] sums, int rows) {
    Double[] perTarget = new Double[sums.length];
    for (int c = 0; c < sums.length; c++) {
      perTarget[c] = Math.sqrt(sums[c] / rows);
    }
    return new Rmse(overall(sums, rows), List.of(perTarget));
  }

  /** The RMSE of target column {@code column}. */
  public double perTarget(int column) {
    return perTarget.get(column);
  }
}
