package io.github.mlpgen.runtime.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random data of the seed experiment: inputs and targets independent and uniform on
 * {@code [-0.5, 0.5)}, so there is nothing to learn beyond the targets' mean and the loss
 * cannot fall far.
 *
 * <p>The values come from one {@link SplittableRandom} seeded with the given seed: first all
 * inputs, row by row, then all targets, row by row. Inputs are named {@code x1, x2, ...} and
 * targets {@code y1, y2, ...}.
 */
public final class RandomData {

  /** Rows of the seed experiment, {@code N}. */
  public static final int SEED_ROWS = 100_000;

  /** Input columns of the seed experiment, {@code d_in}. */
  public static final int SEED_INPUTS = 50;

  /** Target columns of the seed experiment, {@code d_out}. */
  public static final int SEED_TARGETS = 10;

  private RandomData() {}

  /** The seed experiment's data: {@value #SEED_ROWS} rows, 50 inputs, 10 targets. */
  public static Dataset seedExperiment(long seed) {
    return uniform(SEED_ROWS, SEED_INPUTS, SEED_TARGETS, seed);
  }

  /**
   * Independent uniform values on {@code [-0.5, 0.5)}.
   *
   * @param rows at least 1
   * @param inputs input columns, at least 1
   * @param targets target columns, at least 1
   * @param seed equal seeds give equal data
   */
  public static Dataset uniform(int rows, int inputs, int targets, long seed) {
    requirePositive("rows", rows);
    requirePositive("inputs", inputs);
    requirePositive("targets", targets);
    SplittableRandom random = new SplittableRandom(seed);
    double[] inputValues = draw(random, Math.multiplyExact(rows, inputs));
    double[] targetValues = draw(random, Math.multiplyExact(rows, targets));
    return new Dataset(names("x", inputs), names("y", targets), inputValues, targetValues);
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
  }

  private static double[] draw(SplittableRandom random, int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      // nextDouble() is a multiple of 2^-53 in [0, 1): subtracting 0.5 is exact.
      values[i] = random.nextDouble() - 0.5;
    }
    return values;
  }

  private static List<String> names(String prefix, int count) {
    List<String> names = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      names.add(prefix + i);
    }
    return names;
  }
}
