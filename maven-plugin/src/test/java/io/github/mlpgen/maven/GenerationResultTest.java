package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenerationResultTest {

  @Test
  void summarisesGenerationWithCountsAndTime() {
    assertThat(new GenerationResult(2, 2, 2, 0, 140, false).summary(
            "sourceDirectory", "src/main/mlpgen"))
        .isEqualTo("mlpgen: generated 2 networks from 2 specs in 140 ms");
    assertThat(new GenerationResult(3, 1, 1, 2, 9, false).summary(
            "sourceDirectory", "src/main/mlpgen"))
        .isEqualTo("mlpgen: generated 1 network in 9 ms, 2 up to date, removed 2 stale classes");
  }

  @Test
  void summarisesUpToDateAndEmptyRuns() {
    assertThat(new GenerationResult(2, 0, 0, 0, 5, false).summary(
            "sourceDirectory", "src/main/mlpgen"))
        .isEqualTo("mlpgen: 2 networks up to date");
    assertThat(new GenerationResult(0, 0, 0, 1, 5, false).summary(
            "testSourceDirectory", "src/test/mlpgen"))
        .isEqualTo("mlpgen: no specs in src/test/mlpgen, removed 1 stale class");
  }

  @Test
  void namesTheParameterOfAMissingSourceDirectory() {
    assertThat(new GenerationResult(0, 0, 0, 0, 5, true).summary(
            "testSourceDirectory", "src/test/mlpgen"))
        .isEqualTo("mlpgen: no specs, as testSourceDirectory src/test/mlpgen does not exist");
  }
}
