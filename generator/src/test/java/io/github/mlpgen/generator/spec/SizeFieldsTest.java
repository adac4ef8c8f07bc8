package io.github.mlpgen.generator.spec;

import static io.github.mlpgen.generator.spec.SpecTexts.problems;
import static io.github.mlpgen.generator.spec.SpecTexts.seedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sizes: {@code batch}, {@code input}, {@code hidden}, {@code output} and their totals. */
class SizeFieldsTest {

  static Stream<Arguments> rejectedSizes() {
    return Stream.of(
        rejects("zero batch", "batch", "0", "batch must be between 1 and 4096, was 0"),
        rejects("negative batch", "batch", "-3", "batch must be between 1 and 4096, was -3"),
        rejects("batch above limit", "batch", "4097",
            "batch must be between 1 and 4096, was 4097"),
        rejects("batch beyond long", "batch", "99999999999999999999",
            "batch must be between 1 and 4096, was 99999999999999999999"),
        rejects("batch in exponent notation", "batch", "1e30",
            "batch must be an integer (no fraction or exponent) between 1 and 4096, was 1e30"),
        rejects("fractional batch", "batch", "2.5",
            "batch must be an integer (no fraction or exponent) between 1 and 4096, was 2.5"),
        rejects("integral decimal batch", "batch", "32.0",
            "batch must be an integer (no fraction or exponent) between 1 and 4096, was 32.0"),
        rejects("batch equal to an integer in exponent notation", "batch", "3e0",
            "batch must be an integer (no fraction or exponent) between 1 and 4096, was 3e0"),
        rejects("batch with exponent beyond decimal range", "batch", "1e9999999999",
            "batch must be an integer (no fraction or exponent) between 1 and 4096,"
                + " was 1e9999999999"),
        rejects("negative zero batch", "batch", "-0", "batch must be between 1 and 4096, was -0"),
        rejects("batch as string", "batch", "\"32\"",
            "batch must be an integer between 1 and 4096, was \"32\""),
        rejects("boolean batch", "batch", "true",
            "batch must be an integer between 1 and 4096, was true"),
        rejects("null batch", "batch", "null",
            "batch must be an integer between 1 and 4096, was null"),
        rejects("object batch", "batch", "{\"n\": 32}",
            "batch must be an integer between 1 and 4096, was {\"n\":32}"),
        rejects("list batch", "batch", "[32]",
            "batch must be an integer between 1 and 4096, was [32]"),
        rejects("list of exponent numbers batch", "batch", "[1e30, 2.50]",
            "batch must be an integer between 1 and 4096, was [1e30,2.50]"),
        rejects("long list batch", "batch", ones(100),
            "batch must be an integer between 1 and 4096, was [" + "1,".repeat(28) + "..."),
        rejects("missing batch", "batch", null,
            "batch is required and must be an integer between 1 and 4096"),
        rejects("zero input", "input", "0", "input must be between 1 and 4096, was 0"),
        rejects("missing input", "input", null,
            "input is required and must be an integer between 1 and 4096"),
        rejects("output above limit", "output", "5000",
            "output must be between 1 and 4096, was 5000"),
        rejects("fractional output", "output", "0.5",
            "output must be an integer (no fraction or exponent) between 1 and 4096, was 0.5"),
        rejects("missing hidden", "hidden", null,
            "hidden is required and must be a list of 1 to 16 layer sizes, such as [25, 25]"),
        rejects("hidden as number", "hidden", "25",
            "hidden must be a list of 1 to 16 layer sizes, such as [25, 25], was 25"),
        rejects("hidden as string", "hidden", "\"25, 25\"",
            "hidden must be a list of 1 to 16 layer sizes, such as [25, 25], was \"25, 25\""),
        rejects("hidden as object", "hidden", "{\"d1\": 25}",
            "hidden must be a list of 1 to 16 layer sizes, such as [25, 25], was {\"d1\":25}"),
        rejects("empty hidden", "hidden", "[]",
            "hidden must have between 1 and 16 entries, was 0 entries"),
        rejects("seventeen hidden layers", "hidden", ones(17),
            "hidden must have between 1 and 16 entries, was 17 entries"),
        rejects("zero hidden size", "hidden", "[0, 25]",
            "hidden[0] must be between 1 and 4096, was 0"),
        rejects("fractional hidden size", "hidden", "[25, 2.5]",
            "hidden[1] must be an integer (no fraction or exponent) between 1 and 4096,"
                + " was 2.5"),
        rejects("null hidden size", "hidden", "[25, null]",
            "hidden[1] must be an integer between 1 and 4096, was null"),
        rejects("nested hidden list", "hidden", "[[25]]",
            "hidden[0] must be an integer between 1 and 4096, was [25]"));
  }

