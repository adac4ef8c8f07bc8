package io.github.mlpgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelPlanTest {

  private static final NetworkSpec SEED =
      NetworkSpec.of("Seed", "p", 32, 50, List.of(25, 25), 10);

  @Test
  void padsLayerRowsToWholeAvx2VectorsButNotTheInput() {
    KernelPlan doubles = KernelPlan.of(SEED);
    KernelPlan floats = KernelPlan.of(SEED.withDtype(DType.FLOAT));

    assertThat(doubles.lanes()).isEqualTo(4);
    assertThat(List.of(doubles.width(0), doubles.width(1), doubles.width(3)))
        .containsExactly(50, 28, 12);
    assertThat(floats.lanes()).isEqualTo(8);
    assertThat(List.of(floats.width(0), floats.width(1), floats.width(3)))
        .containsExactly(50, 32, 16);
  }

  @Test
  void roundsUpToTheNextMultiple() {
    assertThat(KernelPlan.padded(1, 4)).isEqualTo(4);
    assertThat(KernelPlan.padded(4, 4)).isEqualTo(4);
    assertThat(KernelPlan.padded(5, 4)).isEqualTo(8);
    assertThat(KernelPlan.padded(256, 8)).isEqualTo(256);
  }

  @Test
  void shapesEachProductOfALayer() {
    KernelPlan plan = KernelPlan.of(SEED);

    assertThat(plan.layerCount()).isEqualTo(3);
    assertThat(plan.forward(1)).isEqualTo(new ProductShape(32, 50, 28, 2, 4));
    assertThat(plan.weightGradient(3)).isEqualTo(new ProductShape(25, 32, 12, 2, 4));
    assertThat(plan.biasGradient(2)).isEqualTo(new ProductShape(1, 32, 28, 1, 4));
    assertThat(plan.propagation(3)).isEqualTo(new ProductShape(32, 10, 28, 2, 4));
  }
}
