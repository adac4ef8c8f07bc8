package io.github.mlpgen.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/** One SGD step on one batch: forward pass, gradients and update. */
public class TrainStepBenchmark extends NetworkBenchmark {

  /** Returns the loss so the step cannot be dropped as dead code. */
  @Benchmark
  public double trainStep() {
    return network.trainStep(x, y, learningRate);
  }
}
