package io.github.mlpgen.cli;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.compile.NetworkCompiler;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.util.List;
import java.util.function.Supplier;
import javax.tools.ToolProvider;

/** Makes the networks a training run asks for: generated and compiled, or the reference. */
final class NetworkFactories {

  private NetworkFactories() {}

  /**
   * A factory of fresh networks of {@code spec}'s shape, implemented by {@code backend}.
   * A generated backend is generated and compiled once, here; every call of the factory then
   * only instantiates the class.
   *
   * @param specFileName the name the generated header gives as the class's origin
   */
  static Supplier<Network> of(NetworkSpec spec, BackendChoice backend, String specFileName)
      throws InputException {
    if (backend == BackendChoice.REFERENCE) {
      int[] sizes = spec.layerSizes();
      int batch = spec.batch();
      return () -> new ReferenceNetwork(batch, sizes);
    }
    Class<? extends Network> generated = compile(spec, backend, specFileName);
    return () -> NetworkCompiler.newInstance(generated);
  }

  private static Class<? extends Network> compile(
      NetworkSpec spec, BackendChoice backend, String specFileName) throws InputException {
    if (ToolProvider.getSystemJavaCompiler() == null) {
      throw new InputException("--backend " + backend.optionValue() + " compiles generated "
          + "code, but this Java has no compiler: run mlpgen on a JDK, or use --backend "
          + "reference");
    }
    GeneratedSource source;
    try {
      source = MlpGenerator.generate(spec.withBackend(Backend.valueOf(backend.name())),
          specFileName);
    } catch (IllegalStateException e) {
      throw new InputException("--backend " + backend.optionValue() + " cannot generate "
          + spec.qualifiedName() + ": " + e.getMessage(), e);
    }
    List<String> javacOptions = List.of();
    if (backend == BackendChoice.VECTOR) {
      javacOptions = List.of("--add-modules", VectorApi.MODULE);
    }
    return NetworkCompiler.compile(source, javacOptions);
  }
}
