package io.github.mlpgen.runtime.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shuffled k-fold cross-validation, cut the way scikit-learn's {@code KFold(shuffle=True)}
 * cuts: the positions {@code 0..rows-1} are shuffled with the seed and cut into {@code folds}
 * contiguous chunks whose sizes differ by at most one, the first {@code rows % folds} chunks
 * one row larger. Fold {@code i} validates on chunk {@code i} and trains on every other
 * position in ascending order, which is the order an epoch walks them.
 *
 * <p>The positions refer to the part being cross-validated, usually the training part of a
 * {@link HoldOut}: position {@code p} is row {@code holdOut.trainRows()[p]} of the data set.
 */
public final class KFold {

  private KFold() {}

  /**
   * Cuts {@code rows} positions into {@code folds} folds.
   *
   * @param rows the number of rows to cross-validate
   * @param folds the number of folds, {@code 2 <= folds <= rows}
   * @param seed the seed of the shuffle; equal arguments give equal folds
   * @return the folds, fold {@code i} at index {@code i}
   * @throws IllegalArgumentException if {@code folds} is out of range
   */
  public static List<Fold> split(int rows, int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2, was " + folds);
    }
    if (folds > rows) {
      throw new IllegalArgumentException("folds must be <= rows, but " + folds
          + " folds cannot be cut from " + rows + " rows");
    }
    int[] shuffled = shuffledRows(rows, seed);
    List<Fold> result = new ArrayList<>(folds);
    int start = 0;
    for (int index = 0; index < folds; index++) {
      int size = rows / folds + (index < rows % folds ? 1 : 0);
      result.add(fold(index, shuffled, start, start + size));
      start += size;
    }
    return List.copyOf(result);
  }

  private static Fold fold(int index, int[] shuffled, int start, int end) {
    boolean[] validating = new boolean[shuffled.length];
    int[] validationRows = new int[end - start];
    for (int i = start; i < end; i++) {
      validationRows[i - start] = shuffled[i];
      validating[shuffled[i]] = true;
    }
    int[] trainRows = new int[shuffled.length - validationRows.length];
    int next = 0;
    for (int position = 0; position < shuffled.length; position++) {
      if (!validating[position]) {
        trainRows[next++] = position;
      }
    }
    return new Fold(index, trainRows, validationRows);
  }

  /**
   * A Fisher-Yates shuffle of {@code 0..rows-1} driven by a {@link SplittableRandom} seeded
   * with {@code seed}; {@link HoldOut} shuffles the same way.
   */
  static int[] shuffledRows(int rows, long seed) {
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = rows - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
