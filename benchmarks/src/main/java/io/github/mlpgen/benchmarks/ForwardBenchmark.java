package io.github.mlpgen.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/** One forward pass over one batch of {@code n} rows. */
public class ForwardBenchmark extends NetworkBenchmark {

  public ForwardBenchmark() {
    super("forward");
  }

  /** Returns the predictions so the pass cannot be dropped as dead code. */
  @Benchmark
  public double[] forward() {
    return network.forward(x);
  }

  @Override
  double callOnce() {
    return forward()[0];
  }

  @Override
  long flopsPerCall(Shape resolved) {
    return resolved.forwardFlops(resolved.batchSize());
  }
}
