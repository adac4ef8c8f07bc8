package io.github.mlpgen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShapeTest {

  @Test
  void countsTheSeedWeights() {
    // 50*25 + 25*25 + 25*10
    assertThat(Shape.SEED.weightCount()).isEqualTo(1250 + 625 + 250);
  }

  @Test
  void countsForwardFlopsAsTwoPerMultiplyAdd() {
    assertThat(Shape.SEED.forwardFlops(32)).isEqualTo(2L * 32 * 2125);
    assertThat(Shape.MNIST.forwardFlops(10_000))
        .isEqualTo(2L * 10_000 * (784 * 256 + 256 * 128 + 128 * 10));
  }

  @Test
  void countsTrainStepFlopsOfTheSeed() {
    long forward = 2L * 32 * 2125;
    long weightGradients = 2L * 32 * 2125;
    long deltasOfLayersTwoAndThree = 2L * 32 * (625 + 250);
    long update = 2L * 2125;
    assertThat(Shape.SEED.trainStepFlops())
        .isEqualTo(forward + weightGradients + deltasOfLayersTwoAndThree + update)
        .isEqualTo(332_250);
  }

  @Test
  void describesItselfWithBatchAndSizes() {
    assertThat(Shape.WIDE.describe()).isEqualTo("n=256 64-64-64-16");
    assertThat(Shape.MNIST.maxFanIn()).isEqualTo(784);
  }

  @Test
  void findsShapesByLowerCaseId() {
    assertThat(Shape.byId("mnist")).isSameAs(Shape.MNIST);
  }

  @Test
  void rejectsUnknownShapeNamingTheKnownOnes() {
    assertThatThrownBy(() -> Shape.byId("MNIST"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown shape 'MNIST', expected one of seed, mnist, wide");
  }

  @Test
  void implementationIdsMatchTheBenchmarkParameters() {
    assertThat(Implementation.byId("vector-float")).isSameAs(Implementation.VECTOR_FLOAT);
    assertThat(Implementation.ids())
        .isEqualTo("reference, ejml, scalar, vector, scalar-float, vector-float");
  }
}
