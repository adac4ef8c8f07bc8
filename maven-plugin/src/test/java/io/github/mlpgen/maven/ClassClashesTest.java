package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes of valid specs that cannot stand side by side fail the run before anything is
 * written, naming both specs, instead of failing in javac or on another file system.
 */
class ClassClashesTest {

  @TempDir Path temporaryFolder;

  private TestProject project;

  @BeforeEach
  void createProject() throws Exception {
    project = new TestProject(temporaryFolder);
  }

  @Test
  void classNamedLikeThePackageOfAnotherSpecFailsBeforeWritingAnything() throws Exception {
    project.writeSpec("sub/B.mlp.json", TestProject.spec("B", "org.ex.sub", 4));
    project.writeSpec("sub/pk.mlp.json", "{\"name\":\"sub\",\"package\":\"org.ex\",\"batch\":4,"
        + "\"input\":3,\"hidden\":[6],\"output\":2}");

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: a class has the name of a package, which Java does not allow;"
            + " change the name or package of one of the two specs:\n"
            + "  src/main/mlpgen/sub/pk.mlp.json generates the class org.ex.sub, and"
            + " src/main/mlpgen/sub/B.mlp.json generates org.ex.sub.B in a package of that"
            + " name");
    assertThat(project.output).doesNotExist();
    assertThat(project.stateFile()).doesNotExist();
  }

  @Test
  void classNamedLikeAnEnclosingPackageFails() throws Exception {
    project.writeSpec("Deep.mlp.json", TestProject.spec("Deep", "org.ex.nn.deep", 4));
    project.writeSpec("Nn.mlp.json", TestProject.spec("nn", "org.ex", 4));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("\n  src/main/mlpgen/Nn.mlp.json generates the class org.ex.nn,"
            + " and src/main/mlpgen/Deep.mlp.json generates org.ex.nn.deep.Deep in a package"
            + " of that name");
  }

  @Test
  void newClassNamedLikeThePackageOfAnUnchangedSpecFails() throws Exception {
    project.writeSpec("B.mlp.json", TestProject.spec("B", "org.ex.sub", 4));
    project.run();

    project.writeSpec("Sub.mlp.json", TestProject.spec("sub", "org.ex", 4));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("src/main/mlpgen/Sub.mlp.json generates the class org.ex.sub,"
            + " and src/main/mlpgen/B.mlp.json generates org.ex.sub.B");
  }

  @Test
  void classWhoseNameOnlyBeginsLikeAPackageIsNoClash() throws Exception {
    project.writeSpec("B.mlp.json", TestProject.spec("B", "org.ex.subtle", 4));
    project.writeSpec("Sub.mlp.json", TestProject.spec("sub", "org.ex", 4));

    GenerationResult result = project.run();

    assertThat(result.generated()).isEqualTo(2);
  }

  @Test
  void classNamesThatDifferOnlyInCaseFailNamingBothSpecs() throws Exception {
    project.writeSpec("Upper.mlp.json", TestProject.spec("A", "org.ex", 4));
    project.writeSpec("lower.mlp.json", TestProject.spec("a", "org.ex", 4));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: two specs generate classes whose names differ only in case, so"
            + " their files would be one on macOS and Windows; change the name or package of"
            + " one:\n"
            + "  src/main/mlpgen/Upper.mlp.json generates org.ex.A and"
            + " src/main/mlpgen/lower.mlp.json generates org.ex.a");
    assertThat(project.output).doesNotExist();
  }

  @Test
  void packagesThatDifferOnlyInCaseFailForTheSameClassName() throws Exception {
    project.writeSpec("One.mlp.json", TestProject.spec("Net", "org.Ex", 4));
    project.writeSpec("Two.mlp.json", TestProject.spec("Net", "org.ex", 4));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("\n  src/main/mlpgen/One.mlp.json generates org.Ex.Net and"
            + " src/main/mlpgen/Two.mlp.json generates org.ex.Net");
  }

  @Test
  void sameClassTwiceIsReportedAsSuchNotAsACaseClash() throws Exception {
    project.writeSpec("A.mlp.json", TestProject.spec("Same", "org.ex", 4));
    project.writeSpec("B.mlp.json", TestProject.spec("Same", "org.ex", 8));
    project.writeSpec("C.mlp.json", TestProject.spec("same", "org.ex", 8));

    assertThatThrownBy(project::run)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: two specs generate the same class; change the name or package"
            + " of one:\n  src/main/mlpgen/A.mlp.json and src/main/mlpgen/B.mlp.json both"
            + " generate org.ex.Same");
  }
}
