package io.github.mlpgen.generator.vector;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.MethodSpec;
import io.github.mlpgen.generator.ClassFileMethods;
import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.generator.ShapeGrid.Shape;
import io.github.mlpgen.generator.plan.MethodBudget;
import io.github.mlpgen.runtime.Network;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What HotSpot and javac see of the generated vector classes: every method small enough to be
 * JIT-compiled, the bytecode budget's estimate an upper bound of the real size, and source
 * that compiles without any warning but the one the incubating module always causes.
 */
class VectorBytecodeTest {

  /** javac's key for "using incubating module(s)", which no option silences on JDK 17. */
  private static final String INCUBATOR_WARNING = "compiler.warn.incubating.modules";

  @Test
  void everyMethodStaysBelowTheHugeMethodLimit() {
    int covered = 0;
    for (Shape shape : allShapes()) {
      Map<String, Integer> sizes = methodSizes(shape);
      assertThat(sizes).as(shape.label()).isNotEmpty();
      sizes.forEach((method, size) -> assertThat(size)
          .as(shape.label() + " " + method + " bytecode bytes")
          .isLessThan(MethodBudget.HUGE_METHOD_LIMIT));
      covered++;
    }
    assertThat(covered).isEqualTo(12);
  }

  @Test
  void budgetEstimateIsAnUpperBoundOfEveryKernel() {
    int kernels = 0;
    for (Shape shape : allShapes()) {
      Map<String, Integer> sizes = methodSizes(shape);
      List<MethodSpec> methods = VectorEmitter.emit(VectorShapes.vectorSpec(shape), "grid")
          .typeSpec().methodSpecs();
      for (MethodSpec method : methods) {
        if (method.name().contains("Block")) {
          assertThat(MethodBudget.estimate(method.code()))
              .as(shape.label() + " " + method.name() + " estimate")
              .isGreaterThanOrEqualTo(sizes.get(method.name()));
          kernels++;
        }
      }
    }
    assertThat(kernels).isGreaterThan(9 * 4);
  }

  @Test
  void generatedSourceCompilesWithAllLintWarningsButTheIncubatorOne(@TempDir Path classes) {
    int covered = 0;
    for (Shape shape : allShapes()) {
      assertThat(lintDiagnostics(VectorShapes.of(shape).source(), classes))
          .as(shape.label()).isEmpty();
      covered++;
    }
    assertThat(covered).isEqualTo(12);
  }

  @Test
  void theLargestShapeStillSplitsIntoSmallKernels() {
    int largest = methodSizes(ShapeGrid.LARGE).values().stream().mapToInt(Integer::intValue).max()
        .orElseThrow();
    // 784-256-128-10 would need megabytes unrolled; tiles keep it to a few kilobytes.
    assertThat(largest).isLessThan(MethodBudget.TARGET);
  }

  private static List<Shape> allShapes() {
    return Stream.concat(ShapeGrid.DOUBLE.stream(), ShapeGrid.FLOAT.stream())
        .collect(Collectors.toList());
  }

  /** Bytecode bytes of every method of the shape's generated class, by name. */
  private static Map<String, Integer> methodSizes(Shape shape) {
    VectorShapes.Compiled compiled = VectorShapes.of(shape);
    byte[] classFile = compiled.classFiles().get(compiled.source().qualifiedName());
    // By name alone: overloads (none among the kernels) keep the larger size.
    Map<String, Integer> sizes = new HashMap<>();
    ClassFileMethods.codeSizes(classFile).forEach((method, size) ->
        sizes.merge(method.substring(0, method.indexOf('(')), size, Math::max));
    return sizes;
  }

  /** javac's warnings and errors with {@code -Xlint:all}, less the incubator warning. */
  private static List<String> lintDiagnostics(GeneratedSource source, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(List.of("-classpath", classPath(), "-proc:none",
        "-Xlint:all", "-d", classes.toString()));
    options.addAll(VectorEmitter.MODULE_OPTIONS);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    javac.getTask(null, null, diagnostics, options, null, List.of(new SourceText(source)))
        .call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .filter(d -> !INCUBATOR_WARNING.equals(d.getCode()))
        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.toList());
  }

  private static String classPath() {
    try {
      String runtime = Path.of(Network.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI()).toString();
      return runtime + File.pathSeparator + System.getProperty("java.class.path");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One generated file as a compilation unit. */
  private static final class SourceText extends SimpleJavaFileObject {

    private final String content;

    SourceText(GeneratedSource source) {
      super(java.net.URI.create("string:///" + source.relativePath().toString()
          .replace(File.separatorChar, '/')), Kind.SOURCE);
      this.content = source.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}
