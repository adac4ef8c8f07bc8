package io.github.mlpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferenceNetworkTest {

  private static final int BATCH = 4;
  private static final int INPUTS = 5;
  private static final int OUTPUTS = 2;

  @Test
  void predictOfRowsNotAMultipleOfTheBatchEqualsForwardOnZeroPaddedBatches() {
    ReferenceNetwork network = randomNetwork();
    double[] x = TestNetworks.uniform(new SplittableRandom(3), 7 * INPUTS, 1.0);

    double[] predicted = new double[7 * OUTPUTS];
    network.predict(x, 7, predicted);

    double[] firstBatch = network.forward(Arrays.copyOfRange(x, 0, BATCH * INPUTS)).clone();
    double[] padded = new double[BATCH * INPUTS];
    System.arraycopy(x, BATCH * INPUTS, padded, 0, 3 * INPUTS);
    double[] secondBatch = network.forward(padded);
    assertThat(Arrays.copyOfRange(predicted, 0, BATCH * OUTPUTS)).containsExactly(firstBatch);
    assertThat(Arrays.copyOfRange(predicted, BATCH * OUTPUTS, 7 * OUTPUTS))
        .containsExactly(Arrays.copyOfRange(secondBatch, 0, 3 * OUTPUTS));
  }

  @Test
  void predictionOfARowDoesNotDependOnTheOtherRowsOfItsBatch() {
    ReferenceNetwork network = randomNetwork();
    SplittableRandom random = new SplittableRandom(5);
    double[] x = TestNetworks.uniform(random, BATCH * INPUTS, 1.0);
    double[] first = network.forward(x).clone();

    double[] other = TestNetworks.uniform(random, BATCH * INPUTS, 1.0);
    System.arraycopy(x, 0, other, 0, INPUTS);
    double[] second = network.forward(other);

    assertThat(Arrays.copyOf(second, OUTPUTS)).containsExactly(Arrays.copyOf(first, OUTPUTS));
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void predictWritesOnlyItsRows() {
    ReferenceNetwork network = randomNetwork();
    double[] x = TestNetworks.uniform(new SplittableRandom(9), 3 * INPUTS, 1.0);
    double[] out = new double[(3 + 1) * OUTPUTS];
    Arrays.fill(out, 42);

    network.predict(x, 3, out);

    assertThat(Arrays.copyOfRange(out, 3 * OUTPUTS, out.length)).containsOnly(42);
    assertThat(Arrays.copyOf(out, 3 * OUTPUTS)).doesNotContain(42);
  }

  @Test
  void predictOfNoRowsWritesNothing() {
    double[] out = {42, 42};

    randomNetwork().predict(new double[0], 0, out);

    assertThat(out).containsExactly(42, 42);
  }

  @Test
  void trainStepWithASmallRateLowersTheLossOfItsBatch() {
    ReferenceNetwork network = randomNetwork();
    SplittableRandom random = new SplittableRandom(11);
    double[] x = TestNetworks.uniform(random, BATCH * INPUTS, 1.0);
    double[] y = TestNetworks.uniform(random, BATCH * OUTPUTS, 1.0);

    double before = network.trainStep(x, y, 1e-3);
    double after = network.computeGradients(x, y);

    assertThat(after).isLessThan(before);
  }

  @Test
  void trainStepSubtractsTheRateTimesTheGradients() {
    ReferenceNetwork stepped = randomNetwork();
    ReferenceNetwork twin = randomNetwork();
    SplittableRandom random = new SplittableRandom(13);
    double[] x = TestNetworks.uniform(random, BATCH * INPUTS, 1.0);
    double[] y = TestNetworks.uniform(random, BATCH * OUTPUTS, 1.0);

    stepped.trainStep(x, y, 0.25);
    twin.computeGradients(x, y);

    for (int layer = 0; layer < twin.layerCount(); layer++) {
      double[] weights = TestNetworks.weights(twin, layer);
      double[] gradient = twin.weightGradient(layer);
      for (int i = 0; i < weights.length; i++) {
        weights[i] -= 0.25 * gradient[i];
      }
      assertThat(TestNetworks.weights(stepped, layer)).containsExactly(weights);
    }
  }

  @Test
  void newNetworkHasAllParametersZero() {
    ReferenceNetwork network = new ReferenceNetwork(BATCH, INPUTS, 4, OUTPUTS);

    assertThat(TestNetworks.weights(network, 0)).containsOnly(0);
    assertThat(TestNetworks.biases(network, 1)).containsOnly(0);
    assertThat(network.forward(new double[BATCH * INPUTS])).containsOnly(0);
  }

  @Test
  void parametersAreCopiedInAndOut() {
    ReferenceNetwork network = new ReferenceNetwork(1, 2, 1, 1);
    double[] weights = {3, 4};
    network.setWeights(0, weights);

    weights[0] = 7;
    double[] read = TestNetworks.weights(network, 0);
    read[1] = 7;

    assertThat(TestNetworks.weights(network, 0)).containsExactly(3, 4);
  }

  @Test
  void describesItsShape() {
    ReferenceNetwork network = new ReferenceNetwork(BATCH, INPUTS, 4, 3, OUTPUTS);

    assertThat(network.batchSize()).isEqualTo(BATCH);
    assertThat(network.layerSizes()).containsExactly(INPUTS, 4, 3, OUTPUTS);
    assertThat(network.inputSize()).isEqualTo(INPUTS);
    assertThat(network.outputSize()).isEqualTo(OUTPUTS);
    assertThat(network.layerCount()).isEqualTo(3);
    assertThat(network.backend()).isEqualTo("reference");
  }

  @Test
  void layerSizesIsACopy() {
    ReferenceNetwork network = new ReferenceNetwork(BATCH, INPUTS, 4, OUTPUTS);

    network.layerSizes()[0] = 99;

    assertThat(network.inputSize()).isEqualTo(INPUTS);
  }

  @Test
  void networkDefaultsDeriveFromLayerSizes() {
    Network network = new ShapeOnlyNetwork(new int[] {7, 6, 5, 4, 3});

    assertThat(network.inputSize()).isEqualTo(7);
    assertThat(network.outputSize()).isEqualTo(3);
    assertThat(network.layerCount()).isEqualTo(4);
  }

  @Test
  void rejectsZeroBatch() {
    assertThatThrownBy(() -> new ReferenceNetwork(0, 2, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be >= 1, was 0");
  }

  @Test
  void rejectsNetworkWithoutHiddenLayer() {
    assertThatThrownBy(() -> new ReferenceNetwork(1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layerSizes needs an input, at least one hidden layer and an output,"
            + " was [2, 1]");
  }

  @Test
  void rejectsEmptyLayer() {
    assertThatThrownBy(() -> new ReferenceNetwork(1, 2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every layer size must be >= 1, was [2, 0, 1]");
  }

  private static ReferenceNetwork randomNetwork() {
    ReferenceNetwork network = new ReferenceNetwork(BATCH, INPUTS, 4, 3, OUTPUTS);
    TestNetworks.randomize(network, new SplittableRandom(1), 1.0);
    return network;
  }

  /** A network that only knows its shape, to exercise the interface's default methods. */
  private record ShapeOnlyNetwork(int[] layerSizes) implements Network {

    @Override
    public int batchSize() {
      return 1;
    }

    @Override
    public String backend() {
      return "shape-only";
    }

    @Override
    public double[] forward(double[] x) {
      throw new UnsupportedOperationException();
    }

    @Override
    public double trainStep(double[] x, double[] y, double learningRate) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void predict(double[] x, int rows, double[] out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void getWeights(int layer, double[] dst) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setWeights(int layer, double[] src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void getBiases(int layer, double[] dst) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setBiases(int layer, double[] src) {
      throw new UnsupportedOperationException();
    }
  }
}
