package io.github.mlpgen.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

  private final Network network = new ReferenceNetwork(8, 6, 5, 4, 2);
  private final double[] x = NetworkBenchmark.uniform(new SplittableRandom(3), 8 * 6);

  HealthCheckTest() {
    Initializer.initialize(network, 11);
  }

  @Test
  void acceptsAFreshlyInitialisedNetwork() {
    assertThatCode(() -> new HealthCheck(network, x, "test").requireHealthy())
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsANonFiniteWeight() {
    double[] weights = new double[5 * 4];
    network.getWeights(1, weights);
    weights[7] = Double.NaN;
    network.setWeights(1, weights);

    assertThatThrownBy(() -> new HealthCheck(network, x, "ejml on seed").requireHealthy())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ejml on seed: weights of layer 1 has a non-finite value NaN at index 7");
  }

  @Test
  void rejectsASubnormalBias() {
    double[] biases = new double[2];
    biases[1] = Double.MIN_VALUE;
    network.setBiases(2, biases);

    assertThatThrownBy(() -> new HealthCheck(network, x, "test").requireHealthy())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("biases of layer 2 has a subnormal value");
  }

  @Test
  void rejectsAHiddenLayerWhoseUnitsAllStayBelowZero() {
    double[] biases = new double[4];
    Arrays.fill(biases, -100);
    network.setBiases(1, biases);

    assertThatThrownBy(() -> new HealthCheck(network, x, "test").requireHealthy())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("test: every ReLU unit of hidden layer 2 is dead on the benchmark batch");
  }
}
