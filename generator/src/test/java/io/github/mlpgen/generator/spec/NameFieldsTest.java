package io.github.mlpgen.generator.spec;

import static io.github.mlpgen.generator.spec.SpecTexts.problems;
import static io.github.mlpgen.generator.spec.SpecTexts.seedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The names: {@code name} (the class) and {@code package}. */
class NameFieldsTest {

  private static final String NOT_A_CLASS_NAME =
      "must be a Java class name: ASCII letters, digits and '_', not starting with a digit";

  private static final String RESTRICTED = "must not be permits, record, sealed, var or yield,"
      + " which Java does not allow as class names";

  /** The package roots of the JDK's modules, as the messages list them. */
  private static final String JDK_ROOTS = "java, javax, jdk, sun, com.sun, org.w3c, org.xml,"
      + " org.ietf, org.jcp, netscape.javascript";

  private static final String NOT_PACKAGE_NAMES = "must be made of Java names (ASCII letters,"
      + " digits and '_', not starting with a digit)";

  static Stream<Arguments> rejectedClassNames() {
    return Stream.of(
        rejects("missing name", null,
            "name is required and must be a Java class name such as SeedNetwork"),
        rejects("numeric name", "42",
            "name must be a Java class name such as SeedNetwork, was 42"),
        rejects("null name", "null",
            "name must be a Java class name such as SeedNetwork, was null"),
        rejects("empty name", "\"\"", "name " + NOT_A_CLASS_NAME + ", was \"\""),
        rejects("name starting with a digit", "\"1Net\"",
            "name " + NOT_A_CLASS_NAME + ", was \"1Net\""),
        rejects("name with a space", "\"Seed Network\"",
            "name " + NOT_A_CLASS_NAME + ", was \"Seed Network\""),
        rejects("qualified name", "\"org.example.Seed\"",
            "name " + NOT_A_CLASS_NAME + ", was \"org.example.Seed\""),
        rejects("name with a dollar", "\"Seed$Net\"",
            "name " + NOT_A_CLASS_NAME + ", was \"Seed$Net\""),
        rejects("name with a non-ASCII letter", "\"Netz\u00e4\"",
            "name " + NOT_A_CLASS_NAME + ", was \"Netz\u00e4\""),
        rejects("name with a newline", "\"Seed\\nNet\"",
            "name " + NOT_A_CLASS_NAME + ", was \"Seed\\nNet\""),
        rejects("keyword name", "\"class\"",
            "name must not be a reserved word of Java, was \"class\""),
        rejects("literal name true", "\"true\"",
            "name must not be a reserved word of Java, was \"true\""),
        rejects("literal name null", "\"null\"",
            "name must not be a reserved word of Java, was \"null\""),
        rejects("underscore name", "\"_\"",
            "name must not be a reserved word of Java, was \"_\""),
        rejects("restricted name var", "\"var\"", "name " + RESTRICTED + ", was \"var\""),
        rejects("restricted name record", "\"record\"",
            "name " + RESTRICTED + ", was \"record\""),
        rejects("restricted name yield", "\"yield\"",
            "name " + RESTRICTED + ", was \"yield\""),
        rejects("name longer than 128", "\"" + "N".repeat(129) + "\"",
            "name must be at most 128 characters long, was \"" + "N".repeat(57) + "...\""));
  }

