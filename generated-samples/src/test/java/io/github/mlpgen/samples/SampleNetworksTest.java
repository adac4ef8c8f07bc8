package io.github.mlpgen.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sample classes have their specs' shapes and train as the reference network does. */
class SampleNetworksTest {

  /** Relative difference allowed between the sample and the reference after a few steps. */
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private static final double LEARNING_RATE = 1e-3;
  private static final int STEPS = 3;

  @Test
  void seedNetworkHasTheSeedShape() {
    SeedNetwork network = new SeedNetwork();

    assertThat(network.batchSize()).isEqualTo(32);
    assertThat(network.layerSizes()).containsExactly(50, 25, 25, 10);
  }

  @Test
  void mnistNetworkHasItsSpecsShape() {
    MnistNetwork network = new MnistNetwork();

    assertThat(network.batchSize()).isEqualTo(64);
    assertThat(network.layerSizes()).containsExactly(784, 256, 128, 10);
  }

  @Test
  void seedNetworkTrainsLikeTheReference() {
    assertTrainsLikeTheReference(new SeedNetwork());
  }

  @Test
  void seedVectorNetworkHasTheSeedShapeAndTrainsLikeTheReference() {
    SeedVectorNetwork network = new SeedVectorNetwork();

    assertThat(network.backend()).isEqualTo("vector");
    assertThat(network.layerSizes()).containsExactly(50, 25, 25, 10);
    assertTrainsLikeTheReference(network);
  }

  private static void assertTrainsLikeTheReference(Network sample) {
    Network reference = new ReferenceNetwork(32, 50, 25, 25, 10);
    Initializer.initialize(sample, 42);
    Initializer.initialize(reference, 42);
    SplittableRandom random = new SplittableRandom(7);
    double[] x = uniform(random, 32 * 50);
    double[] y = uniform(random, 32 * 10);

    for (int step = 0; step < STEPS; step++) {
      double expected = reference.trainStep(x, y, LEARNING_RATE);
      double actual = sample.trainStep(x, y, LEARNING_RATE);
      assertThat(actual).isCloseTo(expected, within(RELATIVE_TOLERANCE * Math.abs(expected)));
    }
    double[] expectedOutput = reference.forward(x).clone();
    double[] actualOutput = sample.forward(x);
    for (int i = 0; i < expectedOutput.length; i++) {
      assertThat(actualOutput[i]).isCloseTo(expectedOutput[i],
          within(RELATIVE_TOLERANCE * Math.max(1, Math.abs(expectedOutput[i]))));
    }
  }

  private static double[] uniform(SplittableRandom random, int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = random.nextDouble(-1, 1);
    }
    return values;
  }
}
