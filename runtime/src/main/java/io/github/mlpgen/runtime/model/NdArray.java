package io.github.mlpgen.runtime.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named n-dimensional array of doubles in C (row-major) order, as one {@code .npy} entry of
 * an {@code .npz} file holds it. The arrays are copied in and out.
 *
 * @param name the name numpy sees, such as {@code w1} (the entry {@code w1.npy})
 * @param shape the size of every dimension; empty for a scalar
 * @param values the elements, last index fastest; as many as the product of {@code shape}
 */
public record NdArray(String name, int[] shape, double[] values) {

  /** Validates the name and that {@code values} fills {@code shape}; copies both arrays. */
  public NdArray {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an array name must not be empty");
    }
    shape = Objects.requireNonNull(shape, "shape").clone();
    values = Objects.requireNonNull(values, "values").clone();
    long count = elementCount(shape);
    if (count != values.length) {
      throw new IllegalArgumentException("array " + name + " has shape " + shapeText(shape)
          + " of " + count + " elements but " + values.length + " values");
    }
  }

  /** A copy of the shape. */
  @Override
  public int[] shape() {
    return shape.clone();
  }

  /** A copy of the values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** The shape as Python writes a tuple: {@code (50, 25)}, {@code (25,)} or {@code ()}. */
  public String shapeText() {
    return shapeText(shape);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NdArray array
        && name.equals(array.name)
        && Arrays.equals(shape, array.shape)
        && Arrays.equals(values, array.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(shape), Arrays.hashCode(values));
  }

  /** The name and the shape; the values would be too long to read. */
  @Override
  public String toString() {
    return "NdArray[" + name + " " + shapeText() + "]";
  }

  /**
   * The product of the sizes, {@code -1} if a size is negative, or {@link Long#MAX_VALUE} if
   * the product would not fit in a long.
   */
  static long elementCount(int[] shape) {
    long count = 1;
    for (int size : shape) {
      if (size < 0) {
        return -1;
      }
    }
    for (int size : shape) {
      if (size == 0) {
        return 0;
      }
      count = count > Long.MAX_VALUE / size ? Long.MAX_VALUE : count * size;
    }
    return count;
  }

  static String shapeText(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      text.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return text.append(')').toString();
  }
}
