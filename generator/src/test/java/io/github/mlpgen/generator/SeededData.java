package io.github.mlpgen.generator;

import io.github.mlpgen.generator.ShapeGrid.Shape;
import io.github.mlpgen.runtime.Network;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded parameters and batches for the differential tests, drawn as the seed experiment. */
public final class SeededData {

  /** Inputs and targets of one batch, uniform on [-0.5, 0.5). */
  public record Batch(double[] x, double[] y) {

    /** A batch of {@code shape}'s sizes drawn from {@code seed}. */
    public static Batch of(Shape shape, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      int[] sizes = shape.sizes();
      double[] x = uniform(random, shape.batch() * sizes[0]);
      return new Batch(x, uniform(random, shape.batch() * sizes[sizes.length - 1]));
    }
  }

  private SeededData() {}

  /**
   * Gives every network of {@code shape} the same parameters: weights uniform on
   * [-0.5, 0.5) drawn from {@code seed}, biases 0.1.
   */
  public static void initialise(Shape shape, long seed, Network... networks) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] sizes = shape.sizes();
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      double[] weights = uniform(random, sizes[layer] * sizes[layer + 1]);
      double[] biases = new double[sizes[layer + 1]];
      Arrays.fill(biases, 0.1);
      for (Network network : networks) {
        network.setWeights(layer, weights);
        network.setBiases(layer, biases);
      }
    }
  }

  /** {@code count} values uniform on [-0.5, 0.5). */
  public static double[] uniform(SplittableRandom random, int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = random.nextDouble() - 0.5;
    }
    return values;
  }
}
