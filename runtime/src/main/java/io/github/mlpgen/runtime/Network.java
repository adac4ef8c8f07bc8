package io.github.mlpgen.runtime;

/**
 * A multilayer perceptron of one fixed shape: {@code d_in -> hidden... (ReLU) -> d_out
 * (identity)}, trained on batches of exactly {@link #batchSize()} rows.
 *
 * <p>Matrices are row-major flat {@code double[]}: a batch {@code x} holds {@code batchSize}
 * rows of {@code inputSize} values, weights of layer {@code l} hold {@code fanIn} rows of
 * {@code fanOut} values. Layer {@code 0} maps the input to the first hidden layer; layer
 * {@code layerCount() - 1} maps the last hidden layer to the output.
 *
 * <p>Implementations are generated for one shape (every size a constant) or generic
 * ({@link ReferenceNetwork}); all of them compute the same function and the same gradients:
 * loss {@code L = sum (y_pred - y)^2}, ReLU derivative 1 where the pre-activation is
 * {@code >= 0}, bias gradients as column sums, plain SGD. Instances hold their buffers as
 * fields and are not thread-safe.
 */
public interface Network {

  /** The number of rows {@link #trainStep} and {@link #forward} take: {@code n}. */
  int batchSize();

  /** The sizes of every layer, input first and output last: {@code [d_in, d1, ..., d_out]}. */
  int[] layerSizes();

  /** {@code d_in}. */
  default int inputSize() {
    return layerSizes()[0];
  }

  /** {@code d_out}. */
  default int outputSize() {
    int[] sizes = layerSizes();
    return sizes[sizes.length - 1];
  }

  /** The number of weight layers: hidden layers plus one. */
  default int layerCount() {
    return layerSizes().length - 1;
  }

  /** A short name of the implementation, such as {@code reference} or {@code scalar}. */
  String backend();

  /**
   * Runs the forward pass on the first {@code batchSize} rows of {@code x}.
   *
   * @return the predictions, {@code batchSize x outputSize}, in a buffer the network owns and
   *     overwrites on its next call
   */
  double[] forward(double[] x);

  /**
   * One step of SGD on the batch {@code x} (first {@code batchSize} rows) with targets
   * {@code y}: forward pass, the exact gradients, then {@code W -= learningRate * dW} and
   * {@code b -= learningRate * db} for every layer.
   *
   * @return the loss of the batch before the update, {@code sum (y_pred - y)^2}
   */
  double trainStep(double[] x, double[] y, double learningRate);

  /**
   * Predicts {@code rows} rows (any number, not only {@code batchSize}) of {@code x} into
   * {@code out} ({@code rows x outputSize}).
   */
  void predict(double[] x, int rows, double[] out);

  /** Copies the weights of {@code layer} ({@code fanIn x fanOut}, row-major) into {@code dst}. */
  void getWeights(int layer, double[] dst);

  /** Replaces the weights of {@code layer} with {@code src} ({@code fanIn x fanOut}). */
  void setWeights(int layer, double[] src);

  /** Copies the biases of {@code layer} ({@code fanOut} values) into {@code dst}. */
  void getBiases(int layer, double[] dst);

  /** Replaces the biases of {@code layer} with {@code src} ({@code fanOut} values). */
  void setBiases(int layer, double[] src);
}
