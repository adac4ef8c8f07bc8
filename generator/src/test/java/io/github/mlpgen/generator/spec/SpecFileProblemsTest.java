package io.github.mlpgen.generator.spec;

import static io.github.mlpgen.generator.spec.SpecTexts.fixture;
import static io.github.mlpgen.generator.spec.SpecTexts.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that cannot be read as one spec at all: names, I/O, encoding and syntax. */
class SpecFileProblemsTest {

  private static final String EXPECTED_OBJECT =
      "an object with the fields name, package, batch, input, hidden and output";

  private static final String YAML = "seed.mlp.yaml";

  private static final String TAB =
      "a tab (U+0009) is not allowed here; indent and separate with spaces";

  @TempDir Path folder;

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      empty.mlp.json          | is empty; expected an object with the fields name, package, \
      batch, input, hidden and output
      comments-only.mlp.yaml  | is empty; expected an object with the fields name, package, \
      batch, input, hidden and output
      missing-comma.mlp.json  | is not valid JSON at line 4, column 3: Unexpected character \
      ('"' (code 34)): was expecting comma to separate Object entries
      bad-mapping.mlp.yaml    | is not valid YAML at line 3, column 10: mapping values are \
      not allowed here
      duplicate-key.mlp.json  | has the field 'batch' twice at line 6, column 10; each field \
      may appear once
      duplicate-key.mlp.yaml  | has the field 'input' twice at line 7, column 6; each field \
      may appear once
      two-documents.mlp.yaml  | has a second YAML document at line 8, column 1; a spec file \
      describes one network
      trailing-content.mlp.json | has more content after the top-level object at line 9, \
      column 1
      seed.json               | is not a spec file: the name must end in .mlp.json, \
      .mlp.yaml or .mlp.yml
      """)
  void rejectsFixture(String fileName, String statement) {
    assertThat(problems(fixture("rejected/" + fileName)))
        .containsExactly(fileName + " " + statement);
  }

  @Test
  void rejectsTopLevelThatIsNotAnObject() {
    assertThat(problems(fixture("rejected/top-level-list.mlp.yaml"))).containsExactly(
        "top-level-list.mlp.yaml: top level must be " + EXPECTED_OBJECT + ", was [25,25]");
  }

  @Test
  void rejectsTopLevelString() {
    assertThat(problems("\"SeedNetwork\"")).containsExactly(
        "seed.mlp.json: top level must be " + EXPECTED_OBJECT + ", was \"SeedNetwork\"");
  }

  @Test
  void rejectsBlankText() {
    assertThat(problems("  \n\t\n")).containsExactly(
        "seed.mlp.json is empty; expected " + EXPECTED_OBJECT);
  }

  @Test
  void rejectsMissingFileWithoutItsPath() {
    assertThat(problems(folder.resolve("absent.mlp.json")))
        .containsExactly("absent.mlp.json cannot be read: no such file");
  }

  @Test
  void rejectsFolder() throws IOException {
    Path dir = Files.createDirectory(folder.resolve("dir.mlp.json"));

    assertThat(problems(dir)).containsExactly("dir.mlp.json is a folder, not a spec file");
  }

  @Test
  void rejectsWrongFileNameBeforeReadingIt() {
    assertThat(problems(folder.resolve("absent.yaml"))).containsExactly(
        "absent.yaml is not a spec file: the name must end in .mlp.json, .mlp.yaml or .mlp.yml");
  }

  @Test
  void rejectsTextThatIsNotUtf8() throws IOException {
    Path file = folder.resolve("latin1.mlp.json");
    Files.write(file, "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

    // Byte 13 is the Latin-1 e-acute, which is no UTF-8 sequence.
    assertThat(problems(file)).containsExactly("latin1.mlp.json is not UTF-8 text (invalid"
        + " byte sequence at byte offset 13); save it as UTF-8");
  }

  @Test
  void rejectsFileLargerThanLimit() throws IOException {
    Path file = folder.resolve("huge.mlp.json");
    Files.write(file, new byte[SpecLimits.MAX_FILE_BYTES + 1]);

    assertThat(problems(file)).containsExactly(
        "huge.mlp.json is larger than 1048576 bytes; a spec file holds one small object");
  }

  @Test
  void rejectsDeeplyNestedTextWithoutOverflowingTheStack() {
    String text = "[".repeat(5000) + "]".repeat(5000);

    assertThat(problems(text)).singleElement().asString()
        .startsWith("seed.mlp.json is not valid JSON at line 1, column ")
        .endsWith(": Document nesting depth (1001) exceeds the maximum allowed (1000)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      {"batch": NaN}          | line 1, column 14: JSON does not allow NaN; use a number
      {"batch": Infinity}     | line 1, column 19: JSON does not allow Infinity; use a number
      {"batch": -Infinity}    | line 1, column 20: JSON does not allow -Infinity; use a number
      {"batch": +32}          | line 1, column 12: JSON does not allow a plus sign before a \
      number; leave it out
      {"batch": 32 // rows}   | line 1, column 14: comments are not allowed in JSON; use YAML \
      (a .mlp.yaml file) for comments
      {/* rows */ "batch": 32} | line 1, column 2: comments are not allowed in JSON; use YAML \
      (a .mlp.yaml file) for comments
      {"batch": 32 # rows}    | line 1, column 14: comments are not allowed in JSON; use YAML \
      (a .mlp.yaml file) for comments
      """)
  void saysInTheSpecsTermsWhatJsonDoesNotAllow(String text, String statement) {
    assertThat(problems(text))
        .containsExactly("seed.mlp.json is not valid JSON at " + statement);
  }

  @Test
  void namesNoSettingOfTheParser() {
    // A record separator: Jackson suggests a setting of its own to allow it.
    assertThat(problems("{\"batch\": 32\u001e}")).singleElement().asString()
        .startsWith("seed.mlp.json is not valid JSON at line 1, column ")
        .doesNotContain("enabl", "Feature", "`");
  }

  @Test
  void citesWhereAnUnclosedListOpensAsLineAndColumn() {
    // The list opens at column 12 and the text ends after column 16.
    assertThat(problems("{\"hidden\": [1, 2")).containsExactly("seed.mlp.json is not valid JSON"
        + " at line 1, column 17: Unexpected end-of-input: expected close marker for Array"
        + " (start marker at line 1, column 12)");
  }

  @Test
  void rejectsYamlKeyThatIsAList() {
    String text = "name: SeedNetwork\n? [batch, size]\n: 32\n";

    assertThat(problems(text, "seed.mlp.yaml")).containsExactly("seed.mlp.yaml has a key that"
        + " is a list or a mapping at line 2, column 4; keys must be names");
  }

  @Test
  void placesTabIndentingALineAtTheTab() {
    assertThat(problems("name: Y6\n\tbatch: 4\n", YAML)).containsExactly("seed.mlp.yaml is"
        + " not valid YAML at line 2, column 1: " + TAB);
  }

  @Test
  void placesTabAfterAColonAtTheTab() {
    assertThat(problems("name: Y6\nbatch:\t4\n", YAML)).containsExactly("seed.mlp.yaml is"
        + " not valid YAML at line 2, column 7: " + TAB);
  }

  @Test
  void placesTabInAFlowListAtTheTab() {
    assertThat(problems("name: Y6\nhidden: [25,\t25]\n", YAML)).containsExactly(
        "seed.mlp.yaml is not valid YAML at line 2, column 13: " + TAB);
  }

  @Test
  void countsCarriageReturnAndLineFeedAsOneLineEnd() {
    assertThat(problems("name: Y6\r\n\r\n\tbatch: 4\r\n", YAML)).containsExactly(
        "seed.mlp.yaml is not valid YAML at line 3, column 1: " + TAB);
  }

  @Test
  void placesUnclosedQuoteWhereTheTextEndsAndWhereItOpens() {
    assertThat(problems("name: \"Seed\nbatch: 4\n", YAML)).containsExactly("seed.mlp.yaml"
        + " is not valid YAML at line 3, column 1: while scanning a quoted scalar at line 1,"
        + " column 7; found unexpected end of stream");
  }

  @Test
  void placesUnclosedFlowListWhereItBreaksAndWhereItOpens() {
    assertThat(problems("hidden: [1, 2\nbatch: 3\n", YAML)).containsExactly("seed.mlp.yaml"
        + " is not valid YAML at line 2, column 6: while parsing a flow sequence at line 1,"
        + " column 9; expected ',' or ']', but got :");
  }

  @Test
  void namesCharacterYamlDoesNotAllowWhereItStands() {
    String text = SpecTexts.yaml() + "description: a\u007fb\n";

    assertThat(problems(text, YAML)).containsExactly("seed.mlp.yaml is not valid YAML at"
        + " line 7, column 15: the character U+007F is not allowed");
  }

  @Test
  void namesControlCharacterInAComment() {
    assertThat(problems("name: Y6\n# bell \u0007\nbatch: 4\n", YAML)).containsExactly(
        "seed.mlp.yaml is not valid YAML at line 2, column 8: the character U+0007 is not"
            + " allowed");
  }

  @Test
  void countsEveryKindOfLineEndBeforeACharacterNotAllowed() {
    String text = "a: 1\r\nb: 2\rc: 3\u0085d: 4\u2028e: 5\u2029f: 6\ng: \u0001\n";

    assertThat(problems(text, YAML)).containsExactly("seed.mlp.yaml is not valid YAML at"
        + " line 7, column 4: the character U+0001 is not allowed");
  }

  @Test
  void countsColumnsInCodePointsBeforeACharacterNotAllowed() {
    // The emoji is two UTF-16 units but one character, as for the parser's own positions.
    assertThat(problems("name: \ud83d\ude00\u007f\n", YAML)).containsExactly(
        "seed.mlp.yaml is not valid YAML at line 1, column 8: the character U+007F is not"
            + " allowed");
  }

  @Test
  void namesUnpairedSurrogateYamlDoesNotAllow() {
    assertThat(problems("name: Y6\ndescription: x\ud800y\n", YAML)).containsExactly(
        "seed.mlp.yaml is not valid YAML at line 2, column 15: the character U+D800 is not"
            + " allowed");
  }

  @Test
  void namesNoncharacterYamlDoesNotAllow() {
    assertThat(problems("name: Y6\uFFFE\n", YAML)).containsExactly(
        "seed.mlp.yaml is not valid YAML at line 1, column 9: the character U+FFFE is not"
            + " allowed");
  }

  @Test
  void leavesEscapedControlCharacterToTheDescriptionRules() {
    String text = SpecTexts.yaml() + "description: \"a\\x7fb\"\n";

    assertThat(problems(text, YAML)).containsExactly("seed.mlp.yaml: description must not"
        + " contain control characters other than line feed and tab, was U+007F at character 2");
  }

  @Test
  void reportsSyntaxErrorOnOneLine() {
    String text = "name: Seed\n  bad indentation: [\n";

    assertThat(problems(text, "seed.mlp.yaml")).singleElement().asString()
        .startsWith("seed.mlp.yaml is not valid YAML at line ")
        .doesNotContain("\n");
  }
}
