package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest(name = "constant {0}")
  @ValueSource(doubles = {0.1, -0.1, 1e100, 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE})
  void aConstantColumnStandardisesToExactlyZeroAtAnyMagnitude(double value) {
    // One pass over 100 times 0.1 gives the mean 0.09999999999999981, not 0.1.
    double[] inputs = new double[200];
    double[] targets = new double[100];
    SplittableRandom random = new SplittableRandom(7);
    for (int row = 0; row < 100; row++) {
      inputs[2 * row] = value;
      inputs[2 * row + 1] = random.nextDouble();
      targets[row] = random.nextDouble();
    }
    Dataset data = Dataset.of(List.of("a", "b"), List.of("y"), inputs, targets);

    Standardization standardization = Standardization.fit(data);
    Dataset standardised = standardization.apply(data);

    assertThat(standardization.inputMeans()[0]).isEqualTo(value);
    assertThat(standardization.inputScales()[0]).isEqualTo(1);
    for (int row = 0; row < 100; row++) {
      assertThat(standardised.input(row, 0)).isZero();
    }
  }

  @Test
  void correctsTheRoundingOfTheSumInTheMean() {
    // 99 times 0.1 and one 0.2: one pass gives 0.1009999999999998, 14 ulps below 0.101.
    double[] x = new double[100];
    Arrays.fill(x, 0.1);
    x[0] = 0.2;
    Dataset data = Dataset.of(List.of("x"), List.of("y"), x, new double[x.length]);

    double mean = Standardization.fit(data).inputMeans()[0];

    assertThat(mean).isCloseTo(0.101, within(Math.ulp(0.101)));
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

  /** Relative error the power-of-two scaled statistics may have against exact arithmetic. */
  private static final double RELATIVE_TOLERANCE = 1e-13;

  @ParameterizedTest(name = "values around {0}")
  @ValueSource(doubles = {1e-300, 1, 1e200, 1e300, 1e307})
  void meanAndScaleMatchExactArithmeticAtAnyMagnitude(double magnitude) {
    SplittableRandom random = new SplittableRandom(5);
    double[] x = new double[50];
    for (int r = 0; r < x.length; r++) {
      x[r] = magnitude * (1 + random.nextDouble());
    }
    Dataset data = Dataset.of(List.of("x"), List.of("y"), x, new double[x.length]);

    Standardization standardization = Standardization.fit(data);

    double mean = standardization.inputMeans()[0];
    double scale = standardization.inputScales()[0];
    assertThat(mean).isFinite().isCloseTo(exactMean(x), within(exactMean(x) * RELATIVE_TOLERANCE));
    assertThat(scale).isFinite().isPositive()
        .isCloseTo(exactDeviation(x), within(exactDeviation(x) * RELATIVE_TOLERANCE));
    double[] standardised = standardization.apply(data).inputs();
    assertThat(Arrays.stream(standardised).allMatch(Double::isFinite)).isTrue();
    assertThat(Arrays.stream(standardised).map(v -> v * v).sum() / x.length)
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void rejectsAColumnWhoseRangeIsWiderThanADoubleNamingIt() {
    Dataset data = Dataset.of(List.of("x", "wide"), List.of("y"),
        new double[] {1, -1.5e308, 2, 1.5e308}, new double[] {0, 1});

    assertThatThrownBy(() -> Standardization.fit(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("input column 'wide' spans -1.5E308 to 1.5E308, a range wider "
            + "than a double holds");
  }

  @Test
  void aSpreadBelowTheSmallestDoubleGetsScaleOne() {
    // The standard deviation, 0.43 times the smallest double, rounds to 0.
    double[] x = {0, 0, 0, Double.MIN_VALUE};
    Dataset data = Dataset.of(List.of("tiny"), List.of("y"), x, new double[] {0, 1, 2, 3});

    Standardization standardization = Standardization.fit(data);

    assertThat(standardization.inputScales()[0]).isEqualTo(1);
    assertThat(standardization.apply(data).inputs()).containsExactly(0, 0, 0, Double.MIN_VALUE);
  }

  private static double exactMean(double[] values) {
    return exactSum(values).divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128)
        .doubleValue();
  }

  private static double exactDeviation(double[] values) {
    BigDecimal mean = exactSum(values)
        .divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128);
    BigDecimal squares = BigDecimal.ZERO;
    for (double value : values) {
      BigDecimal deviation = new BigDecimal(value).subtract(mean);
      squares = squares.add(deviation.multiply(deviation));
    }
    return squares.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128)
        .sqrt(MathContext.DECIMAL128).doubleValue();
  }

  private static BigDecimal exactSum(double[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double value : values) {
      sum = sum.add(new BigDecimal(value));
    }
    return sum;
  }
}
