package io.github.mlpgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductShapeTest {

  @Test
  void splitsFiftyTermsIntoHeadLoopAndTail() {
    ProductShape shape = new ProductShape(32, 50, 28, 2, 4);

    assertThat(shape.headTerms()).isEqualTo(4);
    assertThat(shape.loopEnd()).isEqualTo(48);
    assertThat(shape.tailTerms()).isEqualTo(2);
  }

  @Test
  void fewerTermsThanABlockFormOnlyTheHead() {
    ProductShape shape = new ProductShape(1, 3, 4, 1, 4);

    assertThat(shape.headTerms()).isEqualTo(3);
    assertThat(shape.loopEnd()).isEqualTo(3);
    assertThat(shape.tailTerms()).isZero();
  }

  @Test
  void wholeBlocksLeaveNoTail() {
    ProductShape shape = new ProductShape(4, 8, 4, 2, 4);

    assertThat(shape.loopEnd()).isEqualTo(8);
    assertThat(shape.tailTerms()).isZero();
  }

  @Test
  void oddRowsLeaveOneRowOutsideTheBlocks() {
    assertThat(new ProductShape(7, 13, 32, 2, 4).blockedRows()).isEqualTo(6);
    assertThat(new ProductShape(1, 13, 32, 2, 4).blockedRows()).isZero();
  }

  @Test
  void countsMultiplyAddsWithPadding() {
    assertThat(new ProductShape(64, 784, 256, 2, 4).multiplyAdds()).isEqualTo(64L * 784 * 256);
  }

  @Test
  void rejectsZeroTerms() {
    assertThatThrownBy(() -> new ProductShape(2, 0, 4, 2, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms must be >= 1, was 0");
  }
}
