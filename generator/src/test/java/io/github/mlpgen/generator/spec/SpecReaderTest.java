package io.github.mlpgen.generator.spec;

import static io.github.mlpgen.generator.spec.SpecTexts.fixture;
import static io.github.mlpgen.generator.spec.SpecTexts.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading whole spec files: the seed spec, defaults, and every problem of a file at once. */
class SpecReaderTest {

  private static final NetworkSpec SEED =
      NetworkSpec.of("SeedNetwork", "org.example.nn", 32, 50, List.of(25, 25), 10);

  private static final SpecDefaults FLOAT_VECTOR =
      new SpecDefaults(DType.FLOAT, Backend.VECTOR);

  @TempDir Path folder;

  @Test
  void readsSeedSpecFromJson() throws SpecException {
    assertThat(SpecReader.read(fixture("seed.mlp.json"))).isEqualTo(SEED);
  }

  @Test
  void readsSeedSpecFromYaml() throws SpecException {
    assertThat(SpecReader.read(fixture("seed.mlp.yaml"))).isEqualTo(SEED);
  }

  @Test
  void readsEveryFieldFromYmlFile() throws SpecException {
    NetworkSpec expected = new NetworkSpec("WideFloatNetwork", "com.acme.record.models", 64, 8,
        List.of(16, 12, 4), 2, DType.FLOAT, Backend.VECTOR,
        "Energy efficiency regression.\nHeating and cooling load from 8 building features.\n");

    assertThat(SpecReader.read(fixture("full.mlp.yml"))).isEqualTo(expected);
  }

  @Test
  void parsesSeedSpecFromText() throws SpecException {
    assertThat(SpecReader.parse(SpecTexts.seed(), "seed.mlp.json")).isEqualTo(SEED);
  }

  @Test
  void appliesStandardDefaultsToAbsentOptionalFields() throws SpecException {
    NetworkSpec spec = SpecReader.parse(SpecTexts.seed(), "seed.mlp.json");

    assertThat(spec.dtype()).isEqualTo(DType.DOUBLE);
    assertThat(spec.backend()).isEqualTo(Backend.SCALAR);
    assertThat(spec.description()).isEmpty();
  }

  @Test
  void appliesGivenDefaultsToAbsentOptionalFields() throws SpecException {
    NetworkSpec spec = SpecReader.parse(SpecTexts.seed(), "seed.mlp.json", FLOAT_VECTOR);

    assertThat(spec).isEqualTo(SEED.withDtype(DType.FLOAT).withBackend(Backend.VECTOR));
  }

  @Test
  void valuesInTheFileWinOverDefaults() throws SpecException {
    String text = SpecTexts.seedWith("dtype", "\"double\"")
        .replace("\n}", ",\n  \"backend\": \"scalar\"\n}");

    assertThat(SpecReader.parse(text, "seed.mlp.json", FLOAT_VECTOR)).isEqualTo(SEED);
  }

  @Test
  void fileValueWinsForOneFieldWhileTheOtherTakesItsDefault()
      throws IOException, SpecException {
    String text = SpecTexts.seedWith("backend", "\"scalar\"");

    NetworkSpec spec = SpecReader.read(write("mixed.mlp.json", text), FLOAT_VECTOR);

    assertThat(spec.dtype()).isEqualTo(DType.FLOAT);
    assertThat(spec.backend()).isEqualTo(Backend.SCALAR);
  }

