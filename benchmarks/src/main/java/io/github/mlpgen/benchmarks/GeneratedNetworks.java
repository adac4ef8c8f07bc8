package io.github.mlpgen.benchmarks;

import io.github.mlpgen.generator.compile.NetworkCompiler;
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

  /**
   * Generates, compiles and instantiates the class. The Vector API backend also needs
   * {@code --add-modules jdk.incubator.vector} on this JVM's command line, which the JMH
   * forks get from {@link NetworkBenchmark}.
   */
  static Network create(Shape shape, Backend backend, DType dtype) {
    List<String> javacOptions = backend == Backend.VECTOR
        ? List.of("--add-modules", "jdk.incubator.vector")
        : List.of();
    return NetworkCompiler.instantiate(spec(shape, backend, dtype), javacOptions);
  }

  private static String capitalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
