package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.maven.GenerationState.SpecRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executions of the plugin in one project keep out of each other's way: two that write to
 * one folder fail, and none deletes a file another's state lists.
 */
class OtherExecutionsTest {

  private static final String DEFAULT_OUTPUT = "target/generated-sources/mlpgen";

  @TempDir Path temporaryFolder;

  private TestProject project;

  @BeforeEach
  void createProject() throws Exception {
    project = new TestProject(temporaryFolder);
  }

  @Test
  void secondExecutionWritingToTheSameFolderFailsBeforeOverwritingTheFirstOnesClass()
      throws Exception {
    project.writeSpec("A.mlp.yaml", yamlSpec(4));
    TestProject.write(project.base.resolve("src/main/mlpgen2/A.mlp.yaml"), yamlSpec(8));
    project.run(project.execution("generate@e1", "src/main/mlpgen", DEFAULT_OUTPUT));

    assertThatThrownBy(() -> project.run(
            project.execution("generate@e2", "src/main/mlpgen2", DEFAULT_OUTPUT)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: the executions generate@e2 and generate@e1 both write to"
            + " target/generated-sources/mlpgen, so each would overwrite the other's classes"
            + " and delete them as stale. Give each execution its own <outputDirectory>. If"
            + " generate@e1 is no longer in the pom, delete its state"
            + " target/mlpgen/generate@e1.properties.");
    assertThat(project.generated("org.ex.A")).content().contains("BATCH = 4");
    assertThat(project.base.resolve("target/mlpgen/generate@e2.properties")).doesNotExist();
  }

  @Test
  void executionsWithTheirOwnFoldersBothGenerate() throws Exception {
    project.writeSpec("A.mlp.yaml", yamlSpec(4));
    TestProject.write(project.base.resolve("src/main/mlpgen2/A.mlp.yaml"), yamlSpec(8));

    project.run(project.execution("generate@e1", "src/main/mlpgen", DEFAULT_OUTPUT));
    GenerationResult second = project.run(project.execution(
        "generate@e2", "src/main/mlpgen2", "target/generated-sources/mlpgen2"));

    assertThat(second.generated()).isEqualTo(1);
    assertThat(project.generated("org.ex.A")).content().contains("BATCH = 4");
  }

  @Test
  void testGoalWritingToTheMainFolderNamesTheParameterOfEach() throws Exception {
    project.writeSpec("A.mlp.yaml", yamlSpec(4));
    TestProject.write(project.base.resolve("src/test/mlpgen/T.mlp.yaml"), yamlSpec(8));
    project.run();

    assertThatThrownBy(() -> project.run(
            project.execution("generate-test@default", "src/test/mlpgen", DEFAULT_OUTPUT)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Give each execution its own folder: <testOutputDirectory> of"
            + " generate-test@default, <outputDirectory> of generate@default.");
  }

  @Test
  void neverDeletesAFileThatAnotherExecutionsStateLists() throws Exception {
    project.writeSpec("Gone.mlp.json", TestProject.spec("Gone", "org.ex", 4));
    project.run();
    TreeMap<String, SpecRecord> specs = new TreeMap<>();
    specs.put("Nested.mlp.json", new SpecRecord("00", "mlpgen/org/ex/Gone.java"));
    Files.writeString(project.base.resolve("target/mlpgen/generate@wide.properties"),
        new GenerationState("1.0+abc", "c", project.base.resolve("target/generated-sources")
            .toString(), specs).render());

    Files.delete(project.specs.resolve("Gone.mlp.json"));
    GenerationResult result = project.run();

    assertThat(result.removed()).isZero();
    assertThat(project.generated("org.ex.Gone")).exists();
    assertThat(project.details).contains("mlpgen: not deleting"
        + " target/generated-sources/mlpgen/org/ex/Gone.java, generated from Gone.mlp.json,"
        + " as the state of generate@wide lists it too");
  }

  @Test
  void unreadableStateOfAnotherExecutionIsIgnored() throws Exception {
    project.writeSpec("A.mlp.yaml", yamlSpec(4));
    TestProject.write(project.base.resolve("target/mlpgen/generate@other.properties"), "x");

    GenerationResult result = project.run();

    assertThat(result.generated()).isEqualTo(1);
    assertThat(project.warnings).isEmpty();
    assertThat(project.details).anyMatch(line -> line.startsWith(
        "mlpgen: ignoring the unreadable state file"));
  }

  private static String yamlSpec(int batch) {
    return "name: A\npackage: org.ex\nbatch: " + batch + "\ninput: 3\nhidden: [6]\noutput: 2\n";
  }
}
