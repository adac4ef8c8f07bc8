package io.github.mlpgen.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

/** One SGD step on one batch: forward pass, gradients and update. */
public class TrainStepBenchmark extends NetworkBenchmark {

  public TrainStepBenchmark() {
    super("trainStep");
  }

  /** Returns the loss so the step cannot be dropped as dead code. */
  @Benchmark
  public double trainStep() {
    return network.trainStep(x, y, learningRate);
  }

  @Override
  double callOnce() {
    return trainStep();
  }

  @Override
  long flopsPerCall(Shape resolved) {
    return resolved.trainStepFlops();
  }
}
