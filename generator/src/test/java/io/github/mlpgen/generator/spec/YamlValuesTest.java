package io.github.mlpgen.generator.spec;

import static io.github.mlpgen.generator.spec.SpecTexts.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notations only YAML has: {@code .nan} and {@code .inf}, integers in other bases, with signs,
 * separators or leading zeros, anchors, aliases and the merge key.
 */
class YamlValuesTest {

  private static final String FILE = "seed.mlp.yaml";

  private static final String UNSUPPORTED =
      "; YAML anchors, aliases and merge keys are not supported, ";

  private static final String NO_TAGS = "; YAML tags are not supported, leave the tag out";

  /** The seed network in YAML, one field a line, in the order the format lists them. */
  private static final Map<String, String> SEED_LINES = seedLines();

  private static Map<String, String> seedLines() {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("name", "name: SeedNetwork");
    lines.put("package", "package: org.example.nn");
    lines.put("batch", "batch: 32");
    lines.put("input", "input: 50");
    lines.put("hidden", "hidden: [25, 25]");
    lines.put("output", "output: 10");
    return lines;
  }

  /** The seed spec in YAML with the line of {@code field} replaced by {@code line}. */
  private static String seedWith(String field, String line) {
    Map<String, String> lines = new LinkedHashMap<>(SEED_LINES);
    lines.put(field, line);
    return lines.values().stream().collect(Collectors.joining("\n", "", "\n"));
  }

  private static String message(String statement) {
    return FILE + ": " + statement;
  }

  /** A statement whose subject is the file. */
  private static String aboutFile(String statement) {
    return FILE + " " + statement;
  }

  @ParameterizedTest(name = "rejects output: {0}")
  @CsvSource({".nan", ".NaN", ".inf", "-.inf", "+.Inf"})
  void reportsNotANumberOrInfinityAsTheFieldsProblem(String written) {
    String text = seedWith("output", "output: " + written).replace("batch: 32", "batch: 0");

    assertThat(problems(text, FILE)).containsExactly(
        message("batch must be between 1 and 4096, was 0"),
        message("output must be an integer between 1 and 4096, was " + written));
  }

  @Test
  void reportsInfinityInHiddenList() {
    assertThat(problems(seedWith("hidden", "hidden: [25, .inf, 0]"), FILE)).containsExactly(
        message("hidden[1] must be an integer between 1 and 4096, was .inf"),
        message("hidden[2] must be between 1 and 4096, was 0"));
  }

  @Test
  void reportsNotANumberInTextFields() {
    String text = seedWith("name", "name: .nan") + "description: -.inf\n";

    assertThat(problems(text, FILE)).containsExactly(
        message("name must be a Java class name such as SeedNetwork, was .nan"),
        message("description must be text, was -.inf"));
  }

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource(delimiter = '|', textBlock = """
      input: 3e0      | input must be an integer (no fraction or exponent) between 1 and 4096, \
      was 3e0
      batch: 1.5e3    | batch must be an integer (no fraction or exponent) between 1 and 4096, \
      was 1.5e3
      batch: 32.      | batch must be an integer (no fraction or exponent) between 1 and 4096, \
      was 32.
      batch: [1e30]   | batch must be an integer between 1 and 4096, was [1e30]
      """)
  void showsNumbersAsWritten(String line, String statement) {
    String field = line.substring(0, line.indexOf(':'));

    assertThat(problems(seedWith(field, line), FILE)).containsExactly(message(statement));
  }

  @Test
  void rejectsAliasAtItsPosition() {
    String text = seedWith("batch", "batch: &n 4").replace("input: 50", "input: *n");

    assertThat(problems(text, FILE)).containsExactly(aboutFile("has the YAML alias '*n' at line 4,"
        + " column 8" + UNSUPPORTED + "write the value itself"));
  }

  @Test
  void rejectsAliasOfAListInsideAList() {
    String text = seedWith("hidden", "hidden: &h [25, 25]") + "layers: [*h]\n";

    assertThat(problems(text, FILE)).containsExactly(aboutFile("has the YAML alias '*h' at line 7,"
        + " column 10" + UNSUPPORTED + "write the value itself"));
  }