  private static Arguments rejects(String what, String rawJson, String message) {
    return Arguments.of(what, rawJson, SpecTexts.FILE + ": " + message);
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("rejectedClassNames")
  void rejectsInvalidClassName(String what, String rawJson, String message) {
    assertThat(problems(seedWith("name", rawJson))).containsExactly(message);
  }

  static Stream<Arguments> typesOfGeneratedCode() {
    return Stream.of(
        Arguments.of("Network", "io.github.mlpgen.runtime.Network"),
        Arguments.of("ReferenceNetwork", "io.github.mlpgen.runtime.ReferenceNetwork"),
        Arguments.of("Generated", "javax.annotation.processing.Generated"),
        Arguments.of("Override", "java.lang.Override"),
        Arguments.of("String", "java.lang.String"),
        Arguments.of("Math", "java.lang.Math"),
        Arguments.of("Object", "java.lang.Object"),
        Arguments.of("System", "java.lang.System"),
        Arguments.of("Double", "java.lang.Double"),
        Arguments.of("Arrays", "java.util.Arrays"),
        Arguments.of("DoubleVector", "jdk.incubator.vector.DoubleVector"),
        Arguments.of("FloatVector", "jdk.incubator.vector.FloatVector"),
        Arguments.of("VectorSpecies", "jdk.incubator.vector.VectorSpecies"),
        Arguments.of("VectorOperators", "jdk.incubator.vector.VectorOperators"),
        Arguments.of("VectorMask", "jdk.incubator.vector.VectorMask"),
        Arguments.of("java", "package java"),
        Arguments.of("io", "package io"));
  }

  @ParameterizedTest(name = "rejects class name {0}")
  @MethodSource("typesOfGeneratedCode")
  void rejectsClassNameOfATypeTheGeneratedCodeUses(String name, String hidden) {
    assertThat(problems(seedWith("name", "\"" + name + "\""))).containsExactly(
        "seed.mlp.json: name must not hide " + hidden + ", which the generated code uses,"
            + " was \"" + name + "\"");
  }

  @ParameterizedTest(name = "accepts class name {0}")
  @ValueSource(strings = {"SeedNetwork", "_Net", "net2", "N", "Module", "Network2", "Var"})
  void acceptsClassName(String name) throws SpecException {
    NetworkSpec spec = SpecReader.parse(seedWith("name", "\"" + name + "\""), SpecTexts.FILE);

    assertThat(spec.name()).isEqualTo(name);
  }

  static Stream<Arguments> classesNamedLikeARefusedPackage() {
    return Stream.of(
        Arguments.of("io.github", "mlpgen", "must not make the class io.github.mlpgen, named"
            + " like the package io.github.mlpgen, which holds mlpgen's own classes"),
        Arguments.of("io", "github", "must not make the class io.github, named like the"
            + " package io.github, above mlpgen's own classes"),
        Arguments.of("com", "sun", "must not make the class com.sun, named like the package"
            + " com.sun, one of the package roots of the JDK's modules (" + JDK_ROOTS + ")"),
        Arguments.of("netscape", "javascript", "must not make the class netscape.javascript,"
            + " named like the package netscape.javascript, one of the package roots of the"
            + " JDK's modules (" + JDK_ROOTS + ")"));
  }

  @ParameterizedTest(name = "rejects class {1} in package {0}")
  @MethodSource("classesNamedLikeARefusedPackage")
  void rejectsClassNamedLikeARefusedPackage(String packageName, String name, String rule) {
    assertThat(problems(seedNamed(packageName, name)))
        .containsExactly("seed.mlp.json: name " + rule + ", was \"" + name + "\"");
  }

  @ParameterizedTest(name = "accepts class {1} in package {0}")
  @CsvSource({"io.github, mlpgenx", "io, git", "io.github.mlpgen2, runtime", "com, sunny",
      "org, xml2"})
  void acceptsClassBesideARefusedPackage(String packageName, String name)
      throws SpecException {
    NetworkSpec parsed = SpecReader.parse(seedNamed(packageName, name), SpecTexts.FILE);

    assertThat(parsed.packageName() + "." + parsed.name())
        .isEqualTo(packageName + "." + name);
  }

  /** The seed spec with its class {@code name} in {@code packageName}. */
  private static String seedNamed(String packageName, String name) {
    return seedWith("name", "\"" + name + "\"")
        .replace("\"org.example.nn\"", "\"" + packageName + "\"");
  }

  static Stream<Arguments> rejectedPackages() {
    return Stream.of(
        rejects("missing package", null,
            "package is required and must be a Java package name such as org.example.nn"),
        rejects("numeric package", "5",
            "package must be a Java package name such as org.example.nn, was 5"),
        rejects("list package", "[\"org\", \"example\"]",
            "package must be a Java package name such as org.example.nn,"
                + " was [\"org\",\"example\"]"),
        rejects("empty package", "\"\"", "package must be a Java package name such as"
            + " org.example.nn (the unnamed package cannot be imported), was \"\""),
        rejects("leading dot", "\".org.example\"", "package must be names joined by single"
            + " dots, with no dot at either end, was \".org.example\""),
        rejects("trailing dot", "\"org.example.\"", "package must be names joined by single"
            + " dots, with no dot at either end, was \"org.example.\""),
        rejects("double dot", "\"org..example\"", "package must be names joined by single"
            + " dots, with no dot at either end, was \"org..example\""),
        rejects("java package", "\"java.nn\"", "package must not start with 'java' (the JVM"
            + " refuses to define classes there), was \"java.nn\""),
        rejects("package java itself", "\"java\"", "package must not start with 'java' (the"
            + " JVM refuses to define classes there), was \"java\""),
        rejects("package of a JDK module", "\"sun.misc\"", "package must not be sun or below"
            + " it, one of the package roots of the JDK's modules (" + JDK_ROOTS + "), was"
            + " \"sun.misc\""),
        rejects("incubator package", "\"jdk.incubator.vector\"", "package must not be jdk or"
            + " below it, one of the package roots of the JDK's modules (" + JDK_ROOTS + "),"
            + " was \"jdk.incubator.vector\""),
        rejects("javax package", "\"javax.nn\"", "package must not be javax or below it, one"
            + " of the package roots of the JDK's modules (" + JDK_ROOTS + "), was"
            + " \"javax.nn\""),
        rejects("two-segment JDK root", "\"com.sun.nn\"", "package must not be com.sun or"
            + " below it, one of the package roots of the JDK's modules (" + JDK_ROOTS + "),"
            + " was \"com.sun.nn\""),
        rejects("mlpgen's runtime", "\"io.github.mlpgen.runtime\"", "package must not be"
            + " io.github.mlpgen.runtime or below it, which holds mlpgen's own classes, was"
            + " \"io.github.mlpgen.runtime\""),
        rejects("below mlpgen's runtime", "\"io.github.mlpgen.runtime.model\"", "package must"
            + " not be io.github.mlpgen.runtime or below it, which holds mlpgen's own classes,"
            + " was \"io.github.mlpgen.runtime.model\""),
        rejects("mlpgen's command line", "\"io.github.mlpgen.cli\"", "package must not be"
            + " io.github.mlpgen.cli or below it, which holds mlpgen's own classes, was"
            + " \"io.github.mlpgen.cli\""),
        rejects("mlpgen's top package", "\"io.github.mlpgen\"", "package must not be"
            + " io.github.mlpgen, which holds mlpgen's own classes, was \"io.github.mlpgen\""),
        rejects("segment starting with a digit", "\"org.1nn\"",
            "package " + NOT_PACKAGE_NAMES + ", but \"1nn\" is not one, was \"org.1nn\""),
        rejects("segment with a hyphen", "\"org.my-nets\"",
            "package " + NOT_PACKAGE_NAMES + ", but \"my-nets\" is not one,"
                + " was \"org.my-nets\""),
        rejects("slashes for dots", "\"org/example\"",
            "package " + NOT_PACKAGE_NAMES + ", but \"org/example\" is not one,"
                + " was \"org/example\""),
        rejects("keyword segment", "\"org.int.nn\"", "package must not contain a reserved"
            + " word of Java, but \"int\" is one, was \"org.int.nn\""),
        rejects("literal segment", "\"org.example.true\"", "package must not contain a"
            + " reserved word of Java, but \"true\" is one, was \"org.example.true\""),
        rejects("package longer than 160", "\"" + "a.".repeat(80) + "b\"",
            "package must be at most 160 characters long, was \"" + "a.".repeat(28)
                + "a...\""));
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("rejectedPackages")
  void rejectsInvalidPackage(String what, String rawJson, String message) {
    assertThat(problems(seedWith("package", rawJson))).containsExactly(message);
  }

  @ParameterizedTest(name = "accepts package {0}")
  @ValueSource(strings = {"org.example.nn", "nn", "javanese.nn", "javaxnn", "sunrise.nn",
      "com.sunrise", "org.xmlrpc", "com.acme.record.var", "Org.Example_2", "picocli",
      "io.github.mlpgen.samples", "io.github.mlpgenx", "io.github.mlpgen.runtimes"})
  void acceptsPackage(String packageName) throws SpecException {
    NetworkSpec spec =
        SpecReader.parse(seedWith("package", "\"" + packageName + "\""), SpecTexts.FILE);

    assertThat(spec.packageName()).isEqualTo(packageName);
  }
}
