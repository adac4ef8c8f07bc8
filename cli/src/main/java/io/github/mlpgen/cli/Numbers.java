package io.github.mlpgen.cli;

import java.util.Locale;

/** How the command prints measured values such as RMSEs. */
final class Numbers {

  /** From here up a value is printed in scientific notation rather than with every digit. */
  static final double LARGE = 1e6;

  /** Below this (and above 0) fixed notation would print only zeros. */
  static final double SMALL = 1e-4;

  private Numbers() {}

  /** {@code 0.2884}, or {@code 3.1623e+150} for a value too large or too small for that. */
  static String rmse(double value) {
    double magnitude = Math.abs(value);
    boolean fixed = magnitude == 0 || (magnitude >= SMALL && magnitude < LARGE);
    return String.format(Locale.ROOT, fixed ? "%.4f" : "%.4e", value);
  }
}
