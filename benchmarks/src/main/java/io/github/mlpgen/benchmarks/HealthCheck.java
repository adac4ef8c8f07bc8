package io.github.mlpgen.benchmarks;

import io.github.mlpgen.runtime.Network;

/**
 * Checks that a network a benchmark trained is still doing ordinary arithmetic: every
 * parameter finite and not subnormal, and every hidden layer with at least one ReLU unit
 * that fires on the benchmark batch. A run that breaks either would time NaN, denormal or
 * all-zero arithmetic, which is not what the benchmark claims to measure.
 *
 * <p>Its buffers are allocated once, so a check between iterations adds nothing to the
 * bytes per operation that JMH's allocation profiler reports.
 */
final class HealthCheck {

  // Below the smallest normal float: no weight of a healthy network gets there, and a
  // float network's parameters reach this value only as subnormals.
  private static final double SUBNORMAL_LIMIT = Float.MIN_NORMAL;

  private final Network network;
  private final double[] x;
  private final String context;
  private final int[] sizes;
  private final double[][] weights;
  private final double[][] biases;
  private final double[][] activations;

  /**
   * A check of {@code network} on the first {@code batchSize} rows of {@code x}.
   *
   * @param context named in failure messages, such as {@code scalar on mnist}
   */
  HealthCheck(Network network, double[] x, String context) {
    this.network = network;
    this.x = x;
    this.context = context;
    this.sizes = network.layerSizes();
    int layers = sizes.length - 1;
    weights = new double[layers][];
    biases = new double[layers][];
    activations = new double[layers][];
    for (int layer = 0; layer < layers; layer++) {
      weights[layer] = new double[sizes[layer] * sizes[layer + 1]];
      biases[layer] = new double[sizes[layer + 1]];
      activations[layer] = new double[network.batchSize() * sizes[layer + 1]];
    }
  }

  /**
   * Throws unless the parameters are healthy and each hidden layer has a live unit.
   *
   * @throws IllegalStateException saying what is wrong
   */
  void requireHealthy() {
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      network.getWeights(layer, weights[layer]);
      network.getBiases(layer, biases[layer]);
      requireOrdinary(weights[layer], "weights", layer);
      requireOrdinary(biases[layer], "biases", layer);
    }
    double[] input = x;
    for (int layer = 0; layer < sizes.length - 2; layer++) {
      if (reluLayer(layer, input) == 0) {
        throw new IllegalStateException(context + ": every ReLU unit of hidden layer "
            + (layer + 1) + " is dead on the benchmark batch");
      }
      input = activations[layer];
    }
  }

  private void requireOrdinary(double[] values, String what, int layer) {
    for (int i = 0; i < values.length; i++) {
      double value = values[i];
      if (!Double.isFinite(value)) {
        throw new IllegalStateException(context + ": " + what + " of layer " + layer
            + " has a non-finite value " + value + " at index " + i);
      }
      if (value != 0 && Math.abs(value) < SUBNORMAL_LIMIT) {
        throw new IllegalStateException(context + ": " + what + " of layer " + layer
            + " has a subnormal value " + value + " at index " + i);
      }
    }
  }

  /**
   * Recomputes layer {@code layer}'s activations from the parameters (so no implementation
   * checks itself) and returns how many of its units fire on some row.
   */
  private int reluLayer(int layer, double[] input) {
    int rows = network.batchSize();
    int fanIn = sizes[layer];
    int fanOut = sizes[layer + 1];
    double[] output = activations[layer];
    int live = 0;
    for (int j = 0; j < fanOut; j++) {
      boolean fires = false;
      for (int i = 0; i < rows; i++) {
        double sum = biases[layer][j];
        for (int k = 0; k < fanIn; k++) {
          sum += input[i * fanIn + k] * weights[layer][k * fanOut + j];
        }
        output[i * fanOut + j] = Math.max(sum, 0);
        fires |= sum > 0;
      }
      live += fires ? 1 : 0;
    }
    return live;
  }
}
