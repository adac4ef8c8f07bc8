package io.github.mlpgen.generator;

import io.github.mlpgen.generator.scalar.ScalarEmitter;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.vector.VectorEmitter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Turns a validated {@link NetworkSpec} into the Java source of its network class. Start
 * here: read a spec with {@code SpecReader}, call {@link #generate}, and write the result
 * below a source root at {@link GeneratedSource#relativePath()}, or compile it in memory with
 * {@code NetworkCompiler}.
 */
public final class MlpGenerator {

  private MlpGenerator() {}

  /**
   * Generates the network class of {@code spec}. The result depends on the spec, the file
   * name and the generator version alone: generating twice gives identical text.
   *
   * @param spec a spec that passed validation
   * @param specFileName the spec's file name as the generated header should name it (no
   *     absolute path, so output does not depend on where the project lives)
   * @throws IllegalArgumentException if the spec has an impossible shape or name (a spec read
   *     by {@code SpecReader} never has)
   */
  public static GeneratedSource generate(NetworkSpec spec, String specFileName) {
    requireGeneratable(spec);
    String content = switch (spec.backend()) {
      case SCALAR -> ScalarEmitter.emit(spec, specFileName).toString();
      case VECTOR -> VectorEmitter.emit(spec, specFileName).toString();
    };
    return new GeneratedSource(spec.qualifiedName(), content);
  }

  private static void requireGeneratable(NetworkSpec spec) {
    List<String> problems = new ArrayList<>();
    if (!SourceVersion.isName(spec.name()) || spec.name().contains(".")) {
      problems.add("name must be a Java class name, was '" + spec.name() + "'");
    }
    if (!spec.packageName().isEmpty() && !SourceVersion.isName(spec.packageName())) {
      problems.add("package must be a Java package name, was '" + spec.packageName() + "'");
    }
    if (spec.batch() < 1) {
      problems.add("batch must be >= 1, was " + spec.batch());
    }
    if (spec.hidden().isEmpty()) {
      problems.add("hidden must list at least one layer size, was []");
    }
    for (int size : spec.layerSizes()) {
      if (size < 1) {
        problems.add("every layer size must be >= 1, was " + spec.hidden()
            + " (input " + spec.input() + ", output " + spec.output() + ")");
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot generate " + spec.name() + ": " + String.join("; ", problems));
    }
  }
}
