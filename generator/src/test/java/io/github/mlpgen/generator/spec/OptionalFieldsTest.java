package io.github.mlpgen.generator.spec;

import static io.github.mlpgen.generator.spec.SpecTexts.problems;
import static io.github.mlpgen.generator.spec.SpecTexts.seedWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The optional fields {@code dtype}, {@code backend} and {@code description}. */
class OptionalFieldsTest {

  private static final String BIDI = "must not contain bidirectional controls (they make"
      + " source read differently from how it compiles)";

  static Stream<Arguments> rejectedOptionalValues() {
    return Stream.of(
        rejects("capitalised dtype", "dtype", "\"Double\"",
            "dtype must be double or float, was \"Double\""),
        rejects("numeric dtype", "dtype", "64", "dtype must be double or float, was 64"),
        rejects("null dtype", "dtype", "null", "dtype must be double or float, was null"),
        rejects("unknown backend", "backend", "\"simd\"",
            "backend must be scalar or vector, was \"simd\""),
        rejects("boolean backend", "backend", "false",
            "backend must be scalar or vector, was false"),
        rejects("numeric description", "description", "42",
            "description must be text, was 42"),
        rejects("null description", "description", "null",
            "description must be text, was null"),
        rejects("description ending the comment", "description", "\"ends */ here\"",
            "description must not contain '*/' (it would end the generated Javadoc"
                + " comment), was '*/' at character 6"),
        rejects("description with a Unicode escape", "description", "\"in C:\\\\users\"",
            "description must not contain '\\u' (javac reads it as a Unicode escape even"
                + " inside comments), was '\\u' at character 6"),
        rejects("description with a bell", "description", "\"ring \\u0007\"",
            "description must not contain control characters other than line feed and tab,"
                + " was U+0007 at character 6"),
        rejects("description with a carriage return", "description", "\"a\\r\\nb\"",
            "description must not contain control characters other than line feed and tab,"
                + " was U+000D at character 2"),
        rejects("description with a bidi override", "description", "\"a\\u202Eb\"",
            "description " + BIDI + ", was U+202E at character 2"),
        rejects("description with an unpaired surrogate", "description", "\"x\\ud800y\"",
            "description must be valid Unicode text without unpaired surrogates,"
                + " was U+D800 at character 2"),
        rejects("description longer than 4000", "description", "\"" + "d".repeat(4001) + "\"",
            "description must be at most 4000 characters long, was 4001 characters"));
  }

  private static Arguments rejects(String what, String field, String rawJson, String message) {
    return Arguments.of(what, field, rawJson, SpecTexts.FILE + ": " + message);
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("rejectedOptionalValues")
  void rejectsInvalidOptionalValue(String what, String field, String rawJson, String message) {
    assertThat(problems(seedWith(field, rawJson))).containsExactly(message);
  }

  @Test
  void reportsEveryRuleADescriptionBreaks() {
    String description = "\"a */ b \\u0001 c\"";

    assertThat(problems(seedWith("description", description))).containsExactly(
        "seed.mlp.json: description must not contain '*/' (it would end the generated"
            + " Javadoc comment), was '*/' at character 3",
        "seed.mlp.json: description must not contain control characters other than line"
            + " feed and tab, was U+0001 at character 8");
  }

  @Test
  void countsCharacterPositionsInCodePoints() {
    // The emoji is two UTF-16 units but one character to the person reading the message.
    String description = "\"\\ud83d\\ude00 */\"";

    assertThat(problems(seedWith("description", description))).containsExactly(
        "seed.mlp.json: description must not contain '*/' (it would end the generated"
            + " Javadoc comment), was '*/' at character 3");
  }

  @Test
  void keepsDescriptionAsWritten() throws SpecException {
    String expected = "Line one,\n\tindented: <b>bold</b> & caf\u00e9 \ud83d\ude00 /* nested";
    String rawJson = "\"Line one,\\n\\tindented: <b>bold</b> & caf\u00e9 \\ud83d\\ude00"
        + " /* nested\"";

    NetworkSpec spec = SpecReader.parse(seedWith("description", rawJson), SpecTexts.FILE);

    assertThat(spec.description()).isEqualTo(expected);
  }

  @Test
  void acceptsDescriptionAtLengthLimit() throws SpecException {
    String rawJson = "\"" + "d".repeat(SpecLimits.MAX_DESCRIPTION_LENGTH) + "\"";

    NetworkSpec spec = SpecReader.parse(seedWith("description", rawJson), SpecTexts.FILE);

    assertThat(spec.description()).hasSize(SpecLimits.MAX_DESCRIPTION_LENGTH);
  }

  @Test
  void readsExplicitOptionalValues() throws SpecException {
    String text = seedWith("dtype", "\"float\"")
        .replace("\n}", ",\n  \"backend\": \"vector\",\n  \"description\": \"Seed.\"\n}");

    NetworkSpec spec = SpecReader.parse(text, SpecTexts.FILE);

    assertThat(spec.dtype()).isEqualTo(DType.FLOAT);
    assertThat(spec.backend()).isEqualTo(Backend.VECTOR);
    assertThat(spec.description()).isEqualTo("Seed.");
  }
}
