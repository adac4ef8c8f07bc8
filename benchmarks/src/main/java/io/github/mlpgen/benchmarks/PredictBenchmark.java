package io.github.mlpgen.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;

/** Predictions for {@value #ROWS} rows, a number that is not a multiple of any batch size. */
public class PredictBenchmark extends NetworkBenchmark {

  /** The rows of one {@code predict} call. */
  public static final int ROWS = 10_000;

  double[] rows;
  double[] predictions;

  public PredictBenchmark() {
    super("predict");
  }

  /** Draws the rows to predict, before the warm-up needs them. */
  @Override
  void prepare(Shape resolved) {
    rows = uniform(new SplittableRandom(DATA_SEED + 1), ROWS * resolved.inputSize());
    predictions = new double[ROWS * resolved.outputSize()];
  }

  /** Returns the predictions so the call cannot be dropped as dead code. */
  @Benchmark
  public double[] predict() {
    network.predict(rows, ROWS, predictions);
    return predictions;
  }

  @Override
  double callOnce() {
    return predict()[0];
  }

  @Override
  long flopsPerCall(Shape resolved) {
    return resolved.forwardFlops(ROWS);
  }
}
