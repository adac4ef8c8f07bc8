package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the folder parameters, includes and excludes make a run read, and what they reject. */
class SourceSelectionTest {

  @TempDir Path temporaryFolder;

  private TestProject project;

  @BeforeEach
  void createProject() throws Exception {
    project = new TestProject(temporaryFolder);
  }

  @Test
  void outputDirectoryThatIsAFileFails() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    TestProject.write(project.output, "not a folder");

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: outputDirectory target/generated-sources/mlpgen is a file, not a"
            + " folder; point <outputDirectory> to a folder, or move the file away.");
  }

  @Test
  void outputDirectoryBelowAFileFails() throws Exception {
    TestProject.write(project.base.resolve("target/generated-sources"), "not a folder");

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: outputDirectory target/generated-sources/mlpgen cannot be"
            + " created, as target/generated-sources is a file; point <outputDirectory> to a"
            + " folder, or move the file away.");
  }

  @Test
  void sourceDirectoryThatIsAFileFails() throws Exception {
    TestProject.write(project.specs, "not a folder");

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: sourceDirectory src/main/mlpgen is a file, not a folder; point"
            + " <sourceDirectory> to the folder that holds the specs.");
  }

  @Test
  void missingSourceDirectoryIsNamedByItsParameter() throws Exception {
    GenerationResult result = project.run(project.testRequest(List.of()));

    assertThat(result.summary("testSourceDirectory", "src/test/mlpgen"))
        .isEqualTo("mlpgen: no specs, as testSourceDirectory src/test/mlpgen does not exist");
    assertThat(project.warnings).isEmpty();
  }

  @Test
  void missingSourceDirectoryRemovesEarlierClassesWithAWarning() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    Files.delete(project.specs.resolve("Tiny.mlp.json"));
    Files.delete(project.specs);

    GenerationResult result = project.run();

    assertThat(result.removed()).isEqualTo(1);
    assertThat(project.generated("org.example.nn.Tiny")).doesNotExist();
    assertThat(project.warnings).containsExactly("mlpgen: sourceDirectory src/main/mlpgen does"
        + " not exist, so the 1 class generated from its specs before was removed. If the"
        + " folder was not deleted on purpose, check <sourceDirectory>.");
  }

  @Test
  void misspeltSourceDirectoryNamesTheFolderTheRemovedClassesCameFrom() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();

    GenerationResult result = project.run(project.execution(
        "generate@default", "src/main/mlpgn", "target/generated-sources/mlpgen"));

    assertThat(result.removed()).isEqualTo(1);
    assertThat(project.warnings).containsExactly("mlpgen: sourceDirectory changed from"
        + " src/main/mlpgen to src/main/mlpgn since the last run, and src/main/mlpgn does not"
        + " exist, so the 1 class generated from the specs in src/main/mlpgen before was"
        + " removed. If src/main/mlpgn is misspelt, fix <sourceDirectory>.");
  }

  @Test
  void missingSourceDirectoryOfAStateThatDoesNotRecordItNamesNoFolderOfOrigin()
      throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    GenerationState state = GenerationState.read(project.stateFile());
    Files.writeString(project.stateFile(), new GenerationState(state.generator(),
        state.configuration(), state.outputDirectory(), state.specs()).render());

    project.run(project.execution(
        "generate@default", "src/main/mlpgn", "target/generated-sources/mlpgen"));

    assertThat(project.warnings).containsExactly("mlpgen: sourceDirectory src/main/mlpgn does"
        + " not exist, so the 1 class generated before was removed. If the folder was not"
        + " deleted on purpose, check <sourceDirectory>.");
  }

  @Test
  void emptiedSourceDirectoryRemovesEarlierClassesWithoutAWarning() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    Files.delete(project.specs.resolve("Tiny.mlp.json"));

    GenerationResult result = project.run();

    assertThat(result.removed()).isEqualTo(1);
    assertThat(project.warnings).isEmpty();
  }

  @Test
  void specNamedFileThatNoIncludeSelectsIsWarnedAboutAsUnselected() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.writeSpec("SeedNetwork.mlp.yaml", "name: Seed\n");

    GenerationResult result = project.run(project.request(List.of("**/*.json"), List.of()));

    assertThat(result.specs()).isEqualTo(1);
    assertThat(project.warnings).containsExactly("mlpgen: src/main/mlpgen/SeedNetwork.mlp.yaml"
        + " is not read as a spec: it is not selected by <includes>/<excludes> (includes:"
        + " [**/*.json]). Add a pattern that matches it to <includes>, or add it to"
        + " <excludes> to leave it out without this warning.");
  }

  @Test
  void jsonFileWithoutMlpInItsNameIsWarnedAboutItsName() throws Exception {
    project.writeSpec("Tiny.json", TestProject.spec("Tiny", "org.example.nn", 4));

    GenerationResult result = project.run();

    assertThat(result.specs()).isZero();
    assertThat(project.warnings).containsExactly("mlpgen: src/main/mlpgen/Tiny.json is not"
        + " read as a spec: a spec file's name ends in .mlp.json, .mlp.yaml, .mlp.yml. Rename"
        + " it if it is a spec, or add it to <excludes> to leave it out without this"
        + " warning.");
  }

  @Test
  void selectedFileNotNamedAsASpecFails() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.writeSpec("nested/forgot.json", TestProject.spec("Forgot", "org.example.nn", 4));

    assertThatThrownBy(() -> project.run(project.request(List.of("**/*.json"), List.of())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: <includes> selects files that are not named as specs; a spec"
            + " file's name must end in .mlp.json, .mlp.yaml, .mlp.yml. Rename them, or change"
            + " <includes>/<excludes> to leave them out:\n  src/main/mlpgen/nested/forgot.json");
    assertThat(project.output).doesNotExist();
  }

  @Test
  void excludedFileNotNamedAsASpecIsLeftOutSilently() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.writeSpec("forgot.json", "{}");

    GenerationResult result =
        project.run(project.request(List.of("**/*.json"), List.of("forgot.json")));

    assertThat(result.specs()).isEqualTo(1);
    assertThat(project.warnings).isEmpty();
  }

  @Test
  void specThatIsALinkToNothingFailsAndKeepsItsEarlierClass() throws Exception {
    Path real = project.writeSpec("real/Tiny.mlp.json",
        TestProject.spec("Tiny", "org.example.nn", 4));
    Files.createSymbolicLink(project.specs.resolve("Tiny.mlp.json"), real);
    project.run(project.request(List.of("*.mlp.json"), List.of()));
    Files.delete(real);

    assertThatThrownBy(() -> project.run(project.request(List.of("*.mlp.json"), List.of())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: the spec src/main/mlpgen/Tiny.mlp.json -> " + real + " is a"
            + " symbolic link to a file that does not exist; restore that file, or delete the"
            + " link.");
    assertThat(project.generated("org.example.nn.Tiny")).exists();
  }

  @Test
  void specsThatAreLinksToNothingAreListedTogether() throws Exception {
    Files.createDirectories(project.specs.resolve("more"));
    Files.createSymbolicLink(project.specs.resolve("A.mlp.json"), Path.of("/nonexistent/a"));
    Files.createSymbolicLink(project.specs.resolve("more/B.mlp.yaml"), Path.of("B.mlp.yml"));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: these specs are symbolic links to files that do not exist;"
            + " restore those files, or delete the links:\n"
            + "  src/main/mlpgen/A.mlp.json -> /nonexistent/a\n"
            + "  src/main/mlpgen/more/B.mlp.yaml -> B.mlp.yml");
    assertThat(project.output).doesNotExist();
  }

  @Test
  void specThatIsAFolderFailsAndKeepsTheEarlierClasses() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
    Files.createDirectories(project.specs.resolve("Dir.mlp.yaml"));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: the spec src/main/mlpgen/Dir.mlp.yaml is a folder, not a file;"
            + " rename it so that its name does not end in .mlp.json, .mlp.yaml, .mlp.yml,"
            + " or add it to <excludes>.");
    assertThat(project.generated("org.example.nn.Tiny")).exists();
  }

  @Test
  void specThatIsALinkToAFolderFailsNamingItsTarget() throws Exception {
    Path folder = Files.createDirectories(project.base.resolve("elsewhere"));
    Files.createDirectories(project.specs);
    Files.createSymbolicLink(project.specs.resolve("Link.mlp.json"), folder);

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: the spec src/main/mlpgen/Link.mlp.json -> " + folder + " is a"
            + " symbolic link to a folder, not a file; rename it so that its name does not"
            + " end in .mlp.json, .mlp.yaml, .mlp.yml, or add it to <excludes>.");
    assertThat(project.output).doesNotExist();
  }

  @Test
  void specsThatAreFoldersAreListedTogether() throws Exception {
    Files.createDirectories(project.specs.resolve("A.mlp.json"));
    Files.createDirectories(project.specs.resolve("more"));
    Files.createSymbolicLink(project.specs.resolve("more/B.mlp.yml"), Path.of(".."));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: these specs are folders or symbolic links to folders, not files;"
            + " rename them so that their names do not end in .mlp.json, .mlp.yaml,"
            + " .mlp.yml, or add them to <excludes>:\n"
            + "  src/main/mlpgen/A.mlp.json\n"
            + "  src/main/mlpgen/more/B.mlp.yml -> ..");
  }

  @Test
  void excludedOrUnselectedFolderNamedAsASpecIsLeftOutSilently() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    Files.createDirectories(project.specs.resolve("Dir.mlp.yaml"));
    Files.createDirectories(project.specs.resolve("drafts/Old.mlp.json"));

    GenerationResult result = project.run(
        project.request(List.of("*.mlp.json", "*.mlp.yaml"), List.of("Dir.mlp.yaml")));

    assertThat(result.specs()).isEqualTo(1);
    assertThat(project.warnings).isEmpty();
  }

  @Test
  void specsInsideAnUnselectedFolderNamedAsASpecAreRead() throws Exception {
    project.writeSpec("Dir.mlp.yaml/Tiny.mlp.json",
        TestProject.spec("Tiny", "org.example.nn", 4));

    GenerationResult result =
        project.run(project.request(List.of("**/Tiny.mlp.json"), List.of()));

    assertThat(result.specs()).isEqualTo(1);
  }

  @Test
  void excludedLinkToNothingIsLeftOutSilently() throws Exception {
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    Files.createSymbolicLink(project.specs.resolve("Draft.mlp.json"), Path.of("/nonexistent"));

    GenerationResult result =
        project.run(project.request(List.of(), List.of("Draft.mlp.json")));

    assertThat(result.specs()).isEqualTo(1);
    assertThat(project.warnings).isEmpty();
  }
}
