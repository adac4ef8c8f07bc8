package io.github.mlpgen.benchmarks;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The networks the benchmarks compare, each built for a {@link Shape} on demand. */
public enum Implementation {
  /** {@link ReferenceNetwork}: generic loops, sizes from run-time values. */
  REFERENCE(null, null),
  /** {@link EjmlNetwork}: EJML's dense row-major products, sizes from run-time values. */
  EJML(null, null),
  /** The generated scalar class in double precision. */
  SCALAR(Backend.SCALAR, DType.DOUBLE),
  /** The generated Vector API class in double precision. */
  VECTOR(Backend.VECTOR, DType.DOUBLE),
  /** The generated scalar class in single precision. */
  SCALAR_FLOAT(Backend.SCALAR, DType.FLOAT),
  /** The generated Vector API class in single precision. */
  VECTOR_FLOAT(Backend.VECTOR, DType.FLOAT);

  private final Backend backend;
  private final DType dtype;

  Implementation(Backend backend, DType dtype) {
    this.backend = backend;
    this.dtype = dtype;
  }

  /** The name used in {@code @Param} values and reports, such as {@code scalar-float}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The implementation with the given {@link #id()}.
   *
   * @throws IllegalArgumentException naming the known ids if there is none
   */
  public static Implementation byId(String id) {
    return Stream.of(values())
        .filter(implementation -> implementation.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown implementation '" + id + "', expected one of " + ids()));
  }

  static String ids() {
    return Stream.of(values()).map(Implementation::id).collect(Collectors.joining(", "));
  }

  /** Whether the network is generated for its shape (rather than generic). */
  public boolean isGenerated() {
    return backend != null;
  }

  /** Whether the network computes in single precision. */
  public boolean isSinglePrecision() {
    return dtype == DType.FLOAT;
  }

  /**
   * A new network of {@code shape} with all parameters 0.
   *
   * @throws RuntimeException of whatever kind the generator or compiler throws when this
   *     implementation cannot be built for the shape (for example a backend not written yet)
   */
  public Network create(Shape shape) {
    if (this == REFERENCE) {
      return new ReferenceNetwork(shape.batchSize(), shape.layerSizes());
    }
    if (this == EJML) {
      return new EjmlNetwork(shape.batchSize(), shape.layerSizes());
    }
    return GeneratedNetworks.create(shape, backend, dtype);
  }
}
