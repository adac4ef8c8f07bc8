package io.github.mlpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link ReferenceNetwork#computeGradients} against central differences of the loss,
 * computed from {@link ReferenceNetwork#forward} alone, for every weight and bias.
 */
class ReferenceNetworkGradientTest {

  /**
   * The central-difference step. Between ReLU kinks the loss is a quadratic in any single
   * parameter, so the central difference has no truncation error; what remains is rounding,
   * about {@code ulp(L) / STEP}, near 1e-9 here.
   */
  private static final double STEP = 1e-6;

  /** Allowed difference, relative to {@code max(1, |gradient|)}. */
  private static final double TOLERANCE = 1e-6;

  /**
   * Hidden pre-activations closer to 0 than this are too near a kink: a step could cross it.
   * A step of 1e-6 moves a pre-activation by far less than this.
   */
  private static final double KINK_MARGIN = 1e-3;

  private static final int MAX_DRAWS = 1000;

  @Test
  void gradientsMatchCentralDifferencesWithTwoHiddenLayers() {
    assertGradientsMatchDifferences(4, 5, 4, 3, 2);
  }

  @Test
  void gradientsMatchCentralDifferencesWithThreeHiddenLayers() {
    assertGradientsMatchDifferences(4, 6, 5, 4, 3, 2);
  }

  @Test
  void gradientsMatchCentralDifferencesWithOneHiddenLayerAndOneRow() {
    assertGradientsMatchDifferences(1, 3, 4, 2);
  }

  private static void assertGradientsMatchDifferences(int batch, int... sizes) {
    Problem problem = drawAwayFromKinks(batch, sizes);
    ReferenceNetwork network = problem.network;
    network.computeGradients(problem.x, problem.y);

    int checked = 0;
    int nonZero = 0;
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      double[] weightGradient = network.weightGradient(layer);
      double[] biasGradient = network.biasGradient(layer);
      for (int i = 0; i < weightGradient.length; i++) {
        assertClose(weightGradient[i], difference(problem, layer, i, true), "dW", layer, i);
        checked++;
        nonZero += weightGradient[i] != 0 ? 1 : 0;
      }
      for (int j = 0; j < biasGradient.length; j++) {
        assertClose(biasGradient[j], difference(problem, layer, j, false), "db", layer, j);
        checked++;
        nonZero += biasGradient[j] != 0 ? 1 : 0;
      }
    }

    assertThat(checked).isEqualTo(parameterCount(sizes));
    // Dead units have zero gradients on both sides; most must be alive for the check to bite.
    assertThat(nonZero).isGreaterThan(checked / 2);
  }

  /** {@code (L(p + STEP) - L(p - STEP)) / (2 STEP)} for one weight or bias. */
  private static double difference(Problem problem, int layer, int index, boolean weight) {
    ReferenceNetwork network = problem.network;
    double[] values = weight
        ? TestNetworks.weights(network, layer)
        : TestNetworks.biases(network, layer);
    double original = values[index];

    values[index] = original + STEP;
    set(network, layer, values, weight);
    double above = loss(problem);
    values[index] = original - STEP;
    set(network, layer, values, weight);
    double below = loss(problem);
    values[index] = original;
    set(network, layer, values, weight);

    return (above - below) / (2 * STEP);
  }

  private static void set(Network network, int layer, double[] values, boolean weight) {
    if (weight) {
      network.setWeights(layer, values);
    } else {
      network.setBiases(layer, values);
    }
  }

  private static double loss(Problem problem) {
    double[] predictions = problem.network.forward(problem.x);
    double loss = 0;
    for (int i = 0; i < problem.y.length; i++) {
      double error = predictions[i] - problem.y[i];
      loss += error * error;
    }
    return loss;
  }

  private static void assertClose(double analytic, double numeric, String what, int layer,
      int index) {
    double allowed = TOLERANCE * Math.max(1, Math.abs(numeric));
    assertThat(analytic)
        .as("%s of layer %d at %d", what, layer, index)
        .isCloseTo(numeric, within(allowed));
  }

  /**
   * Draws parameters and data until no hidden pre-activation is near a kink and every hidden
   * unit is active on some row, so that gradient reaches every parameter.
   */
  private static Problem drawAwayFromKinks(int batch, int... sizes) {
    SplittableRandom random = new SplittableRandom(31);
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      ReferenceNetwork network = new ReferenceNetwork(batch, sizes);
      TestNetworks.randomize(network, random, 1.0);
      double[] x = TestNetworks.uniform(random, batch * sizes[0], 1.0);
      double[] y = TestNetworks.uniform(random, batch * sizes[sizes.length - 1], 1.0);
      if (isUsable(network, x, batch, sizes)) {
        return new Problem(network, x, y);
      }
    }
    throw new AssertionError("no draw kept every unit alive and away from 0");
  }

  /**
   * Whether every hidden pre-activation is at least {@link #KINK_MARGIN} from 0 and every
   * hidden unit positive on some row, by a forward pass written here independently of the
   * network's own.
   */
  private static boolean isUsable(Network network, double[] x, int batch, int[] sizes) {
    double[] activation = x;
    for (int layer = 0; layer < sizes.length - 2; layer++) {
      double[] weights = TestNetworks.weights(network, layer);
      double[] biases = TestNetworks.biases(network, layer);
      int fanIn = sizes[layer];
      int fanOut = sizes[layer + 1];
      double[] next = new double[batch * fanOut];
      for (int unit = 0; unit < fanOut; unit++) {
        boolean alive = false;
        for (int row = 0; row < batch; row++) {
          double h = biases[unit];
          for (int in = 0; in < fanIn; in++) {
            h += activation[row * fanIn + in] * weights[in * fanOut + unit];
          }
          if (Math.abs(h) < KINK_MARGIN) {
            return false;
          }
          alive |= h > 0;
          next[row * fanOut + unit] = Math.max(0, h);
        }
        if (!alive) {
          return false;
        }
      }
      activation = next;
    }
    return true;
  }

  private static int parameterCount(int[] sizes) {
    int count = 0;
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      count += sizes[layer] * sizes[layer + 1] + sizes[layer + 1];
    }
    return count;
  }

  private record Problem(ReferenceNetwork network, double[] x, double[] y) {}
}
