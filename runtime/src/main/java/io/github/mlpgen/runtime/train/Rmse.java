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
    return ErrorSums.of(predictions, targets, rows, columns).rmse(rows);
  }

  /**
   * The squared errors of every column, summed on errors scaled by a power of two so that
   * errors up to the largest double do not overflow when squared. Scaling by a power of two
   * is exact: for ordinary errors every RMSE is bit for bit that of the plain formula.
   *
   * @param sums the sum of the squared scaled errors of every column
   * @param exponents the power of two each column's errors were divided by
   */
  record ErrorSums(double[] sums, int[] exponents) {

    /** Sums the squared errors of {@code predictions} against {@code targets}. */
    static ErrorSums of(double[] predictions, double[] targets, int rows, int columns) {
      int[] exponents = new int[columns];
      double[] largest = new double[columns];
      for (int i = 0; i < rows * columns; i++) {
        largest[i % columns] = Math.max(largest[i % columns],
            Math.abs(predictions[i] - targets[i]));
      }
      for (int c = 0; c < columns; c++) {
        // NaN stays NaN through scaling and shows up in the RMSE, as it must.
        exponents[c] = largest[c] > 0 && largest[c] < Double.POSITIVE_INFINITY
            ? Math.getExponent(largest[c]) : 0;
      }
      double[] sums = new double[columns];
      for (int i = 0; i < rows * columns; i++) {
        double error = Math.scalb(predictions[i] - targets[i], -exponents[i % columns]);
        sums[i % columns] += error * error;
      }
      return new ErrorSums(sums, exponents);
    }

    /** The RMSE of column {@code c} over {@code rows} rows. */
    double perTarget(int c, int rows) {
      return Math.scalb(Math.sqrt(sums[c] / rows), exponents[c]);
    }

    /** The RMSE over every row and column. */
    double overall(int rows) {
      int common = Integer.MIN_VALUE;
      for (int exponent : exponents) {
        common = Math.max(common, exponent);
      }
      double total = 0;
      for (int c = 0; c < sums.length; c++) {
        total += Math.scalb(sums[c], 2 * (exponents[c] - common));
      }
      return Math.scalb(Math.sqrt(total / ((double) rows * sums.length)), common);
    }

    /** Every RMSE, checked finite. */
    Rmse rmse(int rows) {
      Double[] perTarget = new Double[sums.length];
      for (int c = 0; c < sums.length; c++) {
        perTarget[c] = perTarget(c, rows);
      }
      return new Rmse(overall(rows), List.of(perTarget));
    }
  }

  /** The RMSE of target column {@code column}. */
  public double perTarget(int column) {
    return perTarget.get(column);
  }
}
