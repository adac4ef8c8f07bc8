package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizationTest {

  private static final double TOLERANCE = 1e-12;

  /** Inputs: a varying column (1, 2, 3, 4) and a constant one (7); target 10, 20, 30, 40. */
  private static Dataset fourRows() {
    return Dataset.of(List.of("x", "constant"), List.of("y"),
        new double[] {1, 7, 2, 7, 3, 7, 4, 7}, new double[] {10, 20, 30, 40});
  }

  @Test
  void usesMeanAndPopulationStandardDeviation() {
    Standardization standardization = Standardization.fit(fourRows());

    // Deviations from 2.5 are -1.5, -0.5, 0.5, 1.5: mean square (2.25 + 0.25) * 2 / 4 = 1.25.
    assertThat(standardization.inputMeans()).containsExactly(2.5, 7);
    assertThat(standardization.inputScales()[0]).isCloseTo(Math.sqrt(1.25), within(TOLERANCE));
    assertThat(standardization.targetMeans()).containsExactly(25);
    assertThat(standardization.targetScales()[0]).isCloseTo(Math.sqrt(125), within(TOLERANCE));
  }

  @Test
  void givesAConstantColumnScaleOne() {
    Standardization standardization = Standardization.fit(fourRows());
    Dataset standardised = standardization.apply(fourRows());

    assertThat(standardization.inputScales()[1]).isEqualTo(1);
    for (int row = 0; row < 4; row++) {
      assertThat(standardised.input(row, 1)).isZero();
    }
  }

  @Test
  void fitsOnlyTheRowsItIsGiven() {
    Dataset training = fourRows().select(new int[] {0, 1});
    Standardization standardization = Standardization.fit(training);
    Dataset all = standardization.apply(fourRows());

    assertThat(standardization.inputMeans()[0]).isEqualTo(1.5);
    assertThat(standardization.targetMeans()[0]).isEqualTo(15);
    // Row 3 (x = 4) lies 2.5 / 0.5 = 5 training deviations above the training mean.
    assertThat(all.input(3, 0)).isCloseTo(5, within(TOLERANCE));
  }

  @Test
  void restoresTargetsToOriginalUnits() {
    Standardization standardization = Standardization.fit(fourRows());
    double[] standardised = standardization.apply(fourRows()).targets();

    standardization.restoreTargets(standardised, 4);

    assertThat(standardised[0]).isCloseTo(10, within(TOLERANCE));
    assertThat(standardised[3]).isCloseTo(40, within(TOLERANCE));
  }

  @Test
  void identityChangesNothing() {
    Standardization identity = Standardization.identity(2, 1);

    assertThat(identity.isIdentity()).isTrue();
    assertThat(identity.apply(fourRows()).inputs()).containsExactly(fourRows().inputs());
    assertThat(Standardization.fit(fourRows()).isIdentity()).isFalse();
  }
}
