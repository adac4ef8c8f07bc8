package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import io.github.mlpgen.generator.spec.SpecDefaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationRunTest {

  @TempDir Path temporaryFolder;

  private TestProject project;

  @BeforeEach
  void createProject() throws Exception {
    project = new TestProject(temporaryFolder);
  }

  @Test
  void generatesOneClassPerSpecBelowPackageFolders() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.writeSpec("nested/Other.mlp.json", TestProject.spec("Other", "org.example.b", 2));

    GenerationResult result = project.run();

    assertThat(result.specs()).isEqualTo(2);
    assertThat(result.generated()).isEqualTo(2);
    assertThat(result.written()).isEqualTo(2);
    assertThat(project.generated("org.example.nn.Tiny")).content().contains("class Tiny");
    assertThat(project.generated("org.example.b.Other")).content().contains("class Other");
    assertThat(project.stateFile()).exists();
  }

  @Test
  void secondRunWithoutChangesWritesNothing() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    project.ageOutputs();

    GenerationResult second = project.run();

    assertThat(second.generated()).isZero();
    assertThat(second.written()).isZero();
    assertThat(second.summary("sourceDirectory", "src/main/mlpgen"))
        .isEqualTo("mlpgen: 1 network up to date");
    assertThat(TestProject.modified(project.generated("org.example.nn.Tiny")))
        .isEqualTo(TestProject.OLD_TIME);
    assertThat(TestProject.modified(project.stateFile())).isEqualTo(TestProject.OLD_TIME);
  }

  @Test
  void changedSpecRegeneratesThatSpecAlone() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.writeSpec("Other.mlp.json", TestProject.spec("Other", "org.example.nn", 4));
    project.run();
    String before = Files.readString(project.generated("org.example.nn.Tiny"));
    project.ageOutputs();

    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 8));
    GenerationResult result = project.run();

    assertThat(result.generated()).isEqualTo(1);
    assertThat(project.generated("org.example.nn.Tiny")).content().isNotEqualTo(before);
    assertThat(TestProject.modified(project.generated("org.example.nn.Other")))
        .isEqualTo(TestProject.OLD_TIME);
  }

  @Test
  void changedGeneratorRegeneratesEverySpecButRewritesNoEqualFile() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run(project.request("1.0+abc", SpecDefaults.STANDARD));
    project.ageOutputs();

    GenerationResult result = project.run(project.request("1.1+def", SpecDefaults.STANDARD));

    assertThat(result.generated()).isEqualTo(1);
    assertThat(result.written()).isZero();
    assertThat(TestProject.modified(project.generated("org.example.nn.Tiny")))
        .isEqualTo(TestProject.OLD_TIME);
    assertThat(project.stateFile()).content().contains("generator=1.1+def");
  }

  @Test
  void changedSpecDefaultsRegenerateEverySpec() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run(project.request("1.0+abc", SpecDefaults.STANDARD));
    GenerationState state = GenerationState.read(project.stateFile());

    GenerationRequest floatDefaults =
        project.request("1.0+abc", SpecDefaults.STANDARD.withDtype(DType.FLOAT));

    assertThat(state.sameSetup(floatDefaults.generator(), floatDefaults.configuration(),
        floatDefaults.outputDirectory().toString())).isFalse();
  }

  @Test
  void deletedOutputIsGeneratedAgain() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    Files.delete(project.generated("org.example.nn.Tiny"));

    GenerationResult result = project.run();

    assertThat(result.generated()).isEqualTo(1);
    assertThat(project.generated("org.example.nn.Tiny")).exists();
  }

  @Test
  void removedSpecDeletesItsClassAndTheFoldersThatEmptied() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.writeSpec("Gone.mlp.json", TestProject.spec("Gone", "org.example.gone", 4));
    project.run();

    Files.delete(project.specs.resolve("Gone.mlp.json"));
    GenerationResult result = project.run();

    assertThat(result.removed()).isEqualTo(1);
    assertThat(result.summary("sourceDirectory", "src/main/mlpgen"))
        .isEqualTo("mlpgen: 1 network up to date, removed 1 stale class");
    assertThat(project.generated("org.example.gone.Gone")).doesNotExist();
    assertThat(project.output.resolve("org/example/gone")).doesNotExist();
    assertThat(project.generated("org.example.nn.Tiny")).exists();
  }

  @Test
  void renamedSpecOfTheSameClassKeepsTheClass() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();

    Files.move(project.specs.resolve("Tiny.mlp.json"), project.specs.resolve("T.mlp.json"));
    GenerationResult result = project.run();

    assertThat(result.removed()).isZero();
    assertThat(project.generated("org.example.nn.Tiny")).exists();
  }

  @Test
  void neverDeletesFilesItDidNotWrite() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    Path handWritten = project.output.resolve("org/example/nn/HandWritten.java");
    Files.writeString(handWritten, "class HandWritten {}");

    Files.delete(project.specs.resolve("Tiny.mlp.json"));
    GenerationResult result = project.run();

    assertThat(result.removed()).isEqualTo(1);
    assertThat(project.generated("org.example.nn.Tiny")).doesNotExist();
    assertThat(handWritten).exists();
  }

  @Test
  void invalidSpecsFailListingEveryProblemOfEverySpecAndWriteNothing() throws Exception {
    project.writeSpec("Good.mlp.json", TestProject.spec("Good", "org.example.nn", 4));
    project.writeSpec("Zero.mlp.json", TestProject.spec("Zero", "org.example.nn", 0));
    project.writeSpec("sub/Wide.mlp.json",
        "{\"name\": \"Wide\", \"package\": \"org.example.nn\", \"batch\": 5000,"
            + " \"input\": 0, \"hidden\": [5], \"output\": 2}");

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: 3 problems in 2 specs; fix them and build again:\n"
            + "  src/main/mlpgen/Zero.mlp.json: batch must be between 1 and 4096, was 0\n"
            + "  src/main/mlpgen/sub/Wide.mlp.json: batch must be between 1 and 4096,"
            + " was 5000\n"
            + "  src/main/mlpgen/sub/Wide.mlp.json: input must be between 1 and 4096,"
            + " was 0");
    assertThat(project.output).doesNotExist();
    assertThat(project.stateFile()).doesNotExist();
  }

  @Test
  void twoSpecsOfOneClassFail() throws Exception {
    project.writeSpec("A.mlp.json", TestProject.spec("Same", "org.example.nn", 4));
    project.writeSpec("b/B.mlp.json", TestProject.spec("Same", "org.example.nn", 8));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: two specs generate the same class; change the name or package"
            + " of one:\n  src/main/mlpgen/A.mlp.json and src/main/mlpgen/b/B.mlp.json both"
            + " generate org.example.nn.Same");
    assertThat(project.output).doesNotExist();
  }

  @Test
  void newSpecClashingWithAnUnchangedOneFails() throws Exception {
    project.writeSpec("A.mlp.json", TestProject.spec("Same", "org.example.nn", 4));
    project.run();

    project.writeSpec("B.mlp.json", TestProject.spec("Same", "org.example.nn", 8));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("A.mlp.json and src/main/mlpgen/B.mlp.json both generate");
  }

  @Test
  void noSpecsIsNoFailureAndLeavesNoFiles() throws Exception {
    Files.createDirectories(project.specs);

    GenerationResult result = project.run();

    assertThat(result.specs()).isZero();
    assertThat(result.summary("sourceDirectory", "src/main/mlpgen"))
        .isEqualTo("mlpgen: no specs in src/main/mlpgen");
    assertThat(project.base.resolve("target")).doesNotExist();
  }

  @Test
  void excludedSpecsAreNotRead() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.writeSpec("drafts/Broken.mlp.json", "{ not json");
    GenerationResult result = project.run(project.request(List.of(), List.of("drafts/**")));

    assertThat(result.specs()).isEqualTo(1);
    assertThat(project.warnings).isEmpty();
  }


  @Test
  void unreadableStateIsWarnedAboutAndEverySpecRegenerated() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    Files.writeString(project.stateFile(), "generator=1.0+abc\n", StandardCharsets.UTF_8);

    GenerationResult result = project.run();

    assertThat(result.generated()).isEqualTo(1);
    assertThat(project.warnings).singleElement().asString()
        .contains("ignoring the unreadable state file target/mlpgen/generate@default.properties")
        .contains("run 'mvn clean' once");
  }

  @Test
  void yamlSpecsAreFoundByDefault() throws Exception {
    project.writeSpec("Seed.mlp.yaml", "name: Seed\npackage: org.example.nn\nbatch: 2\n"
        + "input: 3\nhidden: [4, 4]\noutput: 1\n");
    project.writeSpec("Small.mlp.yml", "name: Small\npackage: org.example.nn\nbatch: 2\n"
        + "input: 3\nhidden: [4]\noutput: 1\n");

    GenerationResult result = project.run();

    assertThat(result.generated()).isEqualTo(2);
    assertThat(project.generated("org.example.nn.Seed")).exists();
    assertThat(project.generated("org.example.nn.Small")).exists();
  }

  @Test
  void generatedHeaderNamesTheSpecByItsPathBelowTheSourceFolder() throws Exception {
    project.writeSpec("nets/Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));

    project.run();

    assertThat(project.generated("org.example.nn.Tiny")).content()
        .contains("nets/Tiny.mlp.json")
        .doesNotContain(project.base.toString());
  }
}
