package io.github.mlpgen.benchmarks;

import io.github.mlpgen.runtime.Network;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The network written the way a Java developer would write it with EJML: one
 * {@link DMatrixRMaj} per weight, bias, activation and gradient, allocated once, and the
 * products done by {@link CommonOps_DDRM}. It computes the same function and gradients as
 * {@link io.github.mlpgen.runtime.ReferenceNetwork}; the benchmarks use it as the peer
 * library baseline.
 *
 * <p>Per layer {@code l}: {@code h[l] = a[l-1] W[l] + 1 b[l]}, {@code a[l] = ReLU(h[l])}
 * (identity for the output), {@code delta = G = 2 (y_pred - y)} at the output,
 * {@code dW[l] = a[l-1]^T delta[l]}, {@code db[l] = column sums of delta[l]},
 * {@code delta[l-1] = [h[l-1] >= 0] * (delta[l] W[l]^T)}.
 */
public final class EjmlNetwork implements Network {

  private final int batchSize;
  private final int[] sizes;
  private final DMatrixRMaj input;
  private final DMatrixRMaj[] weights;
  private final DMatrixRMaj[] biases;
  private final DMatrixRMaj[] weightGradients;
  private final DMatrixRMaj[] biasGradients;
  private final DMatrixRMaj[] preActivations;
  private final DMatrixRMaj[] activations;
  private final DMatrixRMaj[] deltas;
  private final double[] predictChunk;

  /**
   * Creates a network with all parameters 0.
   *
   * @param batchSize rows per batch, {@code n >= 1}
   * @param layerSizes {@code [d_in, d1, ..., d_out]}, at least three sizes, all {@code >= 1}
   */
  public EjmlNetwork(int batchSize, int... layerSizes) {
    checkShape(batchSize, layerSizes);
    this.batchSize = batchSize;
    this.sizes = layerSizes.clone();
    int layers = sizes.length - 1;
    input = new DMatrixRMaj(batchSize, sizes[0]);
    weights = new DMatrixRMaj[layers];
    biases = new DMatrixRMaj[layers];
    weightGradients = new DMatrixRMaj[layers];
    biasGradients = new DMatrixRMaj[layers];
    preActivations = new DMatrixRMaj[layers];
    activations = new DMatrixRMaj[layers];
    deltas = new DMatrixRMaj[layers];
    for (int l = 0; l < layers; l++) {
      weights[l] = new DMatrixRMaj(sizes[l], sizes[l + 1]);
      biases[l] = new DMatrixRMaj(1, sizes[l + 1]);
      weightGradients[l] = new DMatrixRMaj(sizes[l], sizes[l + 1]);
      biasGradients[l] = new DMatrixRMaj(1, sizes[l + 1]);
      preActivations[l] = new DMatrixRMaj(batchSize, sizes[l + 1]);
      activations[l] = new DMatrixRMaj(batchSize, sizes[l + 1]);
      deltas[l] = new DMatrixRMaj(batchSize, sizes[l + 1]);
    }
    predictChunk = new double[batchSize * sizes[0]];
  }

  private static void checkShape(int batchSize, int[] layerSizes) {
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
    return "ejml";
  }

  @Override
  public double[] forward(double[] x) {
    System.arraycopy(x, 0, input.data, 0, batchSize * sizes[0]);
    forwardLayers();
    return activations[sizes.length - 2].data;
  }

  @Override
  public double trainStep(double[] x, double[] y, double learningRate) {
    forward(x);
    double loss = outputDelta(y);
    for (int l = sizes.length - 2; l >= 0; l--) {
      DMatrixRMaj previous = l == 0 ? input : activations[l - 1];
      CommonOps_DDRM.multTransA(previous, deltas[l], weightGradients[l]);
      CommonOps_DDRM.sumCols(deltas[l], biasGradients[l]);
      if (l > 0) {
        CommonOps_DDRM.multTransB(deltas[l], weights[l], deltas[l - 1]);
        applyReluDerivative(preActivations[l - 1], deltas[l - 1]);
      }
    }
    for (int l = 0; l < sizes.length - 1; l++) {
      CommonOps_DDRM.addEquals(weights[l], -learningRate, weightGradients[l]);
      CommonOps_DDRM.addEquals(biases[l], -learningRate, biasGradients[l]);
    }
    return loss;
  }

  @Override
  public void predict(double[] x, int rows, double[] out) {
    int inputs = sizes[0];
    int outputs = sizes[sizes.length - 1];
    for (int start = 0; start < rows; start += batchSize) {
      int count = Math.min(batchSize, rows - start);
      // A short last chunk is padded with zero rows so the batch-sized matrices fit.
      Arrays.fill(predictChunk, count * inputs, predictChunk.length, 0);
      System.arraycopy(x, start * inputs, predictChunk, 0, count * inputs);
      double[] predictions = forward(predictChunk);
      System.arraycopy(predictions, 0, out, start * outputs, count * outputs);
    }
  }

  private void forwardLayers() {
    int last = sizes.length - 2;
    for (int l = 0; l <= last; l++) {
      DMatrixRMaj previous = l == 0 ? input : activations[l - 1];
      CommonOps_DDRM.mult(previous, weights[l], preActivations[l]);
      addBiasToRows(preActivations[l], biases[l]);
      if (l == last) {
        activations[l].setTo(preActivations[l]);
      } else {
        relu(preActivations[l], activations[l]);
      }
    }
  }

  /** {@code G = 2 (y_pred - y)} into the output delta; returns {@code sum (y_pred - y)^2}. */
  private double outputDelta(double[] y) {
    int last = sizes.length - 2;
    double[] predictions = activations[last].data;
    double[] delta = deltas[last].data;
    double loss = 0;
    for (int i = 0; i < batchSize * sizes[last + 1]; i++) {
      double error = predictions[i] - y[i];
      loss += error * error;
      delta[i] = 2 * error;
    }
    return loss;
  }

  // EJML has no broadcasting add, so the bias row is added by hand.
  private static void addBiasToRows(DMatrixRMaj matrix, DMatrixRMaj bias) {
    int columns = matrix.numCols;
    for (int i = 0; i < matrix.numRows; i++) {
      for (int j = 0; j < columns; j++) {
        matrix.data[i * columns + j] += bias.data[j];
      }
    }
  }

  private static void relu(DMatrixRMaj pre, DMatrixRMaj activation) {
    int count = pre.getNumElements();
    for (int i = 0; i < count; i++) {
      activation.data[i] = Math.max(pre.data[i], 0);
    }
  }

  private static void applyReluDerivative(DMatrixRMaj pre, DMatrixRMaj delta) {
    int count = pre.getNumElements();
    for (int i = 0; i < count; i++) {
      if (pre.data[i] < 0) {
        delta.data[i] = 0;
      }
    }
  }

  @Override
  public void getWeights(int layer, double[] dst) {
    System.arraycopy(weights[layer].data, 0, dst, 0, weights[layer].getNumElements());
  }

  @Override
  public void setWeights(int layer, double[] src) {
    System.arraycopy(src, 0, weights[layer].data, 0, weights[layer].getNumElements());
  }

  @Override
  public void getBiases(int layer, double[] dst) {
    System.arraycopy(biases[layer].data, 0, dst, 0, biases[layer].getNumElements());
  }

  @Override
  public void setBiases(int layer, double[] src) {
    System.arraycopy(src, 0, biases[layer].data, 0, biases[layer].getNumElements());
  }
}
