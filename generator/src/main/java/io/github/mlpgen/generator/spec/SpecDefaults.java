package io.github.mlpgen.generator.spec;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import java.util.Objects;

/**
 * Values for the optional fields a spec file leaves out, such as those a build configures
 * for all of its specs. A value written in the file always wins over its default.
 *
 * @param dtype the element type when the file has no {@code dtype}
 * @param backend the backend when the file has no {@code backend}
 */
public record SpecDefaults(DType dtype, Backend backend) {

  /** The defaults of the spec format itself: {@code double} arithmetic, {@code scalar}. */
  public static final SpecDefaults STANDARD = new SpecDefaults(DType.DOUBLE, Backend.SCALAR);

  /** Checks that no component is null. */
  public SpecDefaults {
    Objects.requireNonNull(dtype, "dtype");
    Objects.requireNonNull(backend, "backend");
  }

  /** The same defaults with another element type. */
  public SpecDefaults withDtype(DType newDtype) {
    return new SpecDefaults(newDtype, backend);
  }

  /** The same defaults with another backend. */
  public SpecDefaults withBackend(Backend newBackend) {
    return new SpecDefaults(dtype, newBackend);
  }
}
