package io.github.mlpgen.generator.scalar;

/**
 * The names of a generated network's constants and fields, matching the derivation: layer
 * {@code l} has weights {@code w<l>}, biases {@code b<l>}, pre-activation {@code h<l>}, ReLU
 * activation {@code h<l>r}, and the output layer's pre-activation is {@code yPred}.
 */
final class ScalarNames {

  static final String BATCH = "BATCH";
  static final String INPUT = "INPUT";
  static final String OUTPUT = "OUTPUT";
  static final String X = "x";
  static final String Y_PRED = "yPred";
  static final String PREDICTIONS = "predictions";

  private final int layerCount;

  ScalarNames(int layerCount) {
    this.layerCount = layerCount;
  }

  /** The constant holding the real size of {@code units} (0 input, L output). */
  String size(int units) {
    if (units == 0) {
      return INPUT;
    }
    return units == layerCount ? OUTPUT : "HIDDEN" + units;
  }

  /** The constant holding the padded row length of {@code units} (1 to L). */
  String width(int units) {
    return size(units) + "_PADDED";
  }

  String weights(int layer) {
    return "w" + layer;
  }

  String transposedWeights(int layer) {
    return "w" + layer + "T";
  }

  String biases(int layer) {
    return "b" + layer;
  }

  String weightGradient(int layer) {
    return "dw" + layer;
  }

  String biasGradient(int layer) {
    return "db" + layer;
  }

  /** The pre-activation of layer {@code layer}: {@code h<l>}, or {@code yPred} for the output. */
  String preActivation(int layer) {
    return layer == layerCount ? Y_PRED : "h" + layer;
  }

  /** The input of layer {@code layer}: {@code x} for the first, else {@code h<l-1>r}. */
  String layerInput(int layer) {
    return layer == 1 ? X : activation(layer - 1);
  }

  /** The ReLU activation of hidden layer {@code layer}. */
  String activation(int layer) {
    return "h" + layer + "r";
  }

  /** 1 where the pre-activation of hidden layer {@code layer} is {@code >= 0}, else 0. */
  String reluMask(int layer) {
    return "h" + layer + "Mask";
  }

  /** The derivative of the loss with respect to {@code h<l>}: {@code G} for the output. */
  String delta(int layer) {
    return "delta" + layer;
  }

  /** How the derivation writes the delta of {@code layer}: {@code G} or {@code A<l>}. */
  String deltaInDerivation(int layer) {
    return layer == layerCount ? "G" : "A" + layer;
  }
}
