package io.github.mlpgen.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/** One forward pass over one batch of {@code n} rows. */
public class ForwardBenchmark extends NetworkBenchmark {

  /** Returns the predictions so the pass cannot be dropped as dead code. */
  @Benchmark
  public double[] forward() {
    return network.forward(x);
  }
}
