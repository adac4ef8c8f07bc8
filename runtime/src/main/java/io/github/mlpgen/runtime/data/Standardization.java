package io.github.mlpgen.runtime.data;

import java.util.Arrays;

/**
 * Per-column standardisation {@code z = (v - mean) / scale} of inputs and targets, with the
 * mean and the population standard deviation of each column taken from the rows it was
 * {@linkplain #fit fitted} on. Fit it on training rows only, so that nothing about validation
 * or test rows leaks into training.
 *
 * <p>A column whose values are all equal gets scale 1 instead of its standard deviation 0:
 * it carries no information, and dividing by 1 keeps it at 0 rather than producing NaN.
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

  /** The means and scales of every column of {@code training}, all of its rows. */
  public static Standardization fit(Dataset training) {
    if (training.rows() == 0) {
      throw new IllegalArgumentException("cannot standardise from a dataset without rows");
    }
    double[] inputs = training.inputs();
    double[] targets = training.targets();
    int rows = training.rows();
    double[] inputMeans = means(inputs, rows, training.inputCount());
    double[] targetMeans = means(targets, rows, training.targetCount());
    return new Standardization(
        inputMeans, scales(inputs, rows, inputMeans),
        targetMeans, scales(targets, rows, targetMeans));
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

  private static double[] means(double[] values, int rows, int columns) {
    double[] means = new double[columns];
    for (int i = 0; i < values.length; i++) {
      means[i % columns] += values[i];
    }
    for (int c = 0; c < columns; c++) {
      means[c] /= rows;
    }
    return means;
  }

  private static double[] scales(double[] values, int rows, double[] means) {
    int columns = means.length;
    double[] squares = new double[columns];
    double[] min = new double[columns];
    double[] max = new double[columns];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < values.length; i++) {
      int c = i % columns;
      double deviation = values[i] - means[c];
      squares[c] += deviation * deviation;
      min[c] = Math.min(min[c], values[i]);
      max[c] = Math.max(max[c], values[i]);
    }
    double[] scales = new double[columns];
    for (int c = 0; c < columns; c++) {
      // Tested on the values, not the deviation, which rounding may leave a hair above 0.
      scales[c] = min[c] == max[c] ? 1 : Math.sqrt(squares[c] / rows);
    }
    return scales;
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
