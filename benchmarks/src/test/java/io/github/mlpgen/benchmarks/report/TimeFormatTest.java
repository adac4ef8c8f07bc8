package io.github.mlpgen.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeFormatTest {

  @Test
  void keepsThreeSignificantDigitsInMicroseconds() {
    assertThat(TimeFormat.format(4.567, new Spread.Error(0.1234))).isEqualTo("4.57 ± 0.12 us");
    assertThat(TimeFormat.format(456.7, new Spread.Error(12.3))).isEqualTo("457 ± 12 us");
  }

  @Test
  void switchesToMillisecondsAndSeconds() {
    assertThat(TimeFormat.format(12_345, new Spread.Error(210))).isEqualTo("12.3 ± 0.2 ms");
    assertThat(TimeFormat.format(1_500_000, new Spread.Error(20_000)))
        .isEqualTo("1.50 ± 0.02 s");
  }

  @Test
  void leavesOutAnErrorJmhCouldNotCompute() {
    assertThat(TimeFormat.format(80, new Spread.Error(Double.NaN))).isEqualTo("80.0 us");
  }

  @Test
  void showsARangeAfterTheUnit() {
    assertThat(TimeFormat.format(2500, new Spread.Range(2400, 3100)))
        .isEqualTo("2.50 ms [2.40, 3.10]");
  }
}
