package io.github.mlpgen.runtime.data;

import java.util.List;

/**
 * The mean and scale of every column of a row-major table, computed without overflow: each
 * column is first scaled by a power of two that brings its largest magnitude into
 * {@code [1, 2)}. Multiplying by a power of two is exact, so scaling loses nothing; for values
 * near the largest double the sums of squares no longer overflow.
 *
 * <p>The mean of a constant column is its value, exactly, so that the column standardises to
 * exactly 0: a sum's rounding would leave a residue of {@code 1e-16} times the value, which at
 * {@code 1e300} overflows when the network squares it. Other means take a second pass that
 * adds the mean deviation from the first estimate, correcting most of the sum's rounding.
 *
 * @param means the mean of every column
 * @param scales the population standard deviation of every column, or 1 for a column that is
 *     constant or whose spread is below the smallest double
 */
record ColumnStatistics(double[] means, double[] scales) {

  /**
   * Computes the statistics of {@code values}, {@code rows x names.size()} row-major.
   *
   * @param role {@code input} or {@code target}, for the message of a column out of range
   * @throws IllegalArgumentException if a column's range {@code max - min} is not finite
   */
  static ColumnStatistics of(double[] values, int rows, List<String> names, String role) {
    int columns = names.size();
    double[] means = new double[columns];
    double[] scales = new double[columns];
    for (int c = 0; c < columns; c++) {
      Column column = new Column(values, rows, columns, c);
      if (!Double.isFinite(column.max - column.min)) {
        throw new IllegalArgumentException(role + " column "
            + MessageText.quoted(names.get(c)) + " spans "
            + column.min + " to " + column.max + ", a range wider than a double holds "
            + "(about 1.8e308), so its values cannot be standardised; rescale the column");
      }
      means[c] = column.mean();
      scales[c] = column.scale(means[c]);
    }
    return new ColumnStatistics(means, scales);
  }

  /** One column: its extremes and the power of two that scales it. */
  private static final class Column {
    private final double[] values;
    private final int rows;
    private final int stride;
    private final int offset;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final int exponent;

    Column(double[] values, int rows, int stride, int offset) {
      this.values = values;
      this.rows = rows;
      this.stride = stride;
      this.offset = offset;
      for (int r = 0; r < rows; r++) {
        double value = values[r * stride + offset];
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
      double largest = Math.max(Math.abs(min), Math.abs(max));
      exponent = largest == 0 ? 0 : Math.getExponent(largest);
    }

    double mean() {
      if (min == max) {
        return min;
      }
      double estimate = 0;
      for (int r = 0; r < rows; r++) {
        estimate += scaled(r);
      }
      estimate /= rows;
      double correction = 0;
      for (int r = 0; r < rows; r++) {
        correction += scaled(r) - estimate;
      }
      double mean = Math.scalb(estimate + correction / rows, exponent);
      // Rounding must not move the mean outside the values, as it could in a near-constant column.
      return Math.min(Math.max(mean, min), max);
    }

    private double scaled(int row) {
      return Math.scalb(values[row * stride + offset], -exponent);
    }

    double scale(double mean) {
      // Tested on the values, not the deviation, which rounding may leave a hair above 0.
      if (min == max) {
        return 1;
      }
      double scaledMean = Math.scalb(mean, -exponent);
      double squares = 0;
      for (int r = 0; r < rows; r++) {
        double deviation = scaled(r) - scaledMean;
        squares += deviation * deviation;
      }
      double scale = Math.scalb(Math.sqrt(squares / rows), exponent);
      // Distinct values closer together than the smallest double carry no usable spread.
      return scale > 0 ? scale : 1;
    }
  }
}
