package io.github.mlpgen.runtime;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The fresh initialisation of the seed experiment: every weight uniform on
 * {@code [-0.5, 0.5)}, every bias {@code 0.1}.
 *
 * <p>The weights are drawn from one {@link SplittableRandom} seeded with the given seed,
 * layer by layer and within a layer row by row ({@code fanIn x fanOut}, row-major), so a seed
 * gives the same parameters on every implementation of {@link Network}.
 */
public final class Initializer {

  /** The value every bias starts at. */
  public static final double BIAS = 0.1;

  /** Half the width of the weight interval: weights lie in {@code [-0.5, 0.5)}. */
  public static final double WEIGHT_RANGE = 0.5;

  private Initializer() {}

  /**
   * Sets every weight and bias of {@code network} through its {@code setWeights} and
   * {@code setBiases}.
   *
   * @param seed the seed of the random weights; equal seeds give equal parameters
   */
  public static void initialize(Network network, long seed) {
    int[] sizes = network.layerSizes();
    SplittableRandom random = new SplittableRandom(seed);
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      network.setWeights(layer, randomWeights(random, sizes[layer] * sizes[layer + 1]));
      network.setBiases(layer, constantBiases(sizes[layer + 1]));
    }
  }

  private static double[] randomWeights(SplittableRandom random, int count) {
    double[] weights = new double[count];
    for (int i = 0; i < count; i++) {
      // nextDouble() is a multiple of 2^-53 in [0, 1): subtracting 0.5 is exact.
      weights[i] = random.nextDouble() - WEIGHT_RANGE;
    }
    return weights;
  }

  private static double[] constantBiases(int count) {
    double[] biases = new double[count];
    Arrays.fill(biases, BIAS);
    return biases;
  }
}
