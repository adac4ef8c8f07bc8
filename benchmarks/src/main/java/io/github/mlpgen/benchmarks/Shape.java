package io.github.mlpgen.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The network shapes the benchmarks run, with the floating-point operation counts that turn
 * their times into GFLOP/s.
 *
 * <p>Counts are those of the matrix products and the weight update; biases, ReLU and the
 * loss add {@code O(n * sum(fanOut))} and are left out. With {@code P = sum over layers of
 * fanIn * fanOut} and {@code P0 = d_in * d1}:
 *
 * <ul>
 *   <li>forward pass of {@code r} rows: {@code 2 r P};
 *   <li>train step: forward {@code 2 n P}, weight gradients {@code 2 n P}, deltas of every
 *       layer but the first {@code 2 n (P - P0)}, update {@code 2 P}.
 * </ul>
 */
public enum Shape {
  /** The seed experiment: {@code n = 32}, 50-25-25-10. */
  SEED(32, 50, 25, 25, 10),
  /** An MNIST-sized network: {@code n = 64}, 784-256-128-10. */
  MNIST(64, 784, 256, 128, 10),
  /** A large batch of a narrow network: {@code n = 256}, 64-64-64-16. */
  WIDE(256, 64, 64, 64, 16);

  private final int batchSize;
  private final int[] layerSizes;

  Shape(int batchSize, int... layerSizes) {
    this.batchSize = batchSize;
    this.layerSizes = layerSizes;
  }

  /** The name used in {@code @Param} values and reports, such as {@code seed}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The shape with the given {@link #id()}.
   *
   * @throws IllegalArgumentException naming the known ids if there is none
   */
  public static Shape byId(String id) {
    return Stream.of(values())
        .filter(shape -> shape.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown shape '" + id + "', expected one of " + ids()));
  }

  static String ids() {
    return Stream.of(values()).map(Shape::id).collect(Collectors.joining(", "));
  }

  /** Rows per training step, {@code n}. */
  public int batchSize() {
    return batchSize;
  }

  /** {@code [d_in, d1, ..., d_out]}. */
  public int[] layerSizes() {
    return layerSizes.clone();
  }

  /** {@code d_in}. */
  public int inputSize() {
    return layerSizes[0];
  }

  /** {@code d_out}. */
  public int outputSize() {
    return layerSizes[layerSizes.length - 1];
  }

  /** The largest fan-in of any layer. */
  public int maxFanIn() {
    return Arrays.stream(layerSizes, 0, layerSizes.length - 1).max().orElseThrow();
  }

  /** {@code P}: the number of weights (biases not counted). */
  public long weightCount() {
    long count = 0;
    for (int l = 0; l + 1 < layerSizes.length; l++) {
      count += (long) layerSizes[l] * layerSizes[l + 1];
    }
    return count;
  }

  /** Floating-point operations of a forward pass over {@code rows} rows: {@code 2 r P}. */
  public long forwardFlops(long rows) {
    return 2 * rows * weightCount();
  }

  /** Floating-point operations of one train step (see the class comment). */
  public long trainStepFlops() {
    long firstLayer = (long) layerSizes[0] * layerSizes[1];
    long forward = forwardFlops(batchSize);
    long weightGradients = 2L * batchSize * weightCount();
    long deltas = 2L * batchSize * (weightCount() - firstLayer);
    long update = 2 * weightCount();
    return forward + weightGradients + deltas + update;
  }

  /** The layer sizes as {@code n=32 50-25-25-10}, for reports. */
  public String describe() {
    return "n=" + batchSize + " " + Arrays.stream(layerSizes)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining("-"));
  }
}
