package io.github.mlpgen.generator.plan;

import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;

/**
 * The shape of a network as its kernels see it. Layers are numbered as in the derivation:
 * layer {@code l} (from 1 to {@link #layerCount()}) maps units {@code l - 1} to units
 * {@code l}; units {@code 0} are the input, units {@link #layerCount()} the output.
 *
 * <p>Every row the kernels sweep as an innermost loop (the units of layers 1 to L) is padded
 * with zeros to a whole number of 256-bit vectors, so C2's vectorised loop needs no scalar
 * tail. Padding is exact: padded weights, biases and gradients are zero and stay zero, and no
 * sum over real units includes a padded one. The input is never swept as an innermost loop
 * and is not padded.
 */
public final class KernelPlan {

  /**
   * Result rows per pass over the columns of a product. Two rows by {@link #TERM_BLOCK} terms
   * keep 8 broadcast coefficients, 4 loaded elements and 2 sums live in the vectorised loop:
   * 14 of AVX2's 16 vector registers. Four rows would need 24 and spill.
   */
  public static final int ROW_BLOCK = 2;

  /**
   * Terms per pass over the columns of a product: each partial sum is loaded and stored once
   * per four multiply-adds instead of once per one.
   */
  public static final int TERM_BLOCK = 4;

  /** Rows are padded to a multiple of this many bytes: one AVX2 register. */
  public static final int VECTOR_BYTES = 32;

  private final int batch;
  private final int[] sizes;
  private final int lanes;

  private KernelPlan(int batch, int[] sizes, int lanes) {
    this.batch = batch;
    this.sizes = sizes;
    this.lanes = lanes;
  }

  /** The plan of {@code spec}, which must have positive sizes and at least one hidden layer. */
  public static KernelPlan of(NetworkSpec spec) {
    int elementBytes = spec.dtype() == DType.FLOAT ? Float.BYTES : Double.BYTES;
    return new KernelPlan(spec.batch(), spec.layerSizes(), VECTOR_BYTES / elementBytes);
  }

  /** Rows per batch, {@code n}. */
  public int batch() {
    return batch;
  }

  /** Weight layers: hidden layers plus one. */
  public int layerCount() {
    return sizes.length - 1;
  }

  /** Elements per padded row: 4 doubles or 8 floats. */
  public int lanes() {
    return lanes;
  }

  /** The real number of units {@code units} ({@code 0} input, {@link #layerCount()} output). */
  public int size(int units) {
    return sizes[units];
  }

  /** The row length that holds {@code units}: padded for layers, exact for the input. */
  public int width(int units) {
    return units == 0 ? sizes[0] : padded(sizes[units], lanes);
  }

  /** {@code h_l = a_(l-1) . W_l}: batch rows, a sum over the layer's inputs. */
  public ProductShape forward(int layer) {
    return new ProductShape(batch, size(layer - 1), width(layer), ROW_BLOCK, TERM_BLOCK);
  }

  /** {@code dW_l = a_(l-1)^T . delta_l}: one row per input unit, a sum over the batch. */
  public ProductShape weightGradient(int layer) {
    return new ProductShape(size(layer - 1), batch, width(layer), ROW_BLOCK, TERM_BLOCK);
  }

  /** {@code db_l = column sums of delta_l}: one row, a sum over the batch. */
  public ProductShape biasGradient(int layer) {
    return new ProductShape(1, batch, width(layer), 1, TERM_BLOCK);
  }

  /** {@code delta_l W_l^T}: batch rows, a sum over the layer's outputs. */
  public ProductShape propagation(int layer) {
    return new ProductShape(batch, size(layer), width(layer - 1), ROW_BLOCK, TERM_BLOCK);
  }

  /** {@code size} rounded up to a multiple of {@code lanes}. */
  public static int padded(int size, int lanes) {
    return (size + lanes - 1) / lanes * lanes;
  }
}