  @Test
  void reportsEveryProblemOfAFileInFieldOrder() {
    String text = "{\n"
        + "  \"colour\": 1,\n"
        + "  \"description\": \"a */ b\",\n"
        + "  \"backend\": \"simd\",\n"
        + "  \"dtype\": \"Double\",\n"
        + "  \"output\": \"10\",\n"
        + "  \"hidden\": [0, 2.5],\n"
        + "  \"batch\": 0,\n"
        + "  \"package\": \"org..nn\",\n"
        + "  \"name\": \"class\"\n"
        + "}\n";

    assertThat(problems(text)).containsExactly(
        "seed.mlp.json: name must not be a reserved word of Java, was \"class\"",
        "seed.mlp.json: package must be names joined by single dots, with no dot at either"
            + " end, was \"org..nn\"",
        "seed.mlp.json: batch must be between 1 and 4096, was 0",
        "seed.mlp.json: input is required and must be an integer between 1 and 4096",
        "seed.mlp.json: hidden[0] must be between 1 and 4096, was 0",
        "seed.mlp.json: hidden[1] must be an integer (no fraction or exponent) between 1 and"
            + " 4096, was 2.5",
        "seed.mlp.json: output must be an integer between 1 and 4096, was \"10\"",
        "seed.mlp.json: dtype must be double or float, was \"Double\"",
        "seed.mlp.json: backend must be scalar or vector, was \"simd\"",
        "seed.mlp.json: description must not contain '*/' (it would end the generated"
            + " Javadoc comment), was '*/' at character 3",
        "seed.mlp.json: unknown field 'colour'; the fields are name, package, batch, input,"
            + " hidden, output, dtype, backend, description");
  }

  @Test
  void exceptionMessageListsOneProblemPerLine() {
    String text = SpecTexts.seedWith("batch", "0").replace("\"input\": 50", "\"input\": 0");

    SpecException e = catchSpecException(text);

    assertThat(e.getMessage()).isEqualTo("seed.mlp.json: batch must be between 1 and 4096,"
        + " was 0\nseed.mlp.json: input must be between 1 and 4096, was 0");
    assertThat(e.problems()).extracting(SpecProblem::field).containsExactly("batch", "input");
    assertThat(e.problems()).extracting(SpecProblem::value).containsExactly("0", "0");
  }

  @Test
  void reportsYamlValuesByTheirYamlTypes() {
    String text = "name: 123\npackage: org.example.nn\nbatch: yes\ninput: ~\n"
        + "hidden: 25\noutput: 10\n";

    assertThat(problems(text, "seed.mlp.yaml")).containsExactly(
        "seed.mlp.yaml: name must be a Java class name such as SeedNetwork, was 123",
        "seed.mlp.yaml: batch must be an integer between 1 and 4096, was true",
        "seed.mlp.yaml: input must be an integer between 1 and 4096, was null",
        "seed.mlp.yaml: hidden must be a list of 1 to 16 layer sizes, such as [25, 25],"
            + " was 25");
  }

  @Test
  void namesTheFileWithoutItsFolders() throws IOException {
    Path file = write("nested/deeper/bad.mlp.json", SpecTexts.seedWith("batch", "0"));

    assertThat(problems(file))
        .containsExactly("bad.mlp.json: batch must be between 1 and 4096, was 0");
    assertThat(problems(SpecTexts.seedWith("batch", "0"), "/abs/path/to/bad.mlp.json"))
        .containsExactly("bad.mlp.json: batch must be between 1 and 4096, was 0");
  }

  @Test
  void acceptsUtf8ByteOrderMark() throws IOException, SpecException {
    Path file = folder.resolve("bom.mlp.json");
    Files.write(file, ("\uFEFF" + SpecTexts.seed()).getBytes(StandardCharsets.UTF_8));

    assertThat(SpecReader.read(file)).isEqualTo(SEED);
  }

  @Test
  void recognisesSpecFileNames() {
    assertThat(SpecReader.FILE_SUFFIXES).containsExactly(".mlp.json", ".mlp.yaml", ".mlp.yml");
    assertThat(SpecReader.isSpecFileName("seed.mlp.yml")).isTrue();
    assertThat(SpecReader.isSpecFileName("seed.json")).isFalse();
    assertThat(SpecReader.isSpecFileName("seed.mlp.JSON")).isFalse();
  }

  private Path write(String relativePath, String content) throws IOException {
    Path file = folder.resolve(relativePath);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static SpecException catchSpecException(String text) {
    try {
      SpecReader.parse(text, SpecTexts.FILE);
    } catch (SpecException e) {
      return e;
    }
    throw new AssertionError("expected a SpecException");
  }
}
