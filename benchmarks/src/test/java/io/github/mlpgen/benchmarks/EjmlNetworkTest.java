package io.github.mlpgen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EjmlNetworkTest {

  // EJML sums the products in another order than the reference: rounding differs in the
  // last bits of each value, and a few steps of SGD do not amplify that past this.
  private static final double RELATIVE_TOLERANCE = 1e-11;

  private static final double LEARNING_RATE = 1e-3;

  @Test
  void oneStepMatchesReferenceOnSeedShape() {
    Pair pair = new Pair(32, 50, 25, 25, 10);

    double[] x = pair.draw(32 * 50);
    double[] y = pair.draw(32 * 10);
    double expectedLoss = pair.reference.trainStep(x, y, LEARNING_RATE);
    double actualLoss = pair.ejml.trainStep(x, y, LEARNING_RATE);

    assertThat(actualLoss).isCloseTo(expectedLoss, within(RELATIVE_TOLERANCE * expectedLoss));
    pair.assertParametersMatch();
  }

  @Test
  void severalStepsMatchReferenceWithThreeHiddenLayersAndOddSizes() {
    Pair pair = new Pair(7, 13, 9, 5, 11, 3);

    for (int step = 0; step < 25; step++) {
      double[] x = pair.draw(7 * 13);
      double[] y = pair.draw(7 * 3);
      double expectedLoss = pair.reference.trainStep(x, y, LEARNING_RATE);
      double actualLoss = pair.ejml.trainStep(x, y, LEARNING_RATE);
      assertThat(actualLoss).isCloseTo(expectedLoss, within(RELATIVE_TOLERANCE * expectedLoss));
    }
    pair.assertParametersMatch();
  }

  @Test
  void forwardMatchesReference() {
    Pair pair = new Pair(5, 6, 4, 2);
    double[] x = pair.draw(5 * 6);

    double[] expected = pair.reference.forward(x).clone();
    double[] actual = pair.ejml.forward(x);

    assertClose(actual, expected, "forward");
  }

  @Test
  void predictHandlesRowsThatAreNotAMultipleOfTheBatch() {
    Pair pair = new Pair(4, 3, 5, 2);
    int rows = 11;
    double[] x = pair.draw(rows * 3);
    double[] expected = new double[rows * 2];
    double[] actual = new double[rows * 2];

    pair.reference.predict(x, rows, expected);
    pair.ejml.predict(x, rows, actual);

    assertClose(actual, expected, "predict");
    assertThat(actual[rows * 2 - 1]).isNotZero();
  }

  @Test
  void gradientPassesWhereThePreActivationIsExactlyZero() {
    // One input, one hidden unit with weight 0 and bias 0: h = 0 exactly, so the ReLU
    // derivative is 1 and the bias still moves.
    EjmlNetwork ejml = new EjmlNetwork(1, 1, 1, 1);
    ReferenceNetwork reference = new ReferenceNetwork(1, 1, 1, 1);
    for (Network network : new Network[] {ejml, reference}) {
      network.setWeights(0, new double[] {0});
      network.setBiases(0, new double[] {0});
      network.setWeights(1, new double[] {2});
      network.setBiases(1, new double[] {0});
      network.trainStep(new double[] {1}, new double[] {1}, 0.5);
    }
    // G = 2 (0 - 1) = -2, delta_hidden = 1 * (-2 * 2) = -4, b1 = 0 - 0.5 * -4 = 2.
    double[] bias = new double[1];
    ejml.getBiases(0, bias);
    assertThat(bias[0]).isEqualTo(2.0);
    reference.getBiases(0, bias);
    assertThat(bias[0]).isEqualTo(2.0);
  }

  @Test
  void rejectsAShapeWithoutHiddenLayer() {
    assertThatThrownBy(() -> new EjmlNetwork(4, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[3, 2]");
  }

  private static void assertClose(double[] actual, double[] expected, String what) {
    assertThat(actual.length).as(what + " length").isGreaterThanOrEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      double tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(expected[i]));
      assertThat(actual[i]).as(what + "[" + i + "]").isCloseTo(expected[i], within(tolerance));
    }
  }

  /** The two networks of one shape, started from the same parameters. */
  private static final class Pair {
    final ReferenceNetwork reference;
    final EjmlNetwork ejml;
    final SplittableRandom random = new SplittableRandom(99);

    Pair(int batchSize, int... sizes) {
      reference = new ReferenceNetwork(batchSize, sizes);
      ejml = new EjmlNetwork(batchSize, sizes);
      Initializer.initialize(reference, 5);
      Initializer.initialize(ejml, 5);
    }

    double[] draw(int count) {
      return NetworkBenchmark.uniform(random, count);
    }

    void assertParametersMatch() {
      int[] sizes = reference.layerSizes();
      for (int layer = 0; layer < sizes.length - 1; layer++) {
        double[] expected = new double[sizes[layer] * sizes[layer + 1]];
        double[] actual = new double[expected.length];
        reference.getWeights(layer, expected);
        ejml.getWeights(layer, actual);
        assertClose(actual, expected, "weights of layer " + layer);
        expected = new double[sizes[layer + 1]];
        actual = new double[expected.length];
        reference.getBiases(layer, expected);
        ejml.getBiases(layer, actual);
        assertClose(actual, expected, "biases of layer " + layer);
      }
    }
  }
}
