package io.github.mlpgen.runtime.data;

import java.util.Arrays;

/**
 * Per-column standardisation {@code z = (v - mean) / scale} of inputs and targets, with the
 * mean and the population standard deviation of each column taken from the rows it was
 * {@linkplain #fit fitted} on. Fit it on training rows only, so that nothing about validation
 * or test rows leaks into training.
 *
 * <p>A column whose values are all equal gets its value as the mean, exactly, and scale 1
 * instead of its standard deviation 0: it carries no information, and it standardises to
 * exactly 0, where a mean off by a rounding error would leave a residue that is huge for huge
 * values, and dividing by 0 would produce NaN. The
 * statistics are computed on values scaled by a power of two, so that columns of values up
 * to the largest double neither overflow the sums nor lose a bit against the plain formulas.
 *
 * <p>Instances are immutable; the arrays they return are copies.
 */
public final class Standardization {

  private final double[] inputMeans;
  private final double[] inputScales;
  private final double[] targetMeans;
  private final double[] targetScales;

  private Standardization(
      double[] inputMeans, double[] inputScales, double[] targetMeans, double[] targetScales) {
    this.inputMeans = inputMeans;
    this.inputScales = inputScales;
    this.targetMeans = targetMeans;
    this.targetScales = targetScales;
  }

  /**
   * The means and scales of every column of {@code training}, all of its rows.
   *
   * @throws IllegalArgumentException if {@code training} has no rows, or a column's values
   *     span a range wider than a double holds (then {@code v - mean} could overflow); the
   *     message names the column. A data set that fits also fits on any subset of its rows.
   */
  public static Standardization fit(Dataset training) {
    if (training.rows() == 0) {
      throw new IllegalArgumentException("cannot standardise from a dataset without rows");
    }
    int rows = training.rows();
    ColumnStatistics inputs = ColumnStatistics.of(
        training.inputs(), rows, training.inputNames(), "input");
    ColumnStatistics targets = ColumnStatistics.of(
        training.targets(), rows, training.targetNames(), "target");
    return new Standardization(inputs.means(), inputs.scales(), targets.means(), targets.scales());
  }

  /** The standardisation that changes nothing: means 0, scales 1. */
  public static Standardization identity(int inputCount, int targetCount) {
    double[] inputScales = new double[inputCount];
    double[] targetScales = new double[targetCount];
    Arrays.fill(inputScales, 1);
    Arrays.fill(targetScales, 1);
    return new Standardization(
        new double[inputCount], inputScales, new double[targetCount], targetScales);
  }

  /** {@code data} with every input and target standardised; names unchanged. */
  public Dataset apply(Dataset data) {
    requireShape(data);
    if (isIdentity()) {
      return data;
    }
    double[] inputs = data.inputs();
    double[] targets = data.targets();
    standardise(inputs, inputMeans, inputScales);
    standardise(targets, targetMeans, targetScales);
    return data.withValues(inputs, targets);
  }

  private void requireShape(Dataset data) {
    if (data.inputCount() != inputMeans.length || data.targetCount() != targetMeans.length) {
      throw new IllegalArgumentException("dataset has " + data.inputCount() + " inputs and "
          + data.targetCount() + " targets; this standardisation was fitted on "
          + inputMeans.length + " and " + targetMeans.length);
    }
  }

  private static void standardise(double[] values, double[] means, double[] scales) {
    int columns = means.length;
    for (int i = 0; i < values.length; i++) {
      values[i] = (values[i] - means[i % columns]) / scales[i % columns];
    }
  }

  /**
   * Turns standardised target values back into original units, in place:
   * {@code v = z * scale + mean}.
   *
   * @param values {@code rows x targetCount} values, row-major
   */
  public void restoreTargets(double[] values, int rows) {
    int columns = targetMeans.length;
    for (int i = 0; i < rows * columns; i++) {
      values[i] = values[i] * targetScales[i % columns] + targetMeans[i % columns];
    }
  }

  /** Whether every mean is 0 and every scale 1. */
  public boolean isIdentity() {
    return allEqual(inputMeans, 0) && allEqual(targetMeans, 0)
        && allEqual(inputScales, 1) && allEqual(targetScales, 1);
  }

  private static boolean allEqual(double[] values, double expected) {
    for (double value : values) {
      if (value != expected) {
        return false;
      }
    }
    return true;
  }

  /** The mean of every input column. */
  public double[] inputMeans() {
    return inputMeans.clone();
  }

  /** The scale (standard deviation, or 1 for a constant column) of every input column. */
  public double[] inputScales() {
    return inputScales.clone();
  }

  /** The mean of every target column. */
  public double[] targetMeans() {
    return targetMeans.clone();
  }

  /** The scale (standard deviation, or 1 for a constant column) of every target column. */
  public double[] targetScales() {
    return targetScales.clone();
  }
}
