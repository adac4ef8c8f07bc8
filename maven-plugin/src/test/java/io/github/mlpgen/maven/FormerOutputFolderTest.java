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
 * After the output directory changed, the classes generated into the former one are
 * deleted, as long as they are still what mlpgen wrote there, and the rest is warned about.
 */
class FormerOutputFolderTest {

  private static final String NEW_OUTPUT = "target/generated-sources/nn";

  @TempDir Path temporaryFolder;

  private TestProject project;

  @BeforeEach
  void generateIntoTheDefaultFolder() throws Exception {
    project = new TestProject(temporaryFolder);
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.ex.nn", 4));
    project.writeSpec("Other.mlp.json", TestProject.spec("Other", "org.ex.other", 4));
    project.run();
  }

  @Test
  void deletesTheClassesGeneratedIntoTheFormerFolderWithOneWarningNamingIt() throws Exception {
    GenerationResult result = runWithTheNewFolder();

    assertThat(result.generated()).isEqualTo(2);
    assertThat(project.generated("org.ex.nn.Tiny")).doesNotExist();
    assertThat(project.output.resolve("org")).doesNotExist();
    assertThat(project.base.resolve(NEW_OUTPUT).resolve("org/ex/nn/Tiny.java")).exists();
    assertThat(project.warnings).containsExactly("mlpgen: outputDirectory changed from"
        + " target/generated-sources/mlpgen to target/generated-sources/nn since the last"
        + " run, so the 2 classes generated into target/generated-sources/mlpgen before were"
        + " deleted.");
  }

  @Test
  void leavesAnEditedClassInTheFormerFolderAndNamesIt() throws Exception {
    Path edited = project.generated("org.ex.nn.Tiny");
    Files.writeString(edited, "package org.ex.nn;\n\nclass Tiny {}\n");

    runWithTheNewFolder();

    assertThat(edited).exists();
    assertThat(project.generated("org.ex.other.Other")).doesNotExist();
    assertThat(project.warnings).containsExactly("mlpgen: outputDirectory changed from"
        + " target/generated-sources/mlpgen to target/generated-sources/nn since the last"
        + " run, so the 1 class generated into target/generated-sources/mlpgen before was"
        + " deleted; these others were left there, as mlpgen deletes only files in that"
        + " folder that still begin with its mark:"
        + " target/generated-sources/mlpgen/org/ex/nn/Tiny.java. Delete them unless you keep"
        + " them on purpose, or the compiler may find their classes twice.");
  }

  @Test
  void leavesAClassMarkedForAnotherSpecAndFilesTheStateDoesNotList() throws Exception {
    Path tiny = project.generated("org.ex.nn.Tiny");
    Files.writeString(tiny, Files.readString(tiny).replace("Tiny.mlp.json", "Else.mlp.json"));
    Path handWritten = TestProject.write(
        project.output.resolve("org/ex/nn/Hand.java"), "package org.ex.nn;\nclass Hand {}\n");

    runWithTheNewFolder();

    assertThat(tiny).exists();
    assertThat(handWritten).exists();
    assertThat(project.warnings).singleElement().asString()
        .contains("left there, as mlpgen deletes only files in that folder that still begin"
            + " with its mark: target/generated-sources/mlpgen/org/ex/nn/Tiny.java. Delete");
  }

  @Test
  void leavesAFormerFolderOutsideTheProjectAloneAndSilent() throws Exception {
    Path elsewhere = temporaryFolder.resolve("copied from/target/generated-sources/mlpgen");
    Path foreign = TestProject.write(elsewhere.resolve("org/ex/nn/Tiny.java"),
        Files.readString(project.generated("org.ex.nn.Tiny")));
    recordFormerFolder(elsewhere);

    project.run();

    assertThat(foreign).exists();
    assertThat(project.warnings).isEmpty();
  }

