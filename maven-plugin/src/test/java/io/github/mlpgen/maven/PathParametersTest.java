package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parameters naming files and patterns accept, and how they reject the rest. */
class PathParametersTest {

  @Test
  void keepsARelativeFolderForTheRequestToResolve() throws Exception {
    assertThat(PathParameters.folder("outputDirectory", "target/nn"))
        .isEqualTo(Path.of("target/nn"));
  }

  @Test
  void rejectsAnEmptyOutputDirectory() {
    // -Dmlpgen.outputDirectory= : as a File, Maven would make it the project's folder.
    assertThatThrownBy(() -> PathParameters.folder("outputDirectory", ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter outputDirectory must name a folder, was \"\"; set"
            + " <outputDirectory> in the pom or -Dmlpgen.outputDirectory to a folder, or leave"
            + " it unset for the default.");
  }

  @Test
  void rejectsABlankSourceDirectoryShowingTheBlanks() {
    assertThatThrownBy(() -> PathParameters.folder("testSourceDirectory", " \t"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter testSourceDirectory must name a folder, was \" \\t\";"
            + " set <testSourceDirectory> in the pom or -Dmlpgen.testSourceDirectory to a"
            + " folder, or leave it unset for the default.");
  }

  @Test
  void rejectsAFolderNoPathCanSpell() {
    assertThatThrownBy(() -> PathParameters.folder("sourceDirectory", "src\u0000x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter sourceDirectory must name a folder, was"
            + " \"src\\u0000x\"; set <sourceDirectory> in the pom or"
            + " -Dmlpgen.sourceDirectory to a folder, or leave it unset for the default.");
  }

  @Test
  void unsetPatternsAreNone() throws Exception {
    assertThat(PathParameters.patterns("includes", "include", null)).isEmpty();
  }

  @Test
  void keepsThePatternsAsGiven() throws Exception {
    List<String> patterns = List.of("**/*.mlp.json", "nn/*.mlp.yaml");

    assertThat(PathParameters.patterns("includes", "include", patterns))
        .containsExactly("**/*.mlp.json", "nn/*.mlp.yaml");
  }

  @Test
  void rejectsAnEmptyIncludeNamingTheParameter() {
    // An empty <include></include> reaches the plugin as null.
    List<String> patterns = Arrays.asList("**/*.mlp.json", null);

    assertThatThrownBy(() -> PathParameters.patterns("includes", "include", patterns))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter includes has an empty <include>; each must be an"
            + " Ant-style pattern such as **/*.mlp.json. Remove the empty <include> from"
            + " <includes> in the pom, or write a pattern in it.");
  }

  @Test
  void rejectsABlankExcludeNamingTheParameter() {
    assertThatThrownBy(() -> PathParameters.patterns("excludes", "exclude", List.of(" ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter excludes has an empty <exclude>; each must be an"
            + " Ant-style pattern such as **/*.mlp.json. Remove the empty <exclude> from"
            + " <excludes> in the pom, or write a pattern in it.");
  }
}
