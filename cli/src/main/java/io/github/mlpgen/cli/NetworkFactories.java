package io.github.mlpgen.cli;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.compile.CompilationException;
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

  /** The most lines of javac's diagnostics a message repeats. */
  static final int MAX_DIAGNOSTICS = 5;

  /**
   * A factory of fresh networks of {@code spec}'s shape, implemented by {@code backend}.
   * A generated backend is generated and compiled once, here; every call of the factory then
   * only instantiates the class.
   *
   * @param specFileName the name the generated header gives as the class's origin
   * @param where how messages begin, such as {@code specs/A.mlp.yaml: }, or {@code ""}
   * @throws InputException if the class cannot be generated, compiled or loaded
   */
  static Supplier<Network> of(NetworkSpec spec, BackendChoice backend, String specFileName,
      String where) throws InputException {
    if (backend == BackendChoice.REFERENCE) {
      int[] sizes = spec.layerSizes();
      int batch = spec.batch();
      return () -> new ReferenceNetwork(batch, sizes);
    }
    Class<? extends Network> generated = compile(spec, backend, specFileName, where);
    return () -> NetworkCompiler.newInstance(generated);
  }

  /**
   * Compiles and loads the class. A spec that passes validation can still name a class that
   * javac or the JVM refuses, such as one in a package that the JDK adds later; that is a
   * problem of the spec, reported in words rather than as a failure of mlpgen.
   */
  private static Class<? extends Network> compile(NetworkSpec spec, BackendChoice backend,
      String specFileName, String where) throws InputException {
    GeneratedSource source = generate(spec, backend, specFileName);
    List<String> javacOptions = List.of();
    if (backend == BackendChoice.VECTOR) {
      javacOptions = List.of("--add-modules", VectorApi.MODULE);
    }
    String theClass = "the class " + spec.qualifiedName();
    try {
      return NetworkCompiler.compile(source, javacOptions);
    } catch (CompilationException e) {
      List<String> diagnostics = e.diagnostics();
      throw new InputException(where + theClass + " cannot be compiled; choose another name "
          + "or package:\n" + String.join("\n", diagnostics.subList(0,
              Math.min(diagnostics.size(), MAX_DIAGNOSTICS))), e);
    } catch (OutOfMemoryError e) {
      throw new InputException(where + ErrorHandler.outOfMemory("compiling " + theClass, e), e);
    } catch (LinkageError | ClassCastException | SecurityException e) {
      throw new InputException(where + theClass + " cannot be loaded (" + e + "); choose "
          + "another name or package", e);
    }
  }

  private static GeneratedSource generate(
      NetworkSpec spec, BackendChoice backend, String specFileName) throws InputException {
    if (ToolProvider.getSystemJavaCompiler() == null) {
      throw new InputException("--backend " + backend.optionValue() + " compiles generated "
          + "code, but this Java has no compiler: run mlpgen on a JDK, or use --backend "
          + "reference");
    }
    try {
      return MlpGenerator.generate(spec.withBackend(Backend.valueOf(backend.name())),
          specFileName);
    } catch (IllegalStateException e) {
      throw new InputException("--backend " + backend.optionValue() + " cannot generate "
          + spec.qualifiedName() + ": " + e.getMessage(), e);
    }
  }
}
