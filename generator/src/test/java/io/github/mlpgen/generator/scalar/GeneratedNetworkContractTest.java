package io.github.mlpgen.generator.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.generator.CompiledShapes;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.runtime.Network;
import org.junit.jupiter.api.Test;

/** The generated class's behaviour outside the kernels: sizes, accessors, argument checks. */
class GeneratedNetworkContractTest {

  private final Network seed = CompiledShapes.of(ShapeGrid.seed()).newNetwork();

  @Test
  void reportsItsShapeAndBackend() {
    assertThat(seed.batchSize()).isEqualTo(32);
    assertThat(seed.layerSizes()).containsExactly(50, 25, 25, 10);
    assertThat(seed.layerCount()).isEqualTo(3);
    assertThat(seed.backend()).isEqualTo("scalar");
  }

  @Test
  void startsWithEveryParameterZero() {
    double[] weights = new double[50 * 25];
    java.util.Arrays.fill(weights, 7);
    seed.getWeights(0, weights);
    double[] biases = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7};
    seed.getBiases(2, biases);

    assertThat(weights).containsOnly(0.0);
    assertThat(biases).containsOnly(0.0);
  }

  @Test
  void returnsTheParametersItWasGivenInRowMajorOrder() {
    double[] weights = new double[25 * 10];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = i * 0.25 - 3;
    }
    double[] biases = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    seed.setWeights(2, weights);
    seed.setBiases(2, biases);

    double[] weightsBack = new double[weights.length];
    double[] biasesBack = new double[biases.length];
    seed.getWeights(2, weightsBack);
    seed.getBiases(2, biasesBack);
    assertThat(weightsBack).containsExactly(weights);
    assertThat(biasesBack).containsExactly(biases);
  }

  @Test
  void floatNetworkRoundsParametersToFloat() {
    Network network = CompiledShapes.of(ShapeGrid.FLOAT.get(1).spec()).newNetwork();
    network.setWeights(0, new double[] {0.1});

    double[] back = new double[1];
    network.getWeights(0, back);
    assertThat(back[0]).isEqualTo((double) 0.1f);
  }

  @Test
  void rejectsALayerOutOfRange() {
    assertThatThrownBy(() -> seed.getWeights(3, new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer must be between 0 and 2, was 3");
    assertThatThrownBy(() -> seed.setBiases(-1, new double[1]))
        .hasMessage("layer must be between 0 and 2, was -1");
  }

  @Test
  void rejectsArraysTooShortNamingTheArgument() {
    assertThatThrownBy(() -> seed.forward(new double[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x must hold 32 rows of 50 values, has 10");
    assertThatThrownBy(() -> seed.trainStep(new double[32 * 50], new double[5], 0.1))
        .hasMessage("y must hold 32 rows of 10 values, has 5");
    assertThatThrownBy(() -> seed.setWeights(1, new double[3]))
        .hasMessage("src must hold 25 rows of 25 values, has 3");
    assertThatThrownBy(() -> seed.predict(new double[50], 2, new double[20]))
        .hasMessage("x must hold 2 rows of 50 values, has 50");
  }

  @Test
  void rejectsANegativeRowCount() {
    assertThatThrownBy(() -> seed.predict(new double[0], -1, new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be >= 0, was -1");
  }

  @Test
  void forwardReturnsPredictionsOfTheWholeBatch() {
    double[] x = new double[32 * 50];
    double[] biases = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    seed.setBiases(2, biases);

    double[] predictions = seed.forward(x);

    // Zero weights: every row predicts the output biases.
    assertThat(predictions).hasSize(32 * 10);
    for (int row = 0; row < 32; row++) {
      assertThat(java.util.Arrays.copyOfRange(predictions, row * 10, row * 10 + 10))
          .containsExactly(biases);
    }
  }
}
