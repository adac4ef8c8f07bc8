package io.github.mlpgen.generator.vector;

/**
 * The names of a generated vector network's constants, fields and methods. They follow the
 * derivation: layer {@code l} has weights {@code w<l>}, biases {@code b<l>}, pre-activation
 * {@code h<l>}, ReLU activation {@code h<l>r}, delta {@code delta<l>}; the output layer's
 * pre-activation is {@code yPred}.
 */
final class VectorNames {

  static final String BATCH = "BATCH";
  static final String INPUT = "INPUT";
  static final String OUTPUT = "OUTPUT";
  static final String SPECIES = "SPECIES";
  /** In a float class, 256-bit vectors of the interface's doubles, narrowed as they come in. */
  static final String DOUBLE_SPECIES = "DOUBLE_SPECIES";
  static final String X = "inputRows";
  static final String Y_PRED = "yPred";
  /** In a float class, the targets of a step, narrowed and padded like {@code yPred}. */
  static final String TARGETS = "targetRows";
  static final String PREDICTIONS = "predictions";
  static final String LEARNING_RATE = "learningRate";

  private final int layerCount;

  VectorNames(int layerCount) {
    this.layerCount = layerCount;
  }

  /** The constant holding the real size of {@code units} (0 input, L output). */
  String size(int units) {
    if (units == 0) {
      return INPUT;
    }
    return units == layerCount ? OUTPUT : "HIDDEN" + units;
  }

  /** The constant holding the row length over {@code units}: padded, except the input's. */
  String width(int units) {
    return units == 0 ? INPUT : size(units) + "_PADDED";
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

  /** The pre-activation of {@code layer}: {@code h<l>}, or {@code yPred} for the output. */
  String preActivation(int layer) {
    return layer == layerCount ? Y_PRED : "h" + layer;
  }

  /** The ReLU activation of hidden layer {@code layer}. */
  String activation(int layer) {
    return "h" + layer + "r";
  }

  /**
   * The array layer {@code layer} reads: the parameter {@code input} for the first layer
   * (the caller's batch or the converted copy), else the previous activation.
   */
  String layerInput(int layer) {
    return layer == 1 ? "input" : activation(layer - 1);
  }

  /** The loss gradient with respect to {@code h<l>}. */
  String delta(int layer) {
    return "delta" + layer;
  }

  /** How the derivation writes the delta of {@code layer}: {@code G} or {@code A<l>}. */
  String deltaInDerivation(int layer) {
    return layer == layerCount ? "G" : "A" + layer;
  }

  String forward(int layer) {
    return "forward" + layer;
  }

  String backPropagate(int layer) {
    return "backPropagate" + layer;
  }

  String updateWeights(int layer) {
    return "updateWeights" + layer;
  }

  String updateBiases(int layer) {
    return "updateBiases" + layer;
  }

  String transpose(int layer) {
    return "transpose" + layer;
  }
}
