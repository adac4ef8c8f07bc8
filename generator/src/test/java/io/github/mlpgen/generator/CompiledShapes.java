package io.github.mlpgen.generator;

import io.github.mlpgen.generator.compile.NetworkCompiler;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.Network;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generated and compiled networks, cached for the whole test run: compiling a shape takes
 * javac a second or more, and several test classes need the same shapes.
 */
public final class CompiledShapes {

  /** What one spec compiled to. */
  public record Compiled(GeneratedSource source, Map<String, byte[]> classFiles,
      Class<? extends Network> networkClass) {

    public Network newNetwork() {
      return NetworkCompiler.newInstance(networkClass);
    }
  }

  private static final Map<NetworkSpec, Compiled> CACHE = new ConcurrentHashMap<>();

  private CompiledShapes() {}

  /** The compiled class of {@code spec}, generated from a file named after it. */
  public static Compiled of(NetworkSpec spec) {
    return CACHE.computeIfAbsent(spec, CompiledShapes::compile);
  }

  private static Compiled compile(NetworkSpec spec) {
    GeneratedSource source = MlpGenerator.generate(spec, spec.name() + ".mlp.json");
    Map<String, byte[]> classFiles = NetworkCompiler.compileToClassFiles(source, List.of());
    return new Compiled(
        source, classFiles, NetworkCompiler.load(source.qualifiedName(), classFiles));
  }
}
