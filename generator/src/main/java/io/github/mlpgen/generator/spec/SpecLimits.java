package io.github.mlpgen.generator.spec;

/**
 * The largest values a spec file may hold, each with the reason for its bound. {@link
 * SpecReader} rejects anything beyond them; the emitters may rely on them.
 */
public final class SpecLimits {

  /**
   * Rows per batch, {@code n}. With {@link #MAX_LAYER_SIZE} it keeps every index the generated
   * code computes ({@code row * size + column}) below {@code 2^24}, far inside {@code int}
   * range, and shape-specialised code gains nothing once a batch no longer fits in cache.
   */
  public static final int MAX_BATCH = 4096;

  /**
   * Units in any one layer, input and output included. It keeps every weight matrix index
   * below {@code 2^24}, and a matrix of {@code 4096 x 4096} doubles (128 MiB) is already far
   * beyond the cache-resident sizes the generated kernels are shaped for.
   */
  public static final int MAX_LAYER_SIZE = 4096;

  /**
   * Hidden layers. Every layer adds its own fields and methods to the generated class, so
   * the count bounds the class's size; a plain ReLU network without normalisation rarely
   * trains well beyond a handful of layers anyway.
   */
  public static final int MAX_HIDDEN_LAYERS = 16;

  /**
   * Weights and biases of all layers together ({@code 2^24}). The generated class allocates
   * the parameters, their gradients and working copies as arrays when it is constructed; at
   * this bound one copy is 128 MiB in double precision, which still fits a default heap.
   */
  public static final long MAX_PARAMETERS = 1L << 24;

  /**
   * Activation values of one batch, {@code batch x (input + hidden sizes + output)}
   * ({@code 2^24}). The generated class keeps pre-activations, activations and deltas of every
   * layer for a whole batch as arrays; the bound keeps one such set at 128 MiB in double.
   */
  public static final long MAX_ACTIVATIONS = 1L << 24;

  /**
   * Characters in {@code name}. The class becomes {@code <name>.java} and {@code
   * <name>.class} (plus {@code <name>$...} for nested classes) on disk, and common file
   * systems cap a file name at 255 bytes.
   */
  public static final int MAX_NAME_LENGTH = 128;

  /**
   * Characters in {@code package}. Every segment becomes a folder; the bound keeps generated
   * paths well below the 260-character default path limit of Windows tools.
   */
  public static final int MAX_PACKAGE_LENGTH = 160;

  /**
   * Characters in {@code description}. It is a summary for the generated Javadoc; longer text
   * belongs in the project's own documentation.
   */
  public static final int MAX_DESCRIPTION_LENGTH = 4000;

  /**
   * Bytes in a spec file (1 MiB). A spec is a dozen lines; the bound stops a data file
   * named by mistake from being read whole before it is rejected.
   */
  public static final int MAX_FILE_BYTES = 1 << 20;

  private SpecLimits() {}
}
