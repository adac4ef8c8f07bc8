package io.github.mlpgen.runtime.data;

import java.util.List;

/**
 * The mean and scale of every column of a row-major table, computed without overflow: each
 * column is first scaled by a power of two that brings its largest magnitude into
 * {@code [1, 2)}. Multiplying by a power of two is exact, so for ordinary values the results
 * are bit for bit those of the plain formulas; for values near the largest double the sums of
 * squares no longer overflow.
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
        throw new IllegalArgumentException(role + " column '" + names.get(c) + "' spans "
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
      double sum = 0;
      for (int r = 0; r < rows; r++) {
        sum += Math.scalb(values[r * stride + offset], -exponent);
      }
      return Math.scalb(sum / rows, exponent);
    }

    double scale(double mean) {
      // Tested on the values, not the deviation, which rounding may leave a hair above 0.
      if (min == max) {
        return 1;
      }
      double scaledMean = Math.scalb(mean, -exponent);
      double squares = 0;
      for (int r = 0; r < rows; r++) {
        double deviation = Math.scalb(values[r * stride + offset], -exponent) - scaledMean;
        squares += deviation * deviation;
      }
      double scale = Math.scalb(Math.sqrt(squares / rows), exponent);
      // Distinct values closer together than the smallest double carry no usable spread.
      return scale > 0 ? scale : 1;
    }
  }
}
