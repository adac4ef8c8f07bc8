package org.example.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratedNetworkTest {

  private static final double LEARNING_RATE = 0.01;
  private static final int STEPS = 50;
  private static final double SAME_FORWARD_TOLERANCE = 1e-12;

  @Test
  void trainingTheGeneratedRegressorLowersItsLoss() {
    Network network = new TinyRegressor();
    Initializer.initialize(network, 7);
    SplittableRandom random = new SplittableRandom(11);
    double[] x = uniform(random, 8 * 4);
    double[] y = new double[8];
    for (int row = 0; row < 8; row++) {
      y[row] = x[4 * row] - 0.5 * x[4 * row + 1] + 0.25 * x[4 * row + 2];
    }

    double first = network.trainStep(x, y, LEARNING_RATE);
    double last = first;
    for (int step = 1; step < STEPS; step++) {
      last = network.trainStep(x, y, LEARNING_RATE);
    }

    assertTrue(last < first / 10, "loss went from " + first + " to " + last);
  }

  @Test
  void testOnlyNetworkComputesWhatTheReferenceComputes() {
    Network probe = new Probe();
    Network reference = new ReferenceNetwork(3, 5, 6, 4, 2);
    Initializer.initialize(probe, 3);
    Initializer.initialize(reference, 3);
    double[] x = uniform(new SplittableRandom(5), 3 * 5);

    assertEquals(3, probe.batchSize());
    assertArrayEquals(reference.forward(x), probe.forward(x), SAME_FORWARD_TOLERANCE);
  }

  private static double[] uniform(SplittableRandom random, int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = random.nextDouble(-1, 1);
    }
    return values;
  }
}
