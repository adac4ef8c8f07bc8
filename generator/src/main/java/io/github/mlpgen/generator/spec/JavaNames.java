package io.github.mlpgen.generator.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules a class or package name of a spec obeys. The word lists are fixed here rather
 * than taken from {@code javax.lang.model.SourceVersion}, so the verdict does not depend on
 * the JDK that happens to run the build.
 */
final class JavaNames {

  /** Reserved keywords and literals of Java 17 (JLS 3.9, 3.10.3, 3.10.8). */
  private static final Set<String> RESERVED_WORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
      "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
      "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
      "interface", "long", "native", "new", "package", "private", "protected", "public",
      "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "_",
      "true", "false", "null");

  /** Contextual keywords that may name a package but not a type (JLS 3.8, TypeIdentifier). */
  private static final Set<String> RESTRICTED_TYPE_NAMES =
      Set.of("permits", "record", "sealed", "var", "yield");

  /** Types and packages a generated class names; a class of the same name would hide them. */
  private static final Map<String, String> NAMES_IN_GENERATED_CODE = Stream.of(
          "io.github.mlpgen.runtime.Network",
          "io.github.mlpgen.runtime.ReferenceNetwork",
          "javax.annotation.processing.Generated",
          "java.util.Arrays",
          "java.util.Objects",
          "jdk.incubator.vector.DoubleVector",
          "jdk.incubator.vector.FloatVector",
          "jdk.incubator.vector.Vector",
          "jdk.incubator.vector.VectorMask",
          "jdk.incubator.vector.VectorOperators",
          "jdk.incubator.vector.VectorShape",
          "jdk.incubator.vector.VectorSpecies",
          "java.lang.ArithmeticException",
          "java.lang.ArrayIndexOutOfBoundsException",
          "java.lang.AutoCloseable",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.CharSequence",
          "java.lang.Character",
          "java.lang.Class",
          "java.lang.Cloneable",
          "java.lang.Comparable",
          "java.lang.Deprecated",
          "java.lang.Double",
          "java.lang.Enum",
          "java.lang.Error",
          "java.lang.Exception",
          "java.lang.Float",
          "java.lang.FunctionalInterface",
          "java.lang.IllegalArgumentException",
          "java.lang.IllegalStateException",
          "java.lang.IndexOutOfBoundsException",
          "java.lang.Integer",
          "java.lang.Iterable",
          "java.lang.Long",
          "java.lang.Math",
          "java.lang.NullPointerException",
          "java.lang.Number",
          "java.lang.Object",
          "java.lang.Override",
          "java.lang.Record",
          "java.lang.Runnable",
          "java.lang.RuntimeException",
          "java.lang.SafeVarargs",
          "java.lang.Short",
          "java.lang.StrictMath",
          "java.lang.String",
          "java.lang.StringBuilder",
          "java.lang.SuppressWarnings",
          "java.lang.System",
          "java.lang.Thread",
          "java.lang.Throwable",
          "java.lang.UnsupportedOperationException",
          "java.lang.Void")
      .collect(Collectors.toUnmodifiableMap(JavaNames::simpleName, name -> name));

  /**
   * The packages under which the JDK's own modules keep theirs. javac refuses a class in a
   * package a module of the JDK holds ({@code sun.misc}, {@code jdk.incubator.vector}), and the
   * JDK may add such packages anywhere below these, so they are all refused.
   */
  static final List<String> JDK_PACKAGE_ROOTS = List.of("java", "javax", "jdk", "sun",
      "com.sun", "org.w3c", "org.xml", "org.ietf", "org.jcp", "netscape.javascript");

  /**
   * The packages of mlpgen's own classes. A generated class there could take the place of one
   * of them on a class path that holds both, or be taken over by it.
   */
  static final List<String> MLPGEN_PACKAGE_ROOTS = List.of("io.github.mlpgen.runtime",
      "io.github.mlpgen.generator", "io.github.mlpgen.cli", "io.github.mlpgen.maven",
      "io.github.mlpgen.benchmarks");

  /** The package of mlpgen's own modules, which holds nothing but them. */
  static final String MLPGEN_PACKAGE = "io.github.mlpgen";

  /** First segments of the qualified names above: a class named so obscures the package. */
  private static final Set<String> TOP_LEVEL_PACKAGES = Set.of("io", "java", "javax", "jdk");

  private JavaNames() {}

  /**
   * Whether {@code text} is an identifier made of ASCII letters, digits and {@code _}, not
   * starting with a digit. Java allows more ({@code $}, any Unicode letter), but {@code $}
   * belongs to compiler-made names and non-ASCII names make file names that differ between
   * file systems.
   */
  static boolean isPlainIdentifier(String text) {
    if (text.isEmpty() || isDigit(text.charAt(0))) {
      return false;
    }
    return text.chars().allMatch(c -> isAsciiLetter(c) || isDigit(c) || c == '_');
  }

  /** Whether {@code word} is a keyword, {@code true}, {@code false} or {@code null}. */
  static boolean isReservedWord(String word) {
    return RESERVED_WORDS.contains(word);
  }

  /** Whether {@code word} may name a package but not a class, such as {@code record}. */
  static boolean isRestrictedTypeName(String word) {
    return RESTRICTED_TYPE_NAMES.contains(word);
  }

  /**
   * The qualified name of the type or package that a class called {@code simpleName} would
   * hide inside its own source, if any.
   */
  static Optional<String> hiddenByClassName(String simpleName) {
    if (TOP_LEVEL_PACKAGES.contains(simpleName)) {
      return Optional.of("package " + simpleName);
    }
    return Optional.ofNullable(NAMES_IN_GENERATED_CODE.get(simpleName));
  }

  /**
   * The root in {@code roots} that {@code packageName} is or lies below, if any: {@code
   * com.sun} for {@code com.sun.net}, but none for {@code com.sunrise}.
   */
  static Optional<String> rootOf(String packageName, List<String> roots) {
    return roots.stream()
        .filter(root -> packageName.equals(root) || packageName.startsWith(root + "."))
        .findFirst();
  }

  /**
   * The package in {@code packages} that is {@code qualifiedName} or lies below it, if any:
   * {@code io.github.mlpgen.runtime} for {@code io.github}, but none for {@code io.git}.
   */
  static Optional<String> packageAtOrBelow(String qualifiedName, List<String> packages) {
    return packages.stream()
        .filter(p -> p.equals(qualifiedName) || p.startsWith(qualifiedName + "."))
        .findFirst();
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
