package io.github.mlpgen.runtime;

import java.util.SplittableRandom;

/** Seeded random parameters and data for tests. */
public final class TestNetworks {

  private TestNetworks() {}

  /** {@code count} values uniform on {@code [-scale, scale)}. */
  public static double[] uniform(SplittableRandom random, int count, double scale) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = random.nextDouble(-scale, scale);
    }
    return values;
  }

  /** Sets every weight and bias of {@code network} uniform on {@code [-scale, scale)}. */
  public static void randomize(Network network, SplittableRandom random, double scale) {
    int[] sizes = network.layerSizes();
    for (int layer = 0; layer < network.layerCount(); layer++) {
      network.setWeights(layer, uniform(random, sizes[layer] * sizes[layer + 1], scale));
      network.setBiases(layer, uniform(random, sizes[layer + 1], scale));
    }
  }

  /** A copy of the weights of {@code layer}. */
  public static double[] weights(Network network, int layer) {
    int[] sizes = network.layerSizes();
    double[] weights = new double[sizes[layer] * sizes[layer + 1]];
    network.getWeights(layer, weights);
    return weights;
  }

  /** A copy of the biases of {@code layer}. */
  public static double[] biases(Network network, int layer) {
    double[] biases = new double[network.layerSizes()[layer + 1]];
    network.getBiases(layer, biases);
    return biases;
  }
}
