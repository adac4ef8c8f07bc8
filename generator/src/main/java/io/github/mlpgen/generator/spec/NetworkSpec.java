package io.github.mlpgen.generator.spec;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One network, as a spec file describes it: the generated class's name and package, the
 * batch size {@code n}, the layer sizes, the element type and the backend. Instances are
 * valid by construction only when they come from {@link SpecReader}; the canonical
 * constructor checks nothing beyond nulls, so tests can build any shape directly.
 *
 * @param name the simple name of the generated class
 * @param packageName the package of the generated class ({@code ""} for none)
 * @param batch rows per training step, {@code n}
 * @param input {@code d_in}
 * @param hidden the hidden layer sizes, {@code d1, d2, ...} (ReLU), at least one
 * @param output {@code d_out} (identity activation)
 * @param dtype the element type of the generated arithmetic
 * @param backend which emitter writes the class
 * @param description free text carried into the generated Javadoc ({@code ""} for none)
 */
public record NetworkSpec(
    String name,
    String packageName,
    int batch,
    int input,
    List<Integer> hidden,
    int output,
    DType dtype,
    Backend backend,
    String description) {

  /** The element type of the generated arithmetic. */
  public enum DType {
    DOUBLE,
    FLOAT
  }

  /** Which emitter writes the class. */
  public enum Backend {
    /** Plain Java loops shaped for HotSpot's auto-vectoriser. */
    SCALAR,
    /** Register-blocked kernels on {@code jdk.incubator.vector}. */
    VECTOR
  }

  public NetworkSpec {
    hidden = List.copyOf(hidden);
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(packageName, "packageName");
    java.util.Objects.requireNonNull(dtype, "dtype");
    java.util.Objects.requireNonNull(backend, "backend");
    java.util.Objects.requireNonNull(description, "description");
  }

  /** A double-precision scalar spec with no description, for tests and programmatic use. */
  public static NetworkSpec of(
      String name, String packageName, int batch, int input, List<Integer> hidden, int output) {
    return new NetworkSpec(
        name, packageName, batch, input, hidden, output, DType.DOUBLE, Backend.SCALAR, "");
  }

  /** The same spec with another backend. */
  public NetworkSpec withBackend(Backend newBackend) {
    return new NetworkSpec(
        name, packageName, batch, input, hidden, output, dtype, newBackend, description);
  }

  /** The same spec with another element type. */
  public NetworkSpec withDtype(DType newDtype) {
    return new NetworkSpec(
        name, packageName, batch, input, hidden, output, newDtype, backend, description);
  }

  /** {@code [d_in, d1, ..., d_out]}. */
  public int[] layerSizes() {
    return IntStream.concat(
            IntStream.concat(IntStream.of(input), hidden.stream().mapToInt(Integer::intValue)),
            IntStream.of(output))
        .toArray();
  }

  /** The fully qualified name of the generated class. */
  public String qualifiedName() {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }
}
