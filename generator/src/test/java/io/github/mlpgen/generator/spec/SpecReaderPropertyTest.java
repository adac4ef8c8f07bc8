package io.github.mlpgen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the reader over generated texts: valid specs read back exactly, and any text
 * at all ends in a spec or a {@link SpecException} with well-formed messages, never in
 * another exception.
 */
class SpecReaderPropertyTest {

  private static final String SEED = "20260101";

  /** How often each outcome must occur among the mutated specs' tries. */
  private static final int MIN_OUTCOME_COUNT = 20;
  private static final String CLASS_NAME = "^[A-Za-z_][A-Za-z0-9_]*$";
  private static final String PACKAGE_NAME =
      "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$";

  @Property(tries = 150, seed = SEED)
  void validSpecsReadBackExactly(@ForAll("validSpecs") NetworkSpec spec, @ForAll boolean yaml)
      throws SpecException {
    String text = SpecArbitraries.write(SpecArbitraries.fields(spec), yaml);

    assertThat(SpecReader.parse(text, fileName(yaml))).isEqualTo(spec);
  }

  @Property(tries = 800, seed = SEED)
  void mutatedSpecsEndInASpecOrASpecException(
      @ForAll("validSpecs") NetworkSpec spec,
      @ForAll("mutations") List<Mutation> mutations,
      @ForAll("textEdits") TextEdit edit,
      @ForAll boolean yaml) {
    Map<String, Object> fields = SpecArbitraries.fields(spec);
    mutations.forEach(mutation -> mutation.applyTo(fields));
    String text = edit.applyTo(SpecArbitraries.write(fields, yaml));

    boolean accepted = assertSpecOrSpecException(text, fileName(yaml));

    // Both outcomes must be common, or the property tests less than it seems to.
    Statistics.label("outcome").collect(accepted ? "accepted" : "rejected");
    Statistics.label("outcome").coverage(check -> {
      check.check("accepted").count(count -> count >= MIN_OUTCOME_COUNT);
      check.check("rejected").count(count -> count >= MIN_OUTCOME_COUNT);
    });
  }

  @Property(tries = 300, seed = SEED)
  void arbitraryTextEndsInASpecOrASpecException(
      @ForAll("anyText") String text, @ForAll boolean yaml) {
    assertSpecOrSpecException(text, fileName(yaml));
  }

  @Property(tries = 400, seed = SEED)
  void yamlSizeIsAcceptedOnlyInPlainDecimal(@ForAll("yamlIntegers") String written) {
    String text = "name: N\npackage: p\nbatch: " + written + "\ninput: 1\nhidden: [1]\n"
        + "output: 1\n";
    boolean plainInRange = written.matches("[1-9][0-9]{0,3}")
        && Integer.parseInt(written) <= SpecLimits.MAX_BATCH;

    try {
      assertThat(SpecReader.parse(text, fileName(true)).batch())
          .isEqualTo(Integer.parseInt(written));
      assertThat(plainInRange).as("accepted " + written).isTrue();
    } catch (SpecException e) {
      assertThat(plainInRange).as("rejected " + written).isFalse();
      assertThat(e.problems()).singleElement().extracting(SpecProblem::message).asString()
          .startsWith("random.mlp.yaml: batch must be").contains(written);
    }
    Statistics.label("outcome").collect(plainInRange ? "accepted" : "rejected");
    Statistics.label("outcome").coverage(check -> {
      check.check("accepted").count(count -> count >= MIN_OUTCOME_COUNT);
      check.check("rejected").count(count -> count >= MIN_OUTCOME_COUNT);
    });
  }

  /**
   * Integers in every notation some YAML reader knows: signs, base prefixes with their digits,
   * leading zeros and '_' separators, and plain decimal.
   */
  @Provide
  Arbitrary<String> yamlIntegers() {
    Arbitrary<String> numbers = Arbitraries.of("", "", "0x", "0o", "0b", "0").flatMap(base ->
        Combinators.combine(
                Arbitraries.strings().withChars(digitsOf(base)).ofMinLength(1).ofMaxLength(5),
                Arbitraries.of(false, false, true))
            .as((digits, separated) -> base + withSeparator(digits, separated)));
    return Combinators.combine(Arbitraries.of("", "", "", "-", "+"), numbers)
        .as(String::concat);
  }

  private static String withSeparator(String digits, boolean separated) {
    return separated && digits.length() > 1
        ? digits.charAt(0) + "_" + digits.substring(1)
        : digits;
  }

  private static String digitsOf(String base) {
    return switch (base) {
      case "0x" -> "0123456789abcdefABCDEF";
      case "0o" -> "01234567";
      case "0b" -> "01";
      default -> "0123456789";
    };
  }

