package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parameters naming files and patterns accept, and how they reject the rest. */
class PathParametersTest {

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
