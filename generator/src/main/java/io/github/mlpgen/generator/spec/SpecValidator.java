package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the parsed tree of one spec file field by field and builds the {@link NetworkSpec}.
 * Every problem is collected before anything is thrown; problems come in the order of
 * {@link #FIELDS}, then unknown keys in file order, then the limits on the whole network.
 * A field that is invalid is skipped by the checks that combine fields.
 */
final class SpecValidator {

  /** Every field a spec may have, in the order problems are reported. */
  static final List<String> FIELDS = List.of(
      "name", "package", "batch", "input", "hidden", "output", "dtype", "backend",
      "description");

  /** Unknown keys reported by name; a file with more is not a spec, and one line says so. */
  static final int MAX_UNKNOWN_FIELDS = 10;

  private static final String HIDDEN_SHAPE = "a list of 1 to " + SpecLimits.MAX_HIDDEN_LAYERS
      + " layer sizes, such as [25, 25]";

  private final Problems problems;
  private final SpecTree tree;
  private final SpecDefaults defaults;
  private final DescriptionRules descriptionRules;

  private SpecValidator(String file, SpecTree tree, SpecDefaults defaults) {
    this.problems = new Problems(file);
    this.tree = tree;
    this.defaults = defaults;
    this.descriptionRules = new DescriptionRules(problems, tree);
  }

  /**
   * Validates {@code tree}, the content of the file called {@code file}.
   *
   * @throws SpecException with every problem of the file
   */
  static NetworkSpec validate(SpecTree tree, String file, SpecDefaults defaults)
      throws SpecException {
    return new SpecValidator(file, tree, defaults).check(topLevelObject(tree, file));
  }

  /** The top level, which must be an object: without one, no field can be checked. */
  private static ObjectNode topLevelObject(SpecTree tree, String file) throws SpecException {
    if (!tree.root().isObject()) {
      throw new SpecException(List.of(new SpecProblem(file, "top level",
          tree.show(tree.root()), "must be an object with the fields name, package, batch,"
              + " input, hidden and output")));
    }
    return (ObjectNode) tree.root();
  }

  private NetworkSpec check(ObjectNode root) throws SpecException {
    String name = className(root.get("name"));
    String packageName = packageName(root.get("package"));
    if (name != null && packageName != null) {
      qualifiedName(name, packageName);
    }
    Integer batch = size("batch", root.get("batch"), SpecLimits.MAX_BATCH);
    Integer input = size("input", root.get("input"), SpecLimits.MAX_LAYER_SIZE);
    List<Integer> hidden = hidden(root.get("hidden"));
    Integer output = size("output", root.get("output"), SpecLimits.MAX_LAYER_SIZE);
    DType dtype = choice("dtype", root.get("dtype"), DType.values(), defaults.dtype());
    Backend backend =
        choice("backend", root.get("backend"), Backend.values(), defaults.backend());
    String description = descriptionRules.check(root.get("description"));
    unknownFields(root);
    if (input != null && hidden != null && output != null) {
      networkLimits(batch, layerSizes(input, hidden, output));
    }

    problems.throwIfAny();
    return new NetworkSpec(
        name, packageName, batch, input, hidden, output, dtype, backend, description);
  }

  private String className(JsonNode node) {
    String allowed = "must be a Java class name such as SeedNetwork";
    if (node == null) {
      problems.missing("name", allowed);
      return null;
    }
    if (!node.isTextual()) {
      problems.invalid("name", tree.show(node), allowed);
      return null;
    }
    String name = node.textValue();
    String rule = classNameRule(name);
    if (rule != null) {
      problems.invalid("name", ValueText.quoted(name), rule);
      return null;
    }
    return name;
  }

  /** What {@code name} breaks, or null when it is a usable class name. */
  private static String classNameRule(String name) {
    if (name.length() > SpecLimits.MAX_NAME_LENGTH) {
      return "must be at most " + SpecLimits.MAX_NAME_LENGTH + " characters long";
    }
    if (!JavaNames.isPlainIdentifier(name)) {
      return "must be a Java class name: ASCII letters, digits and '_', not starting with"
          + " a digit";
    }
    if (JavaNames.isReservedWord(name)) {
      return "must not be a reserved word of Java";
    }
    if (JavaNames.isRestrictedTypeName(name)) {
      return "must not be permits, record, sealed, var or yield, which Java does not allow as"
          + " class names";
    }
    return JavaNames.hiddenByClassName(name)
        .map(hidden -> "must not hide " + hidden + ", which the generated code uses")
        .orElse(null);
  }

  private String packageName(JsonNode node) {
    String allowed = "must be a Java package name such as org.example.nn";
    if (node == null) {
      problems.missing("package", allowed);
      return null;
    }
    if (!node.isTextual()) {
      problems.invalid("package", tree.show(node), allowed);
      return null;
    }
    String packageName = node.textValue();
    String rule = packageNameRule(packageName);
    if (rule != null) {
      problems.invalid("package", ValueText.quoted(packageName), rule);
      return null;
    }
    return packageName;
  }

  /** What {@code packageName} breaks, or null when it is a usable package name. */
  private static String packageNameRule(String packageName) {
    if (packageName.isEmpty()) {
      return "must be a Java package name such as org.example.nn (the unnamed package cannot"
          + " be imported)";
    }
    if (packageName.length() > SpecLimits.MAX_PACKAGE_LENGTH) {
      return "must be at most " + SpecLimits.MAX_PACKAGE_LENGTH + " characters long";
    }
    if (packageName.startsWith(".") || packageName.endsWith(".")
        || packageName.contains("..")) {
      return "must be names joined by single dots, with no dot at either end";
    }
    String[] segments = packageName.split("\\.");
    if (segments[0].equals("java")) {
      return "must not start with 'java' (the JVM refuses to define classes there)";
    }
    String segmentRule = Arrays.stream(segments)
        .map(SpecValidator::packageSegmentRule)
        .filter(rule -> rule != null)
        .findFirst()
        .orElse(null);
    return segmentRule != null ? segmentRule : ownedPackageRule(packageName);
  }

  /** What {@code packageName} breaks by lying where the JDK or mlpgen keep their classes. */
  private static String ownedPackageRule(String packageName) {
    Optional<String> jdk = JavaNames.rootOf(packageName, JavaNames.JDK_PACKAGE_ROOTS);
    if (jdk.isPresent()) {
      return "must not be " + jdk.get() + " or below it, one of the package roots of the "
          + "JDK's modules (" + String.join(", ", JavaNames.JDK_PACKAGE_ROOTS) + ")";
    }
    Optional<String> mlpgen = packageName.equals(JavaNames.MLPGEN_PACKAGE)
        ? Optional.of(JavaNames.MLPGEN_PACKAGE)
        : JavaNames.rootOf(packageName, JavaNames.MLPGEN_PACKAGE_ROOTS);
    if (mlpgen.isPresent()) {
      return "must not be " + mlpgen.get() + (mlpgen.get().equals(JavaNames.MLPGEN_PACKAGE)
          ? "" : " or below it") + ", which holds mlpgen's own classes";
    }
    return null;
  }

  /**
   * Reports a class whose qualified name is that of a package the generated code needs, or of
   * a package above one: {@code io.github.mlpgen} would hide the package of the runtime it
   * imports, so that neither it nor any other class beside it compiles.
   */
  private void qualifiedName(String name, String packageName) {
    String qualified = packageName + "." + name;
    String clash = "must not make the class " + qualified + ", named like the package "
        + qualified + ", ";
    String rule = JavaNames.packageAtOrBelow(qualified, JavaNames.JDK_PACKAGE_ROOTS)
        .map(jdk -> clash + (jdk.equals(qualified) ? "one" : "above one")
            + " of the package roots of the JDK's modules ("
            + String.join(", ", JavaNames.JDK_PACKAGE_ROOTS) + ")")
        .or(() -> mlpgenPackageAtOrBelow(qualified)
            .map(mlpgen -> clash + (mlpgen.equals(qualified) ? "which holds" : "above")
                + " mlpgen's own classes"))
        .orElse(null);
    if (rule != null) {
      problems.invalid("name", ValueText.quoted(name), rule);
    }
  }

  private static Optional<String> mlpgenPackageAtOrBelow(String qualifiedName) {
    List<String> packages = Stream.concat(Stream.of(JavaNames.MLPGEN_PACKAGE),
        JavaNames.MLPGEN_PACKAGE_ROOTS.stream()).toList();
    return JavaNames.packageAtOrBelow(qualifiedName, packages);
  }

  private static String packageSegmentRule(String segment) {
    String quoted = ValueText.quoted(segment);
    if (!JavaNames.isPlainIdentifier(segment)) {
      return "must be made of Java names (ASCII letters, digits and '_', not starting with a"
          + " digit), but " + quoted + " is not one";
    }
    if (JavaNames.isReservedWord(segment)) {
      return "must not contain a reserved word of Java, but " + quoted + " is one";
    }
    return null;
  }

  /** A layer size or the batch size: an integer from 1 to {@code max}, or null. */
  private Integer size(String field, JsonNode node, int max) {
    String range = " between 1 and " + max;
    if (node == null) {
      problems.missing(field, "must be an integer" + range);
      return null;
    }
    String notAnInteger = notAnInteger(node);
    if (notAnInteger != null) {
      problems.invalid(field, tree.showAsInteger(node), notAnInteger + range);
      return null;
    }
    BigInteger value = node.bigIntegerValue();
    if (value.signum() < 1 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      problems.invalid(field, tree.show(node), "must be" + range);
      return null;
    }
    return value.intValueExact();
  }

  /**
   * Why {@code node} is not an integer written as sizes are, such as {@code must be an integer
   * (no fraction or exponent)} for {@code 3e0}, which means an integer but is not written as
   * one; null when it is one.
   */
  private String notAnInteger(JsonNode node) {
    String notation = tree.integerNotationProblem(node);
    if (notation != null) {
      return "must be an integer " + notation;
    }
    if (!node.isIntegralNumber()) {
      return tree.hasFractionOrExponent(node)
          ? "must be an integer (no fraction or exponent)"
          : "must be an integer";
    }
    return null;
  }

  private List<Integer> hidden(JsonNode node) {
    if (node == null) {
      problems.missing("hidden", "must be " + HIDDEN_SHAPE);
      return null;
    }
    if (!node.isArray()) {
      problems.invalid("hidden", tree.show(node), "must be " + HIDDEN_SHAPE);
      return null;
    }
    if (node.isEmpty() || node.size() > SpecLimits.MAX_HIDDEN_LAYERS) {
      problems.invalid("hidden", node.size() + " entries",
          "must have between 1 and " + SpecLimits.MAX_HIDDEN_LAYERS + " entries");
      return null;
    }
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      sizes.add(size("hidden[" + i + "]", node.get(i), SpecLimits.MAX_LAYER_SIZE));
    }
    return sizes.contains(null) ? null : List.copyOf(sizes);
  }

  /** An optional choice among {@code options}, written in lower case; null if invalid. */
  private <E extends Enum<E>> E choice(String field, JsonNode node, E[] options, E fallback) {
    if (node == null) {
      return fallback;
    }
    for (E option : options) {
      if (node.isTextual() && node.textValue().equals(spelling(option))) {
        return option;
      }
    }
    String allowed = Stream.of(options).map(SpecValidator::spelling)
        .collect(Collectors.joining(" or "));
    problems.invalid(field, tree.show(node), "must be " + allowed);
    return null;
  }

  private static String spelling(Enum<?> option) {
    return option.name().toLowerCase(Locale.ROOT);
  }

  /** Reports unknown keys one by one, up to {@link #MAX_UNKNOWN_FIELDS}, then counts them. */
  private void unknownFields(ObjectNode root) {
    List<String> unknown = new ArrayList<>();
    root.fieldNames().forEachRemaining(key -> {
      if (!FIELDS.contains(key)) {
        unknown.add(key);
      }
    });
    unknown.stream().limit(MAX_UNKNOWN_FIELDS)
        .forEach(key -> problems.statement(key, unknownField(key)));
    if (unknown.size() > MAX_UNKNOWN_FIELDS) {
      problems.aboutFile("", "has " + (unknown.size() - MAX_UNKNOWN_FIELDS)
          + " more unknown fields");
    }
  }

  private static String unknownField(String key) {
    String quoted = ValueText.singleQuoted(key);
    return FieldSuggestion.closest(key, FIELDS)
        .map(field -> "unknown field " + quoted + " (did you mean '" + field + "'?)")
        .orElse("unknown field " + quoted + "; the fields are " + String.join(", ", FIELDS));
  }

  private static int[] layerSizes(int input, List<Integer> hidden, int output) {
    return Stream.of(List.of(input), hidden, List.of(output))
        .flatMap(List::stream)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Limits on the network as a whole, checked only once every size is valid. */
  private void networkLimits(Integer batch, int[] sizes) {
    long parameters = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      parameters += ((long) sizes[l] + 1) * sizes[l + 1];
    }
    if (parameters > SpecLimits.MAX_PARAMETERS) {
      problems.invalid("parameter count", Long.toString(parameters),
          "must be at most " + SpecLimits.MAX_PARAMETERS
              + " (weights and biases of all layers, from input, hidden and output)");
    }
    if (batch == null) {
      return;
    }
    long activations = (long) batch * Arrays.stream(sizes).asLongStream().sum();
    if (activations > SpecLimits.MAX_ACTIVATIONS) {
      problems.invalid("activation count", Long.toString(activations),
          "must be at most " + SpecLimits.MAX_ACTIVATIONS
              + " (batch times the sum of input, hidden and output sizes)");
    }
  }
}