  @Provide
  Arbitrary<NetworkSpec> validSpecs() {
    // Sizes small enough that no combination reaches the parameter or activation limits.
    return Combinators.combine(
            SpecArbitraries.validSpecs(300, 256, SpecLimits.MAX_HIDDEN_LAYERS),
            SpecArbitraries.safeDescriptions())
        .as((spec, description) -> new NetworkSpec(spec.name(), spec.packageName(),
            spec.batch(), spec.input(), spec.hidden(), spec.output(), spec.dtype(),
            spec.backend(), description));
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<String> fields = Arbitraries.of(SpecValidator.FIELDS);
    Arbitrary<Mutation> delete = fields.map(field -> new Mutation(field, Mutation.DELETE));
    Arbitrary<Mutation> replace = Combinators.combine(fields, SpecArbitraries.anyValues())
        .as(Mutation::new);
    Arbitrary<Mutation> randomKey = Combinators.combine(
            Arbitraries.oneOf(SpecArbitraries.anyStrings(10), typos(fields)),
            SpecArbitraries.anyValues())
        .as(Mutation::new);
    Arbitrary<Mutation> randomText = Combinators.combine(
            Arbitraries.of("name", "package", "description"), SpecArbitraries.anyStrings(40))
        .as(Mutation::new);
    return Arbitraries.oneOf(delete, replace, randomKey, randomText).list().ofMaxSize(4);
  }

  /** Keys one edit away from a field: the likeliest unknown keys in real files. */
  private static Arbitrary<String> typos(Arbitrary<String> fields) {
    return Combinators.combine(fields, Arbitraries.integers().between(0, 20),
            Arbitraries.chars().range('a', 'z'))
        .as((field, at, c) -> {
          int index = at % field.length();
          return field.substring(0, index) + c + field.substring(index + 1);
        });
  }

  @Provide
  Arbitrary<TextEdit> textEdits() {
    Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
    Arbitrary<TextEdit> none = Arbitraries.just(new TextEdit(1, "", true));
    Arbitrary<TextEdit> truncate = where.map(at -> new TextEdit(at, "", false));
    Arbitrary<TextEdit> insert = Combinators.combine(where, SpecArbitraries.anyStrings(3))
        .as((at, inserted) -> new TextEdit(at, inserted, true));
    return Arbitraries.oneOf(none, truncate, insert);
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> structural = Arbitraries.strings()
        .withChars("{}[]:,\"'-#&*!|>?%@`\n\t 0123456789.eE+-abnlrstu")
        .ofMaxLength(60);
    return Arbitraries.oneOf(SpecArbitraries.anyStrings(200), structural);
  }

  /**
   * Parses {@code text}, which must give a spec within the format or a {@link SpecException}
   * of one-line messages naming the file; any other exception fails the property.
   *
   * @return whether the text was accepted
   */
  private static boolean assertSpecOrSpecException(String text, String fileName) {
    try {
      assertWithinFormat(SpecReader.parse(text, fileName));
      return true;
    } catch (SpecException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.message())
          .matches(message -> message.startsWith(fileName + ": ")
              || message.startsWith(fileName + " "), "starts with the file name")
          .doesNotContain("\n", "\r"));
      return false;
    }
  }

  /** Checks an accepted spec against the format's rules, restated independently here. */
  private static void assertWithinFormat(NetworkSpec spec) {
    assertThat(spec.name()).matches(CLASS_NAME).hasSizeLessThanOrEqualTo(128);
    assertThat(spec.packageName()).matches(PACKAGE_NAME).doesNotStartWith("java.")
        .isNotEqualTo("java");
    assertThat(spec.batch()).isBetween(1, 4096);
    assertThat(spec.hidden()).hasSizeBetween(1, 16);
    assertThat(IntStream.of(spec.layerSizes())).allSatisfy(
        size -> assertThat(size).isBetween(1, 4096));
    assertThat(spec.description()).doesNotContain("*/", "\\u", "\r").hasSizeLessThan(4001);
  }

  private static String fileName(boolean yaml) {
    return yaml ? "random.mlp.yaml" : "random.mlp.json";
  }

  /** Sets {@code field} to {@code value}, or removes it when {@code value} is DELETE. */
  record Mutation(String field, Object value) {

    static final Object DELETE = new Object() {
      @Override
      public String toString() {
        return "(delete)";
      }
    };

    void applyTo(Map<String, Object> fields) {
      if (value == DELETE) {
        fields.remove(field);
      } else {
        fields.put(field, value);
      }
    }
  }

  /**
   * Cuts the text at a fraction {@code at} of its length and either inserts {@code inserted}
   * there, keeping the rest, or drops the rest.
   */
  record TextEdit(double at, String inserted, boolean keepRest) {

    String applyTo(String text) {
      int index = (int) Math.round(at * text.length());
      return text.substring(0, index) + inserted + (keepRest ? text.substring(index) : "");
    }
  }
}
