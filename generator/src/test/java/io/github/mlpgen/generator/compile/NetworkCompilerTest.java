package io.github.mlpgen.generator.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkCompilerTest {

  /** How javac 17 begins the report of an exception it caught, as it prints it. */
  private static final String JAVAC_BUG = "An exception has occurred in the compiler (17.0.15)."
      + " Please file a bug against the Java compiler via the Java bug reporting page"
      + " (https://bugreport.java.com) after checking the Bug Database"
      + " (https://bugs.java.com) for duplicates. Include your program, the following"
      + " diagnostic, and the parameters passed to the Java compiler in your report. Thank"
      + " you.\n";

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
  void leavesTheIncubatorWarningOutOfTheDiagnostics() {
    GeneratedSource broken = source("probe.Broken",
        "package probe;\npublic final class Broken {\n  Missing other;\n}\n");

    assertThatThrownBy(() -> NetworkCompiler.compile(
            broken, List.of("--add-modules", "jdk.incubator.vector")))
        .isInstanceOfSatisfying(CompilationException.class, e -> assertThat(e.diagnostics())
            .containsExactly("Broken.java:3:3: error: cannot find symbol\n"
                + "  symbol:   class Missing\n  location: class probe.Broken"));
  }

  @Test
  void javacRunningOutOfMemoryIsAnOutOfMemoryErrorWithItsDetail() {
    for (String detail : List.of("Java heap space", "Metaspace")) {
      String output = JAVAC_BUG + "java.lang.OutOfMemoryError: " + detail + "\n"
          + "\tat jdk.compiler/com.sun.tools.javac.code.ClassFinder.fillIn("
          + "ClassFinder.java:719)\n";

      assertThatThrownBy(() -> NetworkCompiler.throwIfJavacFailed("probe.Big", output))
          .isExactlyInstanceOf(OutOfMemoryError.class)
          .hasMessage(detail);
    }
  }

  @Test
  void javacFailingInAnotherWayNamesTheClassAndTheException() {
    String output = JAVAC_BUG + "java.lang.NullPointerException: no symbol\n"
        + "\tat jdk.compiler/com.sun.tools.javac.comp.Attr.attribClass(Attr.java:5000)\n";

    assertThatThrownBy(() -> NetworkCompiler.throwIfJavacFailed("probe.Big", output))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("javac failed on probe.Big: java.lang.NullPointerException: no symbol");
  }

  @Test
  void javacRejectingTheSourceIsNoFailureOfJavac() {
    assertThatCode(() -> NetworkCompiler.throwIfJavacFailed("probe.Big", ""))
        .doesNotThrowAnyException();
    assertThatCode(() -> NetworkCompiler.throwIfJavacFailed("probe.Big", "\n"))
        .doesNotThrowAnyException();
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
