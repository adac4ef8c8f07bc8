package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec whose class a main source root also holds draws a warning naming both: a test
 * class hides the main one, a main class is a duplicate.
 */
class HiddenMainClassTest {

  @TempDir Path temporaryFolder;

  private TestProject project;
  private Path mainJava;

  @BeforeEach
  void createProject() throws Exception {
    project = new TestProject(temporaryFolder);
    mainJava = project.base.resolve("src/main/java");
    project.writeSpec("Tiny.mlp.json", TestProject.spec("Tiny", "org.example.nn", 4));
    project.run();
  }

  @Test
  void warnsWhenATestClassHidesAGeneratedMainClass() throws Exception {
    writeTestSpec("nets/Shadow.mlp.json", TestProject.spec("Tiny", "org.example.nn", 8));

    project.run(project.testRequest(List.of(mainJava, project.output)));

    assertThat(project.warnings).containsExactly("mlpgen: src/test/mlpgen/nets/Shadow.mlp.json"
        + " generates org.example.nn.Tiny, which"
        + " target/generated-sources/mlpgen/org/example/nn/Tiny.java also declares; in the"
        + " tests the generated test class hides the main one. Change the name or package of"
        + " one of them.");
  }

  @Test
  void warnsWhenATestClassHidesAHandWrittenMainClass() throws Exception {
    TestProject.write(mainJava.resolve("org/example/nn/Probe.java"), "class Probe {}");
    writeTestSpec("Probe.mlp.json", TestProject.spec("Probe", "org.example.nn", 8));

    project.run(project.testRequest(List.of(mainJava, project.output)));

    assertThat(project.warnings).singleElement().asString()
        .contains("src/test/mlpgen/Probe.mlp.json generates org.example.nn.Probe, which"
            + " src/main/java/org/example/nn/Probe.java also declares");
  }

  @Test
  void saysNothingWhenTheClassesDiffer() throws Exception {
    writeTestSpec("Probe.mlp.json", TestProject.spec("Tiny", "org.example.test", 8));

    GenerationResult result = project.run(project.testRequest(List.of(mainJava, project.output)));

    assertThat(result.generated()).isEqualTo(1);
    assertThat(project.warnings).isEmpty();
  }

  @Test
  void warnsWhenAMainClassDuplicatesAHandWrittenOne() throws Exception {
    TestProject.write(mainJava.resolve("org/example/nn/Tiny.java"), "class Tiny {}");

    project.run(project.mainRequest(List.of(mainJava, project.output)));

    assertThat(project.warnings).containsExactly("mlpgen: src/main/mlpgen/Tiny.mlp.json"
        + " generates org.example.nn.Tiny, which src/main/java/org/example/nn/Tiny.java also"
        + " declares; compiling fails with a duplicate class. Change the name or package of"
        + " one of them.");
  }

  @Test
  void saysNothingWhenNoOtherMainSourceRootHoldsTheClass() throws Exception {
    TestProject.write(mainJava.resolve("org/example/nn/Other.java"), "class Other {}");

    project.run(project.mainRequest(List.of(mainJava, project.output)));

    assertThat(project.warnings).isEmpty();
  }

  private void writeTestSpec(String relativeName, String content) throws Exception {
    TestProject.write(project.base.resolve("src/test/mlpgen").resolve(relativeName), content);
  }
}
