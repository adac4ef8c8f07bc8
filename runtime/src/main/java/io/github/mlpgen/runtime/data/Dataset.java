package io.github.mlpgen.runtime.data;

import java.util.List;

/**
 * A table of rows, each holding {@link #inputCount()} input values and {@link #targetCount()}
 * target values, with a name for every column. Values are stored row-major: input {@code c}
 * of row {@code r} sits at {@code r * inputCount() + c}.
 *
 * <p>A dataset is immutable: the factory copies what it is given, accessors hand out copies,
 * and {@link #select} builds a new dataset. Bulk copies into caller buffers
 * ({@link #copyInputs}, {@link #copyTargets}) let a training loop fill its batch without
 * allocating.
 */
public final class Dataset {

  private final List<String> inputNames;
  private final List<String> targetNames;
  private final double[] inputs;
  private final double[] targets;
  private final int rows;

  /** Takes ownership of the arrays: callers in this package never touch them again. */
  Dataset(List<String> inputNames, List<String> targetNames, double[] inputs, double[] targets) {
    this.inputNames = List.copyOf(inputNames);
    this.targetNames = List.copyOf(targetNames);
    this.inputs = inputs;
    this.targets = targets;
    this.rows = inputNames.isEmpty() ? 0 : inputs.length / inputNames.size();
  }

  /**
   * Creates a dataset from copies of row-major value arrays.
   *
   * @param inputNames one name per input column, at least one
   * @param targetNames one name per target column, at least one
   * @param inputs {@code rows x inputNames.size()} values, all finite
   * @param targets {@code rows x targetNames.size()} values, all finite
   * @throws IllegalArgumentException if the sizes disagree or a value is not finite
   */
  public static Dataset of(
      List<String> inputNames, List<String> targetNames, double[] inputs, double[] targets) {
    requireColumns("input", inputNames);
    requireColumns("target", targetNames);
    if (inputs.length % inputNames.size() != 0) {
      throw new IllegalArgumentException("inputs hold " + inputs.length
          + " values, not a multiple of the " + inputNames.size() + " input columns");
    }
    int rows = inputs.length / inputNames.size();
    if (targets.length != rows * targetNames.size()) {
      throw new IllegalArgumentException("targets hold " + targets.length + " values, expected "
          + rows + " rows x " + targetNames.size() + " columns = " + rows * targetNames.size());
    }
    requireFinite("input", inputs, inputNames.size());
    requireFinite("target", targets, targetNames.size());
    return new Dataset(inputNames, targetNames, inputs.clone(), targets.clone());
  }

  private static void requireColumns(String role, List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a dataset needs at least one " + role + " column");
    }
  }

  private static void requireFinite(String role, double[] values, int columns) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(role + " row " + i / columns + ", column "
            + i % columns + " is " + values[i] + "; every value must be finite");
      }
    }
  }

  /** The number of rows. */
  public int rows() {
    return rows;
  }

  /** The number of input columns, {@code d_in}. */
  public int inputCount() {
    return inputNames.size();
  }

  /** The number of target columns, {@code d_out}. */
  public int targetCount() {
    return targetNames.size();
  }

  /** The names of the input columns, in column order. */
  public List<String> inputNames() {
    return inputNames;
  }

  /** The names of the target columns, in column order. */
  public List<String> targetNames() {
    return targetNames;
  }

  /** Input {@code column} of {@code row}. */
  public double input(int row, int column) {
    return inputs[index(row, column, inputCount())];
  }

  /** Target {@code column} of {@code row}. */
  public double target(int row, int column) {
    return targets[index(row, column, targetCount())];
  }

  private int index(int row, int column, int columns) {
    if (row < 0 || row >= rows || column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException("row " + row + ", column " + column
          + " outside " + rows + " rows x " + columns + " columns");
    }
    return row * columns + column;
  }

  /** A copy of all inputs, {@code rows x inputCount}, row-major. */
  public double[] inputs() {
    return inputs.clone();
  }

  /** A copy of all targets, {@code rows x targetCount}, row-major. */
  public double[] targets() {
    return targets.clone();
  }

  /**
   * Copies the inputs of rows {@code firstRow .. firstRow + rowCount - 1} into {@code dst}
   * from {@code dstOffset} on, without allocating.
   */
  public void copyInputs(int firstRow, int rowCount, double[] dst, int dstOffset) {
    int columns = inputCount();
    System.arraycopy(inputs, firstRow * columns, dst, dstOffset, rowCount * columns);
  }

  /**
   * Copies the targets of rows {@code firstRow .. firstRow + rowCount - 1} into {@code dst}
   * from {@code dstOffset} on, without allocating.
   */
  public void copyTargets(int firstRow, int rowCount, double[] dst, int dstOffset) {
    int columns = targetCount();
    System.arraycopy(targets, firstRow * columns, dst, dstOffset, rowCount * columns);
  }

  /**
   * A new dataset holding copies of the given rows, in the order given (a row may repeat).
   *
   * @throws IndexOutOfBoundsException if an index is outside {@code 0 .. rows() - 1}
   */
  public Dataset select(int[] rowIndices) {
    double[] selectedInputs = new double[rowIndices.length * inputCount()];
    double[] selectedTargets = new double[rowIndices.length * targetCount()];
    for (int i = 0; i < rowIndices.length; i++) {
      int row = rowIndices[i];
      if (row < 0 || row >= rows) {
        throw new IndexOutOfBoundsException(
            "row index " + row + " at position " + i + " outside 0.." + (rows - 1));
      }
      copyInputs(row, 1, selectedInputs, i * inputCount());
      copyTargets(row, 1, selectedTargets, i * targetCount());
    }
    return new Dataset(inputNames, targetNames, selectedInputs, selectedTargets);
  }

  /** A new dataset with the same names and the given values (ownership passes here). */
  Dataset withValues(double[] newInputs, double[] newTargets) {
    return new Dataset(inputNames, targetNames, newInputs, newTargets);
  }

  @Override
  public String toString() {
    return "Dataset[" + rows + " rows, inputs " + inputNames + ", targets " + targetNames + "]";
  }
}
