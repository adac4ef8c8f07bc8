package io.github.mlpgen.runtime;

import java.util.Arrays;

/**
 * The generic network: sizes are run-time values, and every step is written straight from
 * the formulas of the derivation, without blocking, unrolling or reordering. It is the oracle
 * every generated class is tested against, and the baseline benchmarks compare with.
 *
 * <p>Notation: {@code h[l]} is the pre-activation of layer {@code l} ({@code n x size[l+1]}),
 * {@code a[l]} its activation ({@code ReLU(h[l])} for hidden layers, {@code h[l]} itself for
 * the output), {@code a[-1] = x}. Backward: {@code G = 2 (y_pred - y)}; for the last layer
 * {@code delta = G}; {@code dW[l] = a[l-1]^T delta}, {@code db[l] = column sums of delta};
 * {@code delta[l-1] = [h[l-1] >= 0] * (delta W[l]^T)}.
 */
public final class ReferenceNetwork implements Network {

  private final int batchSize;
  private final int[] sizes;
  private final double[][] weights;
  private final double[][] biases;
  private final double[][] weightGradients;
  private final double[][] biasGradients;
  private final double[][] preActivations;
  private final double[][] activations;
  private final double[][] deltas;
  private double[] input;

  /**
   * Creates a network with all parameters 0.
   *
   * @param batchSize rows per batch, {@code n >= 1}
   * @param layerSizes {@code [d_in, d1, ..., d_out]}, at least three sizes, all {@code >= 1}
   */
  public ReferenceNetwork(int batchSize, int... layerSizes) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
    }
    if (layerSizes.length < 3) {
      throw new IllegalArgumentException(
          "layerSizes needs an input, at least one hidden layer and an output, was "
              + Arrays.toString(layerSizes));
    }
    for (int size : layerSizes) {
      if (size < 1) {
        throw new IllegalArgumentException(
            "every layer size must be >= 1, was " + Arrays.toString(layerSizes));
      }
    }
    this.batchSize = batchSize;
    this.sizes = layerSizes.clone();
    int layers = sizes.length - 1;
    weights = new double[layers][];
    biases = new double[layers][];
    weightGradients = new double[layers][];
    biasGradients = new double[layers][];
    preActivations = new double[layers][];
    activations = new double[layers][];
    deltas = new double[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = new double[sizes[l] * sizes[l + 1]];
      biases[l] = new double[sizes[l + 1]];
      weightGradients[l] = new double[sizes[l] * sizes[l + 1]];
      biasGradients[l] = new double[sizes[l + 1]];
      preActivations[l] = new double[batchSize * sizes[l + 1]];
      activations[l] = new double[batchSize * sizes[l + 1]];
      deltas[l] = new double[batchSize * sizes[l + 1]];
    }
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public int[] layerSizes() {
    return sizes.clone();
  }

  @Override
  public String backend() {
    return "reference";
  }

  @Override
  public double[] forward(double[] x) {
    forwardRows(x, batchSize);
    return activations[sizes.length - 2];
  }

  @Override
  public double trainStep(double[] x, double[] y, double learningRate) {
    double loss = computeGradients(x, y);
    for (int l = 0; l < sizes.length - 1; l++) {
      for (int i = 0; i < weights[l].length; i++) {
        weights[l][i] -= learningRate * weightGradients[l][i];
      }
      for (int j = 0; j < biases[l].length; j++) {
        biases[l][j] -= learningRate * biasGradients[l][j];
      }
    }
    return loss;
  }

  /**
   * Runs forward and backward on one batch without updating the parameters; the gradients
   * are then available from {@link #weightGradient} and {@link #biasGradient}.
   *
   * @return the loss {@code sum (y_pred - y)^2} of the batch
   */
  public double computeGradients(double[] x, double[] y) {
    forwardRows(x, batchSize);
    int last = sizes.length - 2;
    int outputs = sizes[last + 1];
    double loss = 0;
    for (int i = 0; i < batchSize * outputs; i++) {
      double error = activations[last][i] - y[i];
      loss += error * error;
      deltas[last][i] = 2 * error;
    }
    for (int l = last; l >= 0; l--) {
      double[] previous = l == 0 ? input : activations[l - 1];
      accumulateGradients(l, previous);
      if (l > 0) {
        propagateDelta(l);
      }
    }
    return loss;
  }

  /** {@code dW[l] = a[l-1]^T delta[l]} and {@code db[l] = column sums of delta[l]}. */
  private void accumulateGradients(int l, double[] previous) {
    int fanIn = sizes[l];
    int fanOut = sizes[l + 1];
    Arrays.fill(weightGradients[l], 0);
    Arrays.fill(biasGradients[l], 0);
    for (int k = 0; k < fanIn; k++) {
      for (int j = 0; j < fanOut; j++) {
        double sum = 0;
        for (int i = 0; i < batchSize; i++) {
          sum += previous[i * fanIn + k] * deltas[l][i * fanOut + j];
        }
        weightGradients[l][k * fanOut + j] = sum;
      }
    }
    for (int j = 0; j < fanOut; j++) {
      double sum = 0;
      for (int i = 0; i < batchSize; i++) {
        sum += deltas[l][i * fanOut + j];
      }
      biasGradients[l][j] = sum;
    }
  }

  /** {@code delta[l-1] = [h[l-1] >= 0] * (delta[l] W[l]^T)}. */
  private void propagateDelta(int l) {
    int fanIn = sizes[l];
    int fanOut = sizes[l + 1];
    for (int i = 0; i < batchSize; i++) {
      for (int k = 0; k < fanIn; k++) {
        double sum = 0;
        for (int j = 0; j < fanOut; j++) {
          sum += deltas[l][i * fanOut + j] * weights[l][k * fanOut + j];
        }
        double derivative = preActivations[l - 1][i * fanIn + k] >= 0 ? 1 : 0;
        deltas[l - 1][i * fanIn + k] = derivative * sum;
      }
    }
  }

  @Override
  public void predict(double[] x, int rows, double[] out) {
    int inputs = sizes[0];
    int outputs = sizes[sizes.length - 1];
    double[] chunk = new double[batchSize * inputs];
    for (int start = 0; start < rows; start += batchSize) {
      int count = Math.min(batchSize, rows - start);
      Arrays.fill(chunk, 0);
      System.arraycopy(x, start * inputs, chunk, 0, count * inputs);
      double[] predictions = forward(chunk);
      System.arraycopy(predictions, 0, out, start * outputs, count * outputs);
    }
  }

  /** {@code h[l] = a[l-1] W[l] + 1 b[l]}, {@code a[l] = ReLU(h[l])} except for the output. */
  private void forwardRows(double[] x, int rows) {
    input = x;
    int last = sizes.length - 2;
    for (int l = 0; l <= last; l++) {
      double[] previous = l == 0 ? x : activations[l - 1];
      int fanIn = sizes[l];
      int fanOut = sizes[l + 1];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < fanOut; j++) {
          double sum = 0;
          for (int k = 0; k < fanIn; k++) {
            sum += previous[i * fanIn + k] * weights[l][k * fanOut + j];
          }
          double h = sum + biases[l][j];
          preActivations[l][i * fanOut + j] = h;
          activations[l][i * fanOut + j] = l == last ? h : Math.max(h, 0);
        }
      }
    }
  }

  /** The weight gradient {@code dW[l]} of the last {@link #computeGradients} or step. */
  public double[] weightGradient(int layer) {
    return weightGradients[layer].clone();
  }

  /** The bias gradient {@code db[l]} of the last {@link #computeGradients} or step. */
  public double[] biasGradient(int layer) {
    return biasGradients[layer].clone();
  }

  @Override
  public void getWeights(int layer, double[] dst) {
    System.arraycopy(weights[layer], 0, dst, 0, weights[layer].length);
  }

  @Override
  public void setWeights(int layer, double[] src) {
    System.arraycopy(src, 0, weights[layer], 0, weights[layer].length);
  }

  @Override
  public void getBiases(int layer, double[] dst) {
    System.arraycopy(biases[layer], 0, dst, 0, biases[layer].length);
  }

  @Override
  public void setBiases(int layer, double[] src) {
    System.arraycopy(src, 0, biases[layer], 0, biases[layer].length);
  }
}
