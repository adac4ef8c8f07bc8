package io.github.mlpgen.runtime.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A split of a data set into a training part and a held-out test part, made the way
 * scikit-learn's {@code train_test_split} makes it: the rows {@code 0..rows-1} are shuffled
 * with the seed, the first {@code round(rows * testFraction)} rows of the shuffled order are
 * the test part and the rest, in shuffled order, the training part.
 *
 * <p>{@code train_test_split} rounds the test size up rather than to the nearest row; the two
 * agree whenever {@code rows * testFraction} is a whole number, as in the seed experiment
 * (20% of 100000). The arrays are copied in and out; read each accessor once.
 *
 * @param trainRows the rows of the training part, in shuffled order
 * @param testRows the rows of the test part, in shuffled order
 */
public record HoldOut(int[] trainRows, int[] testRows) {

  /** Copies both arrays. */
  public HoldOut {
    trainRows = Objects.requireNonNull(trainRows, "trainRows").clone();
    testRows = Objects.requireNonNull(testRows, "testRows").clone();
  }

  /**
   * Splits {@code rows} rows.
   *
   * @param rows the number of rows in the data set, at least 2
   * @param testFraction the share of rows to hold out, strictly between 0 and 1; it must leave
   *     at least one row in each part
   * @param seed the seed of the shuffle; equal arguments give equal splits
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static HoldOut split(int rows, double testFraction, long seed) {
    int testCount = testCount(rows, testFraction);
    int[] shuffled = KFold.shuffledRows(rows, seed);
    return new HoldOut(
        Arrays.copyOfRange(shuffled, testCount, rows), Arrays.copyOfRange(shuffled, 0, testCount));
  }

  private static int testCount(int rows, double testFraction) {
    if (rows < 2) {
      throw new IllegalArgumentException(
          "rows must be >= 2 to hold out a test part, was " + rows);
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException(
          "testFraction must be > 0 and < 1, was " + testFraction);
    }
    long testCount = Math.round(rows * testFraction);
    if (testCount < 1 || testCount >= rows) {
      throw new IllegalArgumentException("testFraction " + testFraction + " of " + rows
          + " rows gives " + testCount + " test rows; the test and the training part need"
          + " at least one row each");
    }
    return (int) testCount;
  }

  /** A copy of the training rows. */
  @Override
  public int[] trainRows() {
    return trainRows.clone();
  }

  /** A copy of the test rows. */
  @Override
  public int[] testRows() {
    return testRows.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HoldOut split
        && Arrays.equals(trainRows, split.trainRows)
        && Arrays.equals(testRows, split.testRows);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(trainRows) + Arrays.hashCode(testRows);
  }

  /** The two sizes; the rows themselves would be too long to read. */
  @Override
  public String toString() {
    return "HoldOut[trainRows=" + trainRows.length + " rows, testRows=" + testRows.length
        + " rows]";
  }
}
