package io.github.mlpgen.generator.emit;

import java.util.Objects;

/**
 * Where one layer's parameters live in a generated class that holds each weight matrix as an
 * array of rows ({@code T[fanIn][>= fanOut]}, any padding columns beyond {@code fanOut}) and
 * each bias vector as {@code T[>= fanOut]}.
 *
 * @param weights the weight field, such as {@code w1}
 * @param biases the bias field, such as {@code b1}
 * @param fanIn the constant naming the rows, such as {@code INPUT}
 * @param fanOut the constant naming the columns, such as {@code HIDDEN1}
 */
public record LayerParameters(String weights, String biases, String fanIn, String fanOut) {

  public LayerParameters {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(biases, "biases");
    Objects.requireNonNull(fanIn, "fanIn");
    Objects.requireNonNull(fanOut, "fanOut");
  }
}
