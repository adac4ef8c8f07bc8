package io.github.mlpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitializerTest {

  private static final int[] SEED_SHAPE = {50, 25, 25, 10};
  private static final long SEED = 2024;

  @Test
  void weightsLieInTheHalfOpenUnitIntervalAroundZero() {
    Network network = initialized(SEED);

    double[] all = allWeights(network);

    assertThat(all).hasSize(50 * 25 + 25 * 25 + 25 * 10);
    assertThat(Arrays.stream(all).min().orElseThrow()).isGreaterThanOrEqualTo(-0.5)
        .isLessThan(-0.49);
    assertThat(Arrays.stream(all).max().orElseThrow()).isLessThan(0.5).isGreaterThan(0.49);
  }

  @Test
  void weightsAreSpreadEvenly() {
    double[] all = allWeights(initialized(SEED));

    // 2125 draws: the mean has a standard deviation of 0.29 / sqrt(2125) = 0.006.
    double mean = Arrays.stream(all).average().orElseThrow();
    long negative = Arrays.stream(all).filter(w -> w < 0).count();

    assertThat(mean).isBetween(-0.03, 0.03);
    assertThat(negative).isBetween(all.length * 45L / 100, all.length * 55L / 100);
  }

  @Test
  void everyBiasIsPointOne() {
    Network network = initialized(SEED);

    for (int layer = 0; layer < network.layerCount(); layer++) {
      double[] biases = new double[SEED_SHAPE[layer + 1]];
      network.getBiases(layer, biases);
      assertThat(biases).containsOnly(0.1);
    }
  }

  @Test
  void drawsLayerByLayerRowByRowFromOneSplittableRandom() {
    Network network = initialized(SEED);
    SplittableRandom random = new SplittableRandom(SEED);

    // The documented order, so any implementation can reproduce a seed's weights.
    for (int layer = 0; layer < network.layerCount(); layer++) {
      double[] weights = new double[SEED_SHAPE[layer] * SEED_SHAPE[layer + 1]];
      network.getWeights(layer, weights);
      for (double weight : weights) {
        assertThat(weight).isEqualTo(random.nextDouble() - 0.5);
      }
    }
  }

  @Test
  void sameSeedGivesSameWeights() {
    assertThat(allWeights(initialized(SEED))).isEqualTo(allWeights(initialized(SEED)));
  }

  @Test
  void differentSeedsGiveDifferentWeights() {
    assertThat(allWeights(initialized(SEED))).isNotEqualTo(allWeights(initialized(SEED + 1)));
  }

  @Test
  void replacesEveryEarlierParameter() {
    Network network = new ReferenceNetwork(4, SEED_SHAPE);
    Initializer.initialize(network, SEED + 1);

    Initializer.initialize(network, SEED);

    assertThat(allWeights(network)).isEqualTo(allWeights(initialized(SEED)));
  }

  private static Network initialized(long seed) {
    Network network = new ReferenceNetwork(4, SEED_SHAPE);
    Initializer.initialize(network, seed);
    return network;
  }

  private static double[] allWeights(Network network) {
    int[] sizes = network.layerSizes();
    double[][] layers = new double[network.layerCount()][];
    for (int layer = 0; layer < layers.length; layer++) {
      layers[layer] = new double[sizes[layer] * sizes[layer + 1]];
      network.getWeights(layer, layers[layer]);
    }
    return Arrays.stream(layers).flatMapToDouble(Arrays::stream).toArray();
  }
}
