package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.spec.NetworkSpec;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a build reads when the generator refuses a valid spec or fails on it. */
class GeneratorRefusalTest {

  @TempDir Path temporaryFolder;

  private TestProject project;

  @BeforeEach
  void createProject() throws Exception {
    project = new TestProject(temporaryFolder);
    project.writeSpec("A.mlp.json", TestProject.spec("A", "org.example.nn", 4));
    project.writeSpec("B.mlp.json", TestProject.spec("B", "org.example.nn", 4));
    project.writeSpec("C.mlp.json", TestProject.spec("C", "org.example.nn", 4));
  }

  @Test
  void listsEveryRefusalInTheGeneratorsWordsWithoutExceptionClasses() {
    BiFunction<NetworkSpec, String, GeneratedSource> refusing = (spec, file) -> {
      switch (spec.name()) {
        case "A" -> throw new UnsupportedOperationException(
            "backend vector is not available in this version of mlpgen; use backend scalar");
        case "B" -> throw new IllegalArgumentException("cannot generate B: batch too odd");
        default -> {
          return new GeneratedSource(spec.qualifiedName(), "class C {}\n");
        }
      }
    };

    assertThatThrownBy(() -> project.run(refusing))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: the generator cannot generate 2 specs:\n"
            + "  src/main/mlpgen/A.mlp.json: backend vector is not available in this version"
            + " of mlpgen; use backend scalar\n"
            + "  src/main/mlpgen/B.mlp.json: cannot generate B: batch too odd")
        .message().doesNotContain("java.lang").doesNotContain("Exception");
    assertThat(project.output).doesNotExist();
  }

  @Test
  void refusalWithoutAMessageStillNamesTheSpec() {
    assertThatThrownBy(() -> project.run((spec, file) -> {
      throw new UnsupportedOperationException();
    }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("  src/main/mlpgen/A.mlp.json: the generator gave no reason\n")
        .message().doesNotContain("java.lang");
  }

  @Test
  void otherGeneratorFailuresAreReportedAsDefects() {
    assertThatThrownBy(() -> project.run((spec, file) -> {
      throw new IllegalStateException("broken plan");
    }))
        .isInstanceOf(GenerationException.class)
        .hasMessage("mlpgen: generating org.example.nn.A from src/main/mlpgen/A.mlp.json"
            + " failed: java.lang.IllegalStateException: broken plan");
  }
}
