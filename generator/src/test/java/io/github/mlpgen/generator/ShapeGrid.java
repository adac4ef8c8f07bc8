package io.github.mlpgen.generator;

import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import java.util.List;

/**
 * The shapes every generator test covers: the seed network and the edge cases of the kernel
 * plan (one row, single units, odd sizes that leave row and term remainders, one and three
 * hidden layers, and a large shape).
 */
public final class ShapeGrid {

  /** One shape of the grid, with the training steps a differential test runs on it. */
  public record Shape(String label, NetworkSpec spec, int steps) {

    /** {@code [d_in, d1, ..., d_out]}. */
    public int[] sizes() {
      return spec.layerSizes();
    }

    public int batch() {
      return spec.batch();
    }
  }

  /** Steps for every shape but the large one. */
  public static final int STEPS = 200;

  /**
   * Steps for n=64 784-256-128-10: one reference step there is about 80 million multiply-adds
   * of plain generic Java, so 200 steps would take the test suite minutes; 20 steps still
   * move every parameter through many updates.
   */
  public static final int LARGE_STEPS = 20;

  /** The double-precision grid. */
  public static final List<Shape> DOUBLE = List.of(
      shape("seed", 32, 50, List.of(25, 25), 10, STEPS),
      shape("batchOne", 1, 50, List.of(25, 25), 10, STEPS),
      shape("singleUnits", 4, 1, List.of(1, 1), 1, STEPS),
      shape("threeHidden", 16, 12, List.of(24, 16, 8), 4, STEPS),
      shape("oddSizes", 7, 13, List.of(31, 7), 3, STEPS),
      shape("oneHidden", 9, 6, List.of(5), 2, STEPS),
      shape("large", 64, 784, List.of(256, 128), 10, LARGE_STEPS));

  /** The large shape, n=64 784-256-128-10. */
  public static final Shape LARGE = DOUBLE.get(6);

  /** The large shape in float precision. */
  public static final Shape LARGE_FLOAT = floatShape(LARGE);

  /**
   * Float versions of the shapes that exercise every remainder path, and of the ways a float
   * class converts the doubles it is given: outputs in whole vectors of 8 and in half vectors
   * (the 8 columns of a narrowed store end on the padded row's end), and batches of inputs
   * too short for a vector at all.
   */
  public static final List<Shape> FLOAT = List.of(
      floatShape(DOUBLE.get(0)), floatShape(DOUBLE.get(2)), floatShape(DOUBLE.get(4)),
      floatShape(DOUBLE.get(3)),
      floatShape(shape("wholeOutputVectors", 5, 9, List.of(8), 16, STEPS)));

  private ShapeGrid() {}

  /** The seed shape, n=32 50-25-25-10, in double precision. */
  public static NetworkSpec seed() {
    return DOUBLE.get(0).spec();
  }

  private static Shape shape(
      String label, int batch, int input, List<Integer> hidden, int output, int steps) {
    String name = "Grid" + Character.toUpperCase(label.charAt(0)) + label.substring(1);
    return new Shape(label, NetworkSpec.of(name, "grid", batch, input, hidden, output), steps);
  }

  private static Shape floatShape(Shape shape) {
    NetworkSpec spec = shape.spec().withDtype(DType.FLOAT);
    NetworkSpec renamed = new NetworkSpec(spec.name() + "Float", spec.packageName(),
        spec.batch(), spec.input(), spec.hidden(), spec.output(), spec.dtype(), spec.backend(),
        spec.description());
    return new Shape(shape.label() + "Float", renamed, shape.steps());
  }
}
