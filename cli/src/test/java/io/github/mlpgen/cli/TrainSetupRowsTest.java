package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.data.RandomData;
import io.github.mlpgen.runtime.train.Experiment;
import io.github.mlpgen.runtime.train.TrainingConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The row count the CLI advises must be the one the experiment accepts, and no fewer. */
class TrainSetupRowsTest {

  @ParameterizedTest(name = "batch {0}, {1} folds")
  @CsvSource({"1, 2", "1, 5", "3, 2", "4, 5", "8, 3", "32, 5", "32, 10", "100, 2", "7, 13"})
  void fewestRowsIsTheSmallestDataTheExperimentPlans(int batch, int folds) {
    TrainingConfig config = TrainingConfig.defaults().withBatchSize(batch).withFolds(folds)
        .withTestFraction(TrainOptions.TEST_FRACTION);
    int fewest = Math.toIntExact(TrainSetup.fewestRows(config));
    Experiment planning = new Experiment(config, TrainSetupRowsTest::noNetwork);

    assertThat(planning.plan(RandomData.uniform(fewest, 1, 1, 1)).rows()).isEqualTo(fewest);
    for (int rows = 1; rows < fewest; rows++) {
      int tooFew = rows;
      assertThatThrownBy(() -> planning.plan(RandomData.uniform(tooFew, 1, 1, 1)))
          .as("%d rows", rows).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.2, 20%", "0.25, 25%", "0.125, 12.5%"})
  void percentPrintsTheShareWithoutRoundingNoise(double fraction, String expected) {
    assertThat(TrainSetup.percent(fraction)).isEqualTo(expected);
  }

  private static Network noNetwork() {
    throw new IllegalStateException("planning builds no network");
  }
}
