package io.github.mlpgen.runtime.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One fold of a k-fold cross-validation: the positions to train on and the positions to
 * validate on, both positions {@code 0..rows-1} of the part being cross-validated.
 *
 * <p>The arrays are copied in and out, so a fold never changes; read each accessor once
 * and keep the array rather than calling it inside a loop.
 *
 * @param index the number of the fold, {@code 0..folds-1}
 * @param trainRows every position outside this fold's chunk, ascending
 * @param validationRows the positions of this fold's chunk, in shuffled order
 */
public record Fold(int index, int[] trainRows, int[] validationRows) {

  /** Copies both arrays. */
  public Fold {
    if (index < 0) {
      throw new IllegalArgumentException("fold index must be >= 0, was " + index);
    }
    trainRows = Objects.requireNonNull(trainRows, "trainRows").clone();
    validationRows = Objects.requireNonNull(validationRows, "validationRows").clone();
  }

  /** A copy of the training positions, ascending. */
  @Override
  public int[] trainRows() {
    return trainRows.clone();
  }

  /** A copy of the validation positions. */
  @Override
  public int[] validationRows() {
    return validationRows.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fold fold
        && index == fold.index
        && Arrays.equals(trainRows, fold.trainRows)
        && Arrays.equals(validationRows, fold.validationRows);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * index + Arrays.hashCode(trainRows)) + Arrays.hashCode(validationRows);
  }

  /** The index and the two sizes; the rows themselves would be too long to read. */
  @Override
  public String toString() {
    return "Fold[index=" + index + ", trainRows=" + trainRows.length + " rows, validationRows="
        + validationRows.length + " rows]";
  }
}