  @Test
  void leavesAClassThatAnotherExecutionsStateLists() throws Exception {
    TreeMap<String, SpecRecord> specs = new TreeMap<>();
    specs.put("Tiny.mlp.json", new SpecRecord("00", "org/ex/nn/Tiny.java"));
    Files.writeString(project.base.resolve("target/mlpgen/generate@later.properties"),
        new GenerationState("1.0+abc", "c", project.output.toString(), specs).render());

    runWithTheNewFolder();

    assertThat(project.generated("org.ex.nn.Tiny")).exists();
    assertThat(project.generated("org.ex.other.Other")).doesNotExist();
    assertThat(project.warnings).containsExactly("mlpgen: outputDirectory changed from"
        + " target/generated-sources/mlpgen to target/generated-sources/nn since the last"
        + " run, so the 1 class generated into target/generated-sources/mlpgen before was"
        + " deleted.");
  }

  @Test
  void keepsTheFormerClassesWhenTheNewFolderCannotBeCreated() throws Exception {
    // A folder name longer than any file system allows fails to be created, even for root.
    String tooLong = "target/" + "x".repeat(300);
    GenerationRequest request =
        project.execution("generate@default", "src/main/mlpgen", tooLong);
    String stateBefore = Files.readString(project.stateFile());

    assertThatThrownBy(() -> project.run(request))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: outputDirectory " + tooLong + " cannot be created: File name"
            + " too long; point <outputDirectory> to a folder mlpgen can write to.");
    assertThat(project.generated("org.ex.nn.Tiny")).exists();
    assertThat(project.generated("org.ex.other.Other")).exists();
    assertThat(Files.readString(project.stateFile())).isEqualTo(stateBefore);
    assertThat(project.warnings).isEmpty();
  }

  @Test
  void keepsTheFormerClassesWhenAFolderAboveTheNewOneCannotBeCreated() throws Exception {
    String tooLong = "target/" + "x".repeat(300) + "/nn";

    assertThatThrownBy(() -> project.run(
            project.execution("generate@default", "src/main/mlpgen", tooLong)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: outputDirectory " + tooLong + " cannot be created: "
            + tooLong.substring(0, tooLong.length() - 3) + ": File name too long; point"
            + " <outputDirectory> to a folder mlpgen can write to.");
    assertThat(project.generated("org.ex.nn.Tiny")).exists();
  }

  @Test
  void keepsTheFormerClassesWhenAFileStandsWhereANewPackageFolderGoes() throws Exception {
    Path inTheWay = TestProject.write(project.base.resolve(NEW_OUTPUT).resolve("org/ex"), "hi");
    String stateBefore = Files.readString(project.stateFile());

    assertThatThrownBy(this::runWithTheNewFolder)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: outputDirectory target/generated-sources/nn needs a package"
            + " folder where a file stands; move the file out of target/generated-sources/nn,"
            + " or point <outputDirectory> to another folder:\n"
            + "  target/generated-sources/nn/org/ex is a file, where the folder of package"
            + " org.ex goes, for org.ex.other.Other of src/main/mlpgen/Other.mlp.json\n"
            + "  target/generated-sources/nn/org/ex is a file, where the folder of package"
            + " org.ex goes, for org.ex.nn.Tiny of src/main/mlpgen/Tiny.mlp.json");
    assertThat(project.generated("org.ex.nn.Tiny")).exists();
    assertThat(project.generated("org.ex.other.Other")).exists();
    assertThat(inTheWay).hasContent("hi");
    assertThat(Files.readString(project.stateFile())).isEqualTo(stateBefore);
    assertThat(project.warnings).isEmpty();
  }

  private GenerationResult runWithTheNewFolder() throws Exception {
    return project.run(project.execution("generate@default", "src/main/mlpgen", NEW_OUTPUT));
  }

  /** Rewrites the state as if the last run had written to {@code folder}. */
  private void recordFormerFolder(Path folder) throws Exception {
    GenerationState state = GenerationState.read(project.stateFile());
    Files.writeString(project.stateFile(), new GenerationState(state.generator(),
        state.configuration(), folder.toString(), state.specs()).render());
  }
}
