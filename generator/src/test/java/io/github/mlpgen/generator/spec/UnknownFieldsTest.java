package io.github.mlpgen.generator.spec;

import static io.github.mlpgen.generator.spec.SpecTexts.problems;
import static io.github.mlpgen.generator.spec.SpecTexts.seedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keys the format does not know: rejected, with the field most likely meant. */
class UnknownFieldsTest {

  private static final String ALL_FIELDS =
      "name, package, batch, input, hidden, output, dtype, backend, description";

  @Test
  void rejectsMisspeltRequiredFieldAndSuggestsIt() {
    String text = seedWith("hidden", null).replace("\n}", ",\n  \"hiden\": [25, 25]\n}");

    assertThat(problems(text)).containsExactly(
        "seed.mlp.json: hidden is required and must be a list of 1 to 16 layer sizes,"
            + " such as [25, 25]",
        "seed.mlp.json: unknown field 'hiden' (did you mean 'hidden'?)");
  }

  @Test
  void rejectsMisspeltOptionalFieldInsteadOfUsingItsDefault() {
    assertThat(problems(seedWith("backnd", "\"vector\"")))
        .containsExactly("seed.mlp.json: unknown field 'backnd' (did you mean 'backend'?)");
  }

  @ParameterizedTest(name = "suggests {1} for {0}")
  @CsvSource({
      "Batch, batch",
      "bach, batch",
      "batchSize, batch",
      "batch_size, batch",
      "outptu, output",
      "inputs, input",
      "dtpye, dtype",
      "type, dtype",
      "precision, dtype",
      "descripton, description",
      "pakage, package",
      "packageName, package",
      "pkg, package",
      "className, name",
      "class, name",
      "layers, hidden",
      "hiddenSizes, hidden"})
  void suggestsTheFieldAKeyMostLikelyMeans(String key, String field) {
    assertThat(problems(seedWith(key, "1"))).containsExactly(
        "seed.mlp.json: unknown field '" + key + "' (did you mean '" + field + "'?)");
  }

  @Test
  void listsTheFieldsWhenNothingIsClose() {
    assertThat(problems(seedWith("colour", "\"red\""))).containsExactly(
        "seed.mlp.json: unknown field 'colour'; the fields are " + ALL_FIELDS);
  }

  @Test
  void showsAnUnprintableKeyEscaped() {
    assertThat(problems(seedWith("a\\u0000b", "1"))).containsExactly(
        "seed.mlp.json: unknown field 'a\\u0000b'; the fields are " + ALL_FIELDS);
  }

  @Test
  void reportsUnknownFieldsInFileOrderAfterTheKnownFields() {
    String text = seedWith("zeta", "1").replace("{\n", "{\n  \"alpha\": 2,\n")
        .replace("\"batch\": 32", "\"batch\": 0");

    assertThat(problems(text)).containsExactly(
        "seed.mlp.json: batch must be between 1 and 4096, was 0",
        "seed.mlp.json: unknown field 'alpha'; the fields are " + ALL_FIELDS,
        "seed.mlp.json: unknown field 'zeta'; the fields are " + ALL_FIELDS);
  }

  @Test
  void namesTenUnknownFieldsAndCountsTheRest() {
    StringBuilder extra = new StringBuilder();
    for (int i = 1; i <= 13; i++) {
      extra.append(",\n  \"x").append(i).append("\": ").append(i);
    }
    String text = SpecTexts.seed().replace("\n}", extra + "\n}");

    List<String> problems = problems(text);

    assertThat(problems).hasSize(11).startsWith(
        "seed.mlp.json: unknown field 'x1'; the fields are " + ALL_FIELDS);
    assertThat(problems.get(9)).startsWith("seed.mlp.json: unknown field 'x10';");
    assertThat(problems.get(10)).isEqualTo("seed.mlp.json has 3 more unknown fields");
  }
}
