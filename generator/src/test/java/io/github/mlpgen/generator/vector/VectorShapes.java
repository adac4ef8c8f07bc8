package io.github.mlpgen.generator.vector;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.ShapeGrid.Shape;
import io.github.mlpgen.generator.compile.NetworkCompiler;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.runtime.Network;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shape grid's specs with the vector backend, generated and compiled once per test run
 * with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorShapes {

  /** What one spec compiled to. */
  record Compiled(GeneratedSource source, Map<String, byte[]> classFiles,
      Class<? extends Network> networkClass) {

    Network newNetwork() {
      return NetworkCompiler.newInstance(networkClass);
    }
  }

  private static final Map<NetworkSpec, Compiled> CACHE = new ConcurrentHashMap<>();

  private VectorShapes() {}

  /** {@code shape}'s spec with the vector backend and a class name of its own. */
  static NetworkSpec vectorSpec(Shape shape) {
    NetworkSpec spec = shape.spec().withBackend(Backend.VECTOR);
    return new NetworkSpec(spec.name() + "Vector", spec.packageName(), spec.batch(),
        spec.input(), spec.hidden(), spec.output(), spec.dtype(), spec.backend(),
        spec.description());
  }

  /** The compiled vector class of {@code shape}. */
  static Compiled of(Shape shape) {
    return CACHE.computeIfAbsent(vectorSpec(shape), VectorShapes::compile);
  }

  private static Compiled compile(NetworkSpec spec) {
    GeneratedSource source = MlpGenerator.generate(spec, spec.name() + ".mlp.json");
    Map<String, byte[]> classFiles =
        NetworkCompiler.compileToClassFiles(source, VectorEmitter.MODULE_OPTIONS);
    return new Compiled(
        source, classFiles, NetworkCompiler.load(source.qualifiedName(), classFiles));
  }
}