  @Test
  void rejectsMergeKeyWithOneMessage() {
    String text = "sizes: &sizes\n  batch: 32\n  input: 50\n"
        + seedWith("batch", "<<: *sizes").replace("input: 50\n", "");

    assertThat(problems(text, FILE)).containsExactly(aboutFile("has the YAML merge key '<<' at"
        + " line 6, column 1" + UNSUPPORTED + "write the fields themselves"));
  }

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      batch  | batch: !foo 4                | '!foo' at line 3, column 8
      input  | input: !!int 50              | '!!int' at line 4, column 8
      output | output: !!str 10             | '!!str' at line 6, column 9
      hidden | hidden: !!seq [25, 25]       | '!!seq' at line 5, column 9
      hidden | hidden: [25, !!int 25]       | '!!int' at line 5, column 14
      name   | name: ! SeedNetwork          | '!' at line 1, column 7
      name   | name: !!binary U2VlZA==      | '!!binary' at line 1, column 7
      batch  | batch: !<tag:x.org,2026:n> 4 | '!<tag:x.org,2026:n>' at line 3, column 8
      batch  | batch: &n !foo 4             | '!foo' at line 3, column 8
      batch  | !!str batch: 32              | '!!str' at line 3, column 1
      """)
  void rejectsTagWhereItStands(String field, String line, String tagAndPosition) {
    assertThat(problems(seedWith(field, line), FILE))
        .containsExactly(aboutFile("has the YAML tag " + tagAndPosition + NO_TAGS));
  }

  @Test
  void rejectsTagOnFirstKey() {
    String text = seedWith("name", "!!str name: SeedNetwork");

    assertThat(problems(text, FILE)).containsExactly(
        aboutFile("has the YAML tag '!!str' at line 1, column 1" + NO_TAGS));
  }

  @Test
  void rejectsTagOnTheDocument() {
    String text = "--- !network\n" + seedWith("name", "name: SeedNetwork");

    assertThat(problems(text, FILE)).containsExactly(
        aboutFile("has the YAML tag '!network' at line 1, column 5" + NO_TAGS));
  }

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource(delimiter = '|', textBlock = """
      batch: 0x10     | batch must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096, \
      was 0x10
      batch: 0x1F     | batch must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096, \
      was 0x1F
      batch: -0x10    | batch must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096, \
      was -0x10
      batch: 0x2000   | batch must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096, \
      was 0x2000
      batch: 0b11     | batch must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096, \
      was 0b11
      batch: +5       | batch must be an integer (no '+' sign) between 1 and 4096, was +5
      batch: +0       | batch must be an integer (no '+' sign) between 1 and 4096, was +0
      batch: 1_0      | batch must be an integer (no '_' separators) between 1 and 4096, \
      was 1_0
      batch: 1_000_000 | batch must be an integer (no '_' separators) between 1 and 4096, \
      was 1_000_000
      batch: 010      | batch must be an integer (no leading zero) between 1 and 4096, was 010
      batch: 00       | batch must be an integer (no leading zero) between 1 and 4096, was 00
      batch: -010     | batch must be an integer (no leading zero) between 1 and 4096, was -010
      input: 0o7      | input must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096, \
      was 0o7
      batch: 08       | batch must be an integer (no leading zero) between 1 and 4096, was 08
      batch: +08      | batch must be an integer (no '+' sign) between 1 and 4096, was +08
      """)
  void rejectsIntegerNotInPlainDecimal(String line, String statement) {
    String field = line.substring(0, line.indexOf(':'));

    assertThat(problems(seedWith(field, line), FILE)).containsExactly(message(statement));
  }

  @Test
  void reportsEverySizeNotInPlainDecimal() {
    String text = seedWith("batch", "batch: 0x10").replace("input: 50", "input: 3")
        .replace("[25, 25]", "[1_0, +5, 0b11]").replace("output: 10", "output: 010");

    assertThat(problems(text, FILE)).containsExactly(
        message("batch must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096,"
            + " was 0x10"),
        message("hidden[0] must be an integer (no '_' separators) between 1 and 4096,"
            + " was 1_0"),
        message("hidden[1] must be an integer (no '+' sign) between 1 and 4096, was +5"),
        message("hidden[2] must be an integer (no 0x, 0o or 0b prefix) between 1 and 4096,"
            + " was 0b11"),
        message("output must be an integer (no leading zero) between 1 and 4096, was 010"));
  }

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      input: "0o7"    | input must be an integer between 1 and 4096, was "0o7"
      batch: '08'     | batch must be an integer between 1 and 4096, was "08"
      batch: 0X1F     | batch must be an integer between 1 and 4096, was "0X1F"
      """)
  void rejectsQuotedOrNonIntegerScalarAsText(String line, String statement) {
    String field = line.substring(0, line.indexOf(':'));

    assertThat(problems(seedWith(field, line), FILE)).containsExactly(message(statement));
  }

  @Test
  void keepsPlainYaml12IntegerAsTextInOtherFields() {
    String text = seedWith("batch", "batch: 32") + "dtype: 08\n";

    assertThat(problems(text, FILE))
        .containsExactly(message("dtype must be double or float, was \"08\""));
  }

  @Test
  void acceptsPlainYaml12IntegerAsDescription() throws SpecException {
    NetworkSpec spec = SpecReader.parse(seedWith("batch", "batch: 32") + "description: 0o7\n",
        FILE);

    assertThat(spec.description()).isEqualTo("0o7");
  }

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource(delimiter = '|', textBlock = """
      batch: -3       | batch must be between 1 and 4096, was -3
      batch: -0       | batch must be between 1 and 4096, was -0
      batch: 0        | batch must be between 1 and 4096, was 0
      """)
  void rejectsNegativeAndZeroDecimalByRange(String line, String statement) {
    assertThat(problems(seedWith("batch", line), FILE)).containsExactly(message(statement));
  }

  @Test
  void acceptsPlainDecimalSizes() throws SpecException {
    NetworkSpec spec = SpecReader.parse(
        seedWith("batch", "batch: 4096").replace("[25, 25]", "[1, 10, 100]"), FILE);

    assertThat(spec.batch()).isEqualTo(4096);
    assertThat(spec.hidden()).containsExactly(1, 10, 100);
  }
}
