package io.github.mlpgen.generator.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkCompilerTest {

  /** A network whose one flaw is a raw type, which only {@code -Xlint} reports. */
  private static final String RAW_TYPE_SOURCE = """
      package probe;
      public final class Raw {
        java.util.List values = new java.util.ArrayList();
      }
      """;

  @Test
  void instantiatesAWorkingNetworkFromASpec() {
    Network network = NetworkCompiler.instantiate(ShapeGrid.DOUBLE.get(2).spec());

    assertThat(network.backend()).isEqualTo("scalar");
    assertThat(network.batchSize()).isEqualTo(4);
    assertThat(network.layerSizes()).containsExactly(1, 1, 1, 1);
  }

  @Test
  void reportsEveryDiagnosticWithFileLineAndColumn() {
    GeneratedSource broken = source("probe.Broken",
        "package probe;\npublic final class Broken {\n  int value = ;\n  Missing other;\n}\n");

    assertThatThrownBy(() -> NetworkCompiler.compile(broken))
        .isInstanceOf(CompilationException.class)
        .hasMessageStartingWith("javac rejected the generated source of probe.Broken:\n")
        .hasMessageContaining("Broken.java:3:15: error: illegal start of expression");
  }

  @Test
  void passesExtraOptionsToJavac() {
    GeneratedSource raw = source("probe.Raw", RAW_TYPE_SOURCE);

    assertThat(NetworkCompiler.compileToClassFiles(raw, List.of())).containsKey("probe.Raw");
    assertThatThrownBy(() -> NetworkCompiler.compileToClassFiles(raw,
            List.of("-Xlint:rawtypes", "-Werror")))
        .isInstanceOfSatisfying(CompilationException.class, e -> assertThat(e.diagnostics())
            .anyMatch(line -> line.startsWith("Raw.java:3:") && line.contains("warning")));
  }

  @Test
  void givesLoadedClassesTheRuntimeAsParent() {
    Class<? extends Network> networkClass = NetworkCompiler.compile(
        io.github.mlpgen.generator.MlpGenerator.generate(ShapeGrid.seed(), "seed.mlp.json"));

    assertThat(networkClass.getClassLoader().getParent())
        .isSameAs(Network.class.getClassLoader());
    assertThat(Network.class).isAssignableFrom(networkClass);
  }

  @Test
  void loadsTheCompiledClassEvenWhereTheClassPathHasOneOfTheSameName() throws Exception {
    // Parent first, the class path's ObjectMapper stood in and failed the cast to Network.
    NetworkSpec spec = NetworkSpec.of(
        "ObjectMapper", "com.fasterxml.jackson.databind", 2, 3, List.of(4), 1);

    Class<? extends Network> networkClass = NetworkCompiler.compile(
        io.github.mlpgen.generator.MlpGenerator.generate(spec, "ObjectMapper.mlp.json"));

    assertThat(networkClass.getName()).isEqualTo("com.fasterxml.jackson.databind.ObjectMapper");
    assertThat(networkClass).isNotSameAs(Class.forName(networkClass.getName()));
    assertThat(NetworkCompiler.newInstance(networkClass).layerSizes()).containsExactly(3, 4, 1);
  }

  private static GeneratedSource source(String qualifiedName, String content) {
    return new GeneratedSource(qualifiedName, content);
  }
}
