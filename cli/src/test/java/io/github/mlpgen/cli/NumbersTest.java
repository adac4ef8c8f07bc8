package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest(name = "{0} steps/s reads {1}")
  @CsvSource({
    "181.4,        181",
    "10,           10",
    "9.94,         9.9",
    "9.96,         10",
    "2.5,          2.5",
    "1,            1",
    "0.0208442,    0.021",
    "0.000012345,  0.000012",
    "0,            0",
  })
  void ratesBelowTenKeepTwoSignificantDigits(double perSecond, String expected) {
    assertThat(Numbers.rate(perSecond)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({
    "0.28843,  0.2884",
    "0,        0.0000",
    "3.16e150, 3.1600e+150",
    "1.2e-5,   1.2000e-05",
  })
  void rmsesHaveFourDecimalsOrScientificNotation(double rmse, String expected) {
    assertThat(Numbers.rmse(rmse)).isEqualTo(expected);
  }
}
