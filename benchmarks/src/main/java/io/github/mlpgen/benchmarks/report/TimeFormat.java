package io.github.mlpgen.benchmarks.report;

import java.util.Locale;

/** Times per operation in the unit that suits their size, with their spread. */
final class TimeFormat {

  private TimeFormat() {}

  /** Such as {@code 12.3 ± 0.4 us}, {@code 1.25 ± 0.02 ms} or {@code 812 us [790, 850]}. */
  static String format(double micros, Spread spread) {
    double scale = micros >= 1e6 ? 1e6 : micros >= 1e3 ? 1e3 : 1;
    String unit = scale == 1e6 ? "s" : scale == 1e3 ? "ms" : "us";
    // Three significant digits for the value; the spread gets the same decimals.
    double scaled = micros / scale;
    String pattern = scaled >= 100 ? "%.0f" : scaled >= 10 ? "%.1f" : "%.2f";
    String value = String.format(Locale.ROOT, pattern, scaled);
    if (spread instanceof Spread.Range range) {
      String min = String.format(Locale.ROOT, pattern, range.minMicros() / scale);
      String max = String.format(Locale.ROOT, pattern, range.maxMicros() / scale);
      return value + " " + unit + " [" + min + ", " + max + "]";
    }
    double error = ((Spread.Error) spread).micros();
    if (Double.isNaN(error)) {
      return value + " " + unit;
    }
    return value + " ± " + String.format(Locale.ROOT, pattern, error / scale) + " " + unit;
  }
}
