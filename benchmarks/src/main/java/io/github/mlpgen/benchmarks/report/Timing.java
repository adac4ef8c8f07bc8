package io.github.mlpgen.benchmarks.report;

import io.github.mlpgen.benchmarks.Shape;
import java.util.OptionalDouble;

/**
 * One measured time per operation.
 *
 * @param operation what was timed
 * @param shape on which network shape
 * @param implementation an implementation id, or {@link #NUMPY} for the numpy baseline
 * @param micros the score: JMH's mean or numpy's median, microseconds per operation
 * @param spread how uncertain {@code micros} is
 * @param bytesPerOp bytes allocated per operation, where a profiler measured them
 * @param callsPerIteration how many operations one measurement iteration ran on average
 *     (NaN where there are no iterations)
 */
record Timing(
    Operation operation,
    Shape shape,
    String implementation,
    double micros,
    Spread spread,
    OptionalDouble bytesPerOp,
    double callsPerIteration) {

  /** The implementation name of numpy's timings. */
  static final String NUMPY = "numpy";

  /** {@code 1e9} floating-point operations per second at this time. */
  double gigaflops() {
    return operation.flops(shape) / (micros * 1e3);
  }
}
