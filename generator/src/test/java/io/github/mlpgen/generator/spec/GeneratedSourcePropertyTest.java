package io.github.mlpgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the reader accepts, the generator turns into Java that compiles: random small
 * specs go through text, {@link SpecReader}, {@link MlpGenerator} and javac in memory.
 */
class GeneratedSourcePropertyTest {

  /** Each try runs javac once; a few dozen cover names, packages and shapes in seconds. */
  private static final int TRIES = 20;

  /** javac's warning that an incubator module is in use; unavoidable for the vector API. */
  private static final String INCUBATOR_WARNING = "compiler.warn.incubating.modules";

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  /** Shared by all tries: opening the class path's jars once saves most of each compile. */
  private static final InMemoryOutput FILES =
      new InMemoryOutput(JAVAC.getStandardFileManager(null, null, null));

  @Property(tries = TRIES, seed = "20260101")
  void readableSpecsGenerateSourceThatCompiles(
      @ForAll("smallSpecs") NetworkSpec written, @ForAll boolean yaml) throws SpecException {
    String fileName = yaml ? "small.mlp.yaml" : "small.mlp.json";
    String text = SpecArbitraries.write(SpecArbitraries.fields(written), yaml);
    NetworkSpec spec = SpecReader.parse(text, fileName);

    GeneratedSource source = MlpGenerator.generate(spec, fileName);

    assertThat(source.qualifiedName()).isEqualTo(spec.qualifiedName());
    assertThat(compile(source, spec.backend())).isEmpty();
  }

  @Provide
  Arbitrary<NetworkSpec> smallSpecs() {
    return SpecArbitraries.validSpecs(6, 5, 3);
  }

  /** The compiler's errors and warnings, one line each; empty when the source is clean. */
  private static List<String> compile(GeneratedSource source, Backend backend) {
    List<String> options = new ArrayList<>(List.of(
        "-classpath", System.getProperty("java.class.path"), "-proc:none", "-Xlint:all"));
    if (backend == Backend.VECTOR) {
      options.addAll(List.of("--add-modules", "jdk.incubator.vector"));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task = JAVAC.getTask(null, FILES, diagnostics, options, null,
        List.of(new SourceText(source)));
    task.call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .filter(d -> !INCUBATOR_WARNING.equals(d.getCode()))
        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.toList());
  }

  /** One generated file as a compilation unit. */
  private static final class SourceText extends SimpleJavaFileObject {

    private final String content;

    SourceText(GeneratedSource source) {
      super(URI.create("string:///" + source.relativePath().toString().replace('\\', '/')),
          Kind.SOURCE);
      this.content = source.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }

  /** Keeps class files in memory: the property needs javac's verdict, not its output. */
  private static final class InMemoryOutput
      extends ForwardingJavaFileManager<StandardJavaFileManager> {

    InMemoryOutput(StandardJavaFileManager files) {
      super(files);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location,
        String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("mem:///" + className + kind.extension),
          kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream();
        }
      };
    }
  }
}
