package io.github.mlpgen.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

  @Test
  void defaultsAreTheSeedExperiment() {
    TrainingConfig config = TrainingConfig.defaults();

    assertThat(config.batchSize()).isEqualTo(32);
    assertThat(config.epochs()).isEqualTo(150);
    assertThat(config.folds()).isEqualTo(5);
    assertThat(config.learningRate()).isEqualTo(1e-3);
    assertThat(config.testFraction()).isEqualTo(0.2);
    assertThat(config.initialModel()).isEmpty();
    assertThat(config.standardize()).isFalse();
  }

  @Test
  void withersChangeOneSetting() {
    TrainingConfig config = TrainingConfig.defaults().withFolds(3)
        .withInitialModel(Path.of("start.npz")).withStandardize(true);

    assertThat(config.folds()).isEqualTo(3);
    assertThat(config.initialModel()).contains(Path.of("start.npz"));
    assertThat(config.standardize()).isTrue();
    assertThat(config.epochs()).isEqualTo(150);
  }

  @Test
  void rejectsOneFold() {
    assertThatThrownBy(() -> TrainingConfig.defaults().withFolds(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("folds must be >= 2, was 1");
  }

  @Test
  void rejectsNonPositiveLearningRate() {
    assertThatThrownBy(() -> TrainingConfig.defaults().withLearningRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("learningRate must be positive and finite, was NaN");
  }

  @Test
  void rejectsTestFractionOfOne() {
    assertThatThrownBy(() -> TrainingConfig.defaults().withTestFraction(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("testFraction must be > 0 and < 1, was 1.0");
  }
}
