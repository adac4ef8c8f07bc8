package io.github.mlpgen.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the command prints measured values such as RMSEs. */
final class Numbers {

  /** From here up a value is printed in scientific notation rather than with every digit. */
  static final double LARGE = 1e6;

  /** Below this (and above 0) fixed notation would print only zeros. */
  static final double SMALL = 1e-4;

  /** Below this a rate gets two significant digits: as a whole number it would read 0 to 9. */
  static final double FEW = 10;

  private static final MathContext TWO_DIGITS = new MathContext(2);

  private Numbers() {}

  /** {@code 0.2884}, or {@code 3.1623e+150} for a value too large or too small for that. */
  static String rmse(double value) {
    double magnitude = Math.abs(value);
    boolean fixed = magnitude == 0 || (magnitude >= SMALL && magnitude < LARGE);
    return String.format(Locale.ROOT, fixed ? "%.4f" : "%.4e", value);
  }

  /** {@code 181}, or two significant digits below {@link #FEW}: {@code 2.5}, {@code 0.021}. */
  static String rate(double perSecond) {
    if (perSecond >= FEW || perSecond == 0 || !Double.isFinite(perSecond)) {
      return String.format(Locale.ROOT, "%.0f", perSecond);
    }
    return new BigDecimal(perSecond).round(TWO_DIGITS).stripTrailingZeros().toPlainString();
  }
}
