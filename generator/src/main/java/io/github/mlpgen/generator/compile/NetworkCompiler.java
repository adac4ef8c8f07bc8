package io.github.mlpgen.generator.compile;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.Network;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated network class in memory with the JDK's compiler and loads it into a
 * fresh class loader whose parent is the one that loaded {@link Network}. javac sees the
 * runtime library on its class path (where {@code Network} was loaded from, plus this JVM's
 * {@code java.class.path}).
 */
public final class NetworkCompiler {

  /** How javac begins its report of an exception it did not expect. */
  private static final String JAVAC_BUG_BANNER = "An exception has occurred in the compiler";

  /** The code of javac's warning that an incubator module, such as the Vector API's, is used. */
  private static final String INCUBATING_WARNING = "compiler.warn.incubating.modules";

  private NetworkCompiler() {}

  /** Generates, compiles and instantiates the network of {@code spec}. */
  public static Network instantiate(NetworkSpec spec) {
    return instantiate(spec, List.of());
  }

  /**
   * Generates, compiles and instantiates the network of {@code spec}, with extra javac
   * options (such as {@code --add-modules jdk.incubator.vector}, which the JVM running the
   * result needs as well).
   */
  public static Network instantiate(NetworkSpec spec, List<String> javacOptions) {
    GeneratedSource source = MlpGenerator.generate(spec, spec.name() + " (in memory)");
    return newInstance(compile(source, javacOptions));
  }

  /** Compiles {@code source} and loads its class. */
  public static Class<? extends Network> compile(GeneratedSource source) {
    return compile(source, List.of());
  }

  /**
   * Compiles {@code source} with extra javac options and loads its class.
   *
   * @throws CompilationException listing javac's diagnostics, if it rejects the source
   * @throws OutOfMemoryError if javac runs out of memory, with its detail, such as {@code
   *     Metaspace}
   * @throws IllegalStateException if this JVM has no compiler (a JRE rather than a JDK), or
   *     javac fails in another way
   */
  public static Class<? extends Network> compile(
      GeneratedSource source, List<String> javacOptions) {
    return load(source.qualifiedName(), compileToClassFiles(source, javacOptions));
  }

  /**
   * Loads the network class {@code qualifiedName} from {@code classFiles} (as {@link
   * #compileToClassFiles} returns them) into a fresh class loader.
   */
  public static Class<? extends Network> load(
      String qualifiedName, Map<String, byte[]> classFiles) {
    ClassLoader loader = new InMemoryClassLoader(classFiles, Network.class.getClassLoader());
    try {
      return Class.forName(qualifiedName, true, loader).asSubclass(Network.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "no class " + qualifiedName + " among " + classFiles.keySet(), e);
    }
  }

  /**
   * Compiles {@code source} and returns its class files by binary name, without loading them
   * (for inspecting the bytecode).
   */
  public static Map<String, byte[]> compileToClassFiles(
      GeneratedSource source, List<String> javacOptions) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException(
          "this JVM has no Java compiler: run mlpgen on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
    try (InMemoryFiles files = new InMemoryFiles(standard)) {
      List<String> options = new ArrayList<>(List.of("-classpath", classPath(), "-proc:none"));
      options.addAll(javacOptions);
      JavaFileObject unit = InMemoryFiles.source(source.qualifiedName(), source.content());
      // Where javac prints what is not a diagnostic, such as its own crash; never the console.
      StringWriter javacOutput = new StringWriter();
      boolean compiled =
          javac.getTask(javacOutput, files, diagnostics, options, null, List.of(unit)).call();
      if (!compiled) {
        throwIfJavacFailed(source.qualifiedName(), javacOutput.toString());
        throw new CompilationException(source.qualifiedName(), describe(diagnostics));
      }
      return files.classFiles();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the in-memory file manager", e);
    }
  }

  /** A new instance through the public no-argument constructor every generated class has. */
  public static Network newInstance(Class<? extends Network> networkClass) {
    try {
      return networkClass.getConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException(networkClass.getName() + " has no public no-arg "
          + "constructor", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "the constructor of " + networkClass.getName() + " failed", e.getCause());
    }
  }

  /**
   * Throws what javac caught when it failed rather than rejected the source: javac reports an
   * error of its own, such as running out of memory, as a bug with a stack trace in {@code
   * javacOutput} and returns false.
   *
   * @throws OutOfMemoryError with javac's detail ({@code Java heap space}, {@code Metaspace})
   *     when javac ran out of memory
   * @throws IllegalStateException naming the exception when javac failed in another way
   */
  static void throwIfJavacFailed(String qualifiedName, String javacOutput) {
    Optional<String> exception = javacOutput.lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .filter(line -> !line.startsWith(JAVAC_BUG_BANNER))
        .findFirst();
    if (exception.isEmpty()) {
      return;
    }
    String line = exception.get();
    String oom = OutOfMemoryError.class.getName();
    if (line.equals(oom)) {
      throw new OutOfMemoryError();
    }
    if (line.startsWith(oom + ": ")) {
      throw new OutOfMemoryError(line.substring(oom.length() + 2));
    }
    throw new IllegalStateException("javac failed on " + qualifiedName + ": " + line);
  }

  private static List<String> describe(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (INCUBATING_WARNING.equals(diagnostic.getCode())) {
        // Always there with the Vector API's module, and never why a source failed.
        continue;
      }
      String file = diagnostic.getSource() == null
          ? "(no file)" : Path.of(diagnostic.getSource().toUri().getPath()).getFileName() + "";
      lines.add(file + ":" + diagnostic.getLineNumber() + ":" + diagnostic.getColumnNumber()
          + ": " + diagnostic.getKind().toString().toLowerCase(Locale.ROOT) + ": "
          + diagnostic.getMessage(Locale.ROOT));
    }
    return lines;
  }

  private static String classPath() {
    List<String> entries = new ArrayList<>();
    CodeSource runtime = Network.class.getProtectionDomain().getCodeSource();
    if (runtime != null && runtime.getLocation() != null) {
      try {
        entries.add(Path.of(runtime.getLocation().toURI()).toString());
      } catch (URISyntaxException | IllegalArgumentException e) {
        // Not a file location (a custom loader): java.class.path below is all there is.
      }
    }
    String classPath = System.getProperty("java.class.path", "");
    if (!classPath.isEmpty()) {
      entries.add(classPath);
    }
    return String.join(File.pathSeparator, entries);
  }
}
