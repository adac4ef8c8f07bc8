package io.github.mlpgen.benchmarks.report;

import io.github.mlpgen.benchmarks.PredictBenchmark;
import io.github.mlpgen.benchmarks.Shape;
import java.util.stream.Stream;

/** The benchmarked operations, in report order, with their floating-point operation counts. */
enum Operation {
  TRAIN_STEP("trainStep", "Train step (one batch)"),
  FORWARD("forward", "Forward pass (one batch)"),
  PREDICT("predict", "predict over " + String.format("%,d", PredictBenchmark.ROWS) + " rows");

  private final String method;
  private final String title;

  Operation(String method, String title) {
    this.method = method;
    this.title = title;
  }

  /** The name of the benchmark method, which numpy_step.py also uses. */
  String method() {
    return method;
  }

  String title() {
    return title;
  }

  /** Floating-point operations of one call on {@code shape} (see {@link Shape}). */
  long flops(Shape shape) {
    return switch (this) {
      case TRAIN_STEP -> shape.trainStepFlops();
      case FORWARD -> shape.forwardFlops(shape.batchSize());
      case PREDICT -> shape.forwardFlops(PredictBenchmark.ROWS);
    };
  }

  /**
   * The operation whose benchmark method is {@code method}.
   *
   * @throws IllegalArgumentException if there is none
   */
  static Operation byMethod(String method) {
    return Stream.of(values())
        .filter(operation -> operation.method.equals(method))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown benchmark method " + method));
  }
}
