package io.github.mlpgen.benchmarks.report;

/** How uncertain a time per operation is, in microseconds. */
sealed interface Spread {

  /** JMH's half-width of the 99.9% confidence interval. */
  record Error(double micros) implements Spread {}

  /**
   * The fastest and slowest of several repeats around their median (numpy), or of JMH's
   * iterations around their mean when there are too few for an interval.
   */
  record Range(double minMicros, double maxMicros) implements Spread {}
}
