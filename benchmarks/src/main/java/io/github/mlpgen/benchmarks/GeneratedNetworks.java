package io.github.mlpgen.benchmarks;

import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import io.github.mlpgen.runtime.Network;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Generates and compiles, in this JVM, the class of one shape, backend and element type, so
 * the benchmarks measure what the generator emits today rather than a checked-in copy.
 */
final class GeneratedNetworks {

  /** The package of every class the benchmarks generate. */
  static final String PACKAGE = "io.github.mlpgen.benchmarks.generated";

  private GeneratedNetworks() {}

  /** The spec the benchmarks generate for {@code shape}, {@code backend} and {@code dtype}. */
  static NetworkSpec spec(Shape shape, Backend backend, DType dtype) {
    int[] sizes = shape.layerSizes();
    List<Integer> hidden = Arrays.stream(sizes, 1, sizes.length - 1).boxed().toList();
    String name = capitalise(shape.id()) + capitalise(backend.name()) + capitalise(dtype.name());
    return NetworkSpec.of(name, PACKAGE, shape.batchSize(), sizes[0], hidden, shape.outputSize())
        .withBackend(backend)
        .withDtype(dtype);
  }

  static Network create(Shape shape, Backend backend, DType dtype) {
    NetworkSpec spec = spec(shape, backend, dtype);
    throw new UnsupportedOperationException(
        "no in-process compiler for " + spec.qualifiedName() + " yet");
  }

  private static String capitalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
