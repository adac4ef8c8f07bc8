package io.github.mlpgen.generator.vector;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.MethodSpec;
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
import org.objectweb.asm.ClassReader;

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
    assertThat(covered).isEqualTo(10);
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
    assertThat(covered).isEqualTo(10);
  }

  @Test
  void theLargestShapeStillSplitsIntoSmallKernels() {
    Shape large = ShapeGrid.DOUBLE.get(5);
    int largest = methodSizes(large).values().stream().mapToInt(Integer::intValue).max()
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
    return codeLengths(compiled.classFiles().get(compiled.source().qualifiedName()));
  }

  /**
   * The {@code code_length} of every method's {@code Code} attribute, walking the class file
   * from the end of the constant pool (where {@link ClassReader#header} points).
   */
  private static Map<String, Integer> codeLengths(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    char[] buffer = new char[reader.getMaxStringLength()];
    int offset = reader.header + 6;
    offset += 2 + 2 * reader.readUnsignedShort(offset);
    int fields = reader.readUnsignedShort(offset);
    offset += 2;
    for (int i = 0; i < fields; i++) {
      offset = skipAttributes(reader, offset + 6);
    }
    Map<String, Integer> lengths = new HashMap<>();
    int methods = reader.readUnsignedShort(offset);
    offset += 2;
    for (int i = 0; i < methods; i++) {
      String name = reader.readUTF8(offset + 2, buffer);
      int attributes = reader.readUnsignedShort(offset + 6);
      offset += 8;
      for (int a = 0; a < attributes; a++) {
        if (reader.readUTF8(offset, buffer).equals("Code")) {
          lengths.merge(name, reader.readInt(offset + 10), Math::max);
        }
        offset += 6 + reader.readInt(offset + 2);
      }
    }
    return lengths;
  }

  private static int skipAttributes(ClassReader reader, int offset) {
    int attributes = reader.readUnsignedShort(offset);
    offset += 2;
    for (int a = 0; a < attributes; a++) {
      offset += 6 + reader.readInt(offset + 2);
    }
    return offset;
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
