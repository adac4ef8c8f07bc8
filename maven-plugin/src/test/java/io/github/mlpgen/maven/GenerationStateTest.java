package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.maven.GenerationState.SpecRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GenerationStateTest {

  private static GenerationState sample() {
    TreeMap<String, SpecRecord> specs = new TreeMap<>();
    specs.put("z/Last one.mlp.json", new SpecRecord("ff00", "org/example/Last.java"));
    specs.put("First=ü.mlp.yaml", new SpecRecord("00aa", "org/example/First.java"));
    return new GenerationState(
        "1.0+abc", "backend=scalar;dtype=double", "/p q/out", "/p q/src", specs);
  }

  @Test
  void readsBackWhatItRenders() throws IOException {
    GenerationState state = sample();

    assertThat(GenerationState.parse(state.render())).isEqualTo(state);
  }

  @Test
  void rendersSortedLinesWithoutADate() {
    String text = sample().render();

    assertThat(text.lines().filter(line -> line.startsWith("#"))).hasSize(1);
    assertThat(text.lines().filter(line -> !line.startsWith("#")))
        .isSorted()
        .hasSize(8);
    assertThat(text).isEqualTo(sample().render());
  }

  @Test
  void readsAStateWithoutItsSourceDirectoryAsNotKnowingIt() throws IOException {
    String text = "generator=g\nconfiguration=c\noutputDirectory=/o\n"
        + "spec.A.mlp.json.sha256=1\nspec.A.mlp.json.output=a/A.java\n";

    GenerationState state = GenerationState.parse(text);

    assertThat(state.sourceDirectory()).isEmpty();
    assertThat(state.outputsBySpec()).containsOnlyKeys(Path.of("/o/a/A.java"));
  }

  @Test
  void rejectsAStateWithoutItsGenerator() {
    assertThatThrownBy(() -> GenerationState.parse("configuration=x\noutputDirectory=/o\n"))
        .isInstanceOf(IOException.class)
        .hasMessage("the key 'generator' is missing");
  }

  @Test
  void rejectsASpecWithoutItsOutput() {
    String text = "generator=g\nconfiguration=c\noutputDirectory=/o\nspec.A.mlp.json.sha256=1\n";

    assertThatThrownBy(() -> GenerationState.parse(text))
        .isInstanceOf(IOException.class)
        .hasMessage("the key 'spec.A.mlp.json.output' is missing");
  }

  @Test
  void rejectsAnOutputThatIsNoPath() {
    String text = "generator=g\nconfiguration=c\noutputDirectory=/o\n"
        + "spec.A.mlp.json.sha256=1\nspec.A.mlp.json.output=a\\u0000b.java\n";

    assertThatThrownBy(() -> GenerationState.parse(text))
        .isInstanceOf(IOException.class)
        .hasMessage("the value of 'spec.A.mlp.json.output' is not a path");
  }

  @Test
  void resolvesOutputsAgainstTheRecordedOutputDirectory() {
    Map<Path, String> outputs = sample().outputsBySpec();

    assertThat(outputs).containsEntry(Path.of("/p q/out/org/example/First.java"),
        "First=ü.mlp.yaml");
    assertThat(outputs).hasSize(2);
  }
}