  private static Arguments rejects(String what, String field, String rawJson, String message) {
    return Arguments.of(what, field, rawJson, SpecTexts.FILE + ": " + message);
  }

  private static String ones(int count) {
    return "[" + String.join(", ", Collections.nCopies(count, "1")) + "]";
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("rejectedSizes")
  void rejectsInvalidSize(String what, String field, String rawJson, String message) {
    assertThat(problems(seedWith(field, rawJson))).containsExactly(message);
  }

  @Test
  void reportsEveryInvalidHiddenSize() {
    assertThat(problems(seedWith("hidden", "[25, \"x\", 0, 8]"))).containsExactly(
        "seed.mlp.json: hidden[1] must be an integer between 1 and 4096, was \"x\"",
        "seed.mlp.json: hidden[2] must be between 1 and 4096, was 0");
  }

  @Test
  void acceptsSizesAtTheirLimits() throws SpecException {
    String text = seedWith("batch", "4096").replace("[25, 25]", ones(16));

    NetworkSpec spec = SpecReader.parse(text, SpecTexts.FILE);

    assertThat(spec.batch()).isEqualTo(SpecLimits.MAX_BATCH);
    assertThat(spec.hidden()).hasSize(SpecLimits.MAX_HIDDEN_LAYERS).containsOnly(1);
  }

  @Test
  void acceptsLayerSizeAtLimit() throws SpecException {
    NetworkSpec spec = SpecReader.parse(seedWith("output", "4096"), SpecTexts.FILE);

    assertThat(spec.output()).isEqualTo(SpecLimits.MAX_LAYER_SIZE);
  }

  @Test
  void rejectsTooManyParameters() {
    // (4096 + 1) * 4096 + (4096 + 1) * 10 = 16781312 + 40970 weights and biases.
    String text = seedWith("input", "4096").replace("[25, 25]", "[4096]");

    assertThat(problems(text)).containsExactly("seed.mlp.json: parameter count must be at most"
        + " 16777216 (weights and biases of all layers, from input, hidden and output),"
        + " was 16822282");
  }

  @Test
  void rejectsTooManyActivationsPerBatch() {
    // 4096 rows * (4096 + 1 + 1) units.
    String text = network(4096, 4096, List.of(1), 1);

    assertThat(problems(text)).containsExactly("seed.mlp.json: activation count must be at"
        + " most 16777216 (batch times the sum of input, hidden and output sizes),"
        + " was 16785408");
  }

  @Test
  void acceptsActivationsExactlyAtLimit() throws SpecException {
    // 4096 rows * (4094 + 1 + 1) units = 2^24.
    NetworkSpec spec = SpecReader.parse(network(4096, 4094, List.of(1), 1), SpecTexts.FILE);

    assertThat((long) spec.batch() * (spec.input() + 1 + spec.output()))
        .isEqualTo(SpecLimits.MAX_ACTIVATIONS);
  }

  @Test
  void skipsNetworkLimitsWhileASizeIsInvalid() {
    String text = seedWith("input", "4096").replace("[25, 25]", "[4096, 0]");

    assertThat(problems(text))
        .containsExactly("seed.mlp.json: hidden[1] must be between 1 and 4096, was 0");
  }

  private static String network(int batch, int input, List<Integer> hidden, int output) {
    return seedWith("batch", Integer.toString(batch))
        .replace("\"input\": 50", "\"input\": " + input)
        .replace("[25, 25]", hidden.toString())
        .replace("\"output\": 10", "\"output\": " + output);
  }
}
