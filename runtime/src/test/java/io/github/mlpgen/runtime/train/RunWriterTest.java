package io.github.mlpgen.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.model.ModelFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWriterTest {

  private static ExperimentResult result;

  @BeforeAll
  static void runSmallExperiment() throws Exception {
    result = new Experiment(SmallExperiment.config().withEpochs(2).withStandardize(true),
        SmallExperiment.networks()).run(SmallExperiment.linearData());
  }

  @Test
  void historyParsesBackToTheRecordedEpochs(@TempDir Path folder) throws Exception {
    RunWriter.write(folder, result);

    List<String> lines = Files.readAllLines(folder.resolve(RunWriter.HISTORY_FILE));
    assertThat(lines.get(0)).isEqualTo("fold,epoch,train_rmse,validation_rmse");
    assertThat(lines).hasSize(1 + 4 * 2);
    int line = 1;
    for (PhaseResult phase : result.phases()) {
      for (EpochRecord epoch : phase.epochs()) {
        String[] cells = lines.get(line++).split(",", -1);
        assertThat(cells[0]).isEqualTo(phase.phase().isFinal() ? "final"
            : Integer.toString(phase.phase().fold()));
        assertThat(Integer.parseInt(cells[1])).isEqualTo(epoch.epoch());
        assertThat(Double.parseDouble(cells[2])).isEqualTo(epoch.trainRmse());
        if (phase.phase().isFinal()) {
          assertThat(cells[3]).isEmpty();
        } else {
          assertThat(Double.parseDouble(cells[3]))
              .isEqualTo(epoch.validationRmse().orElseThrow());
        }
      }
    }
  }

  @Test
  void stepsHoldTheFirstEpochOfEveryPhase(@TempDir Path folder) throws Exception {
    RunWriter.write(folder, result);

    List<String> lines = Files.readAllLines(folder.resolve(RunWriter.STEPS_FILE));
    assertThat(lines.get(0)).isEqualTo("fold,step,train_rmse");
    PhaseResult fold2 = result.folds().get(1);
    List<String> fold2Lines = lines.stream().filter(l -> l.startsWith("2,")).toList();
    assertThat(fold2Lines).hasSize(fold2.plan().stepsPerEpoch());
    String[] last = fold2Lines.get(fold2Lines.size() - 1).split(",");
    assertThat(Integer.parseInt(last[1])).isEqualTo(fold2.plan().stepsPerEpoch());
    assertThat(Double.parseDouble(last[2]))
        .isEqualTo(fold2.firstEpochStepRmse().get(fold2.plan().stepsPerEpoch() - 1));
    assertThat(lines.stream().filter(l -> l.startsWith("final,")))
        .hasSize(result.finalModel().plan().stepsPerEpoch());
  }

  @Test
  void modelLoadsBackIntoAFreshNetwork(@TempDir Path folder) throws Exception {
    RunWriter.write(folder, result);

    Network loaded = SmallExperiment.networks().get();
    ModelFiles.load(folder.resolve(RunWriter.MODEL_FILE), loaded);

    for (int layer = 0; layer < loaded.layerCount(); layer++) {
      int[] sizes = loaded.layerSizes();
      double[] expected = new double[sizes[layer] * sizes[layer + 1]];
      double[] actual = expected.clone();
      result.finalNetwork().getWeights(layer, expected);
      loaded.getWeights(layer, actual);
      assertThat(actual).containsExactly(expected);
    }
  }

  @Test
  void standardizationTableHoldsTheFinalModelsStatistics(@TempDir Path folder)
      throws Exception {
    RunWriter.write(folder, result);

    List<String> lines = Files.readAllLines(folder.resolve(RunWriter.STANDARDIZATION_FILE));
    assertThat(lines.get(0)).isEqualTo("column,role,mean,scale");
    assertThat(lines).hasSize(1 + 6 + 2);
    String[] y2 = lines.get(8).split(",");
    assertThat(y2[0]).isEqualTo("y2");
    assertThat(y2[1]).isEqualTo("target");
    assertThat(Double.parseDouble(y2[2]))
        .isEqualTo(result.finalModel().standardization().targetMeans()[1]);
    assertThat(Double.parseDouble(y2[3]))
        .isEqualTo(result.finalModel().standardization().targetScales()[1]);
  }

  @Test
  void writesTheHistoryOfADivergedRunWithoutNaN(@TempDir Path folder) {
    assertThatThrownBy(() -> new Experiment(SmallExperiment.config().withLearningRate(5),
        SmallExperiment.networks()).run(SmallExperiment.linearData()))
        .isInstanceOfSatisfying(TrainingDivergedException.class, e -> {
          try {
            RunWriter.writeHistory(folder, e.history());
            String steps = Files.readString(folder.resolve(RunWriter.STEPS_FILE));
            assertThat(steps).doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(steps.lines().count())
                .isEqualTo(1 + e.history().get(0).firstEpochStepRmse().size());
          } catch (java.io.IOException io) {
            throw new AssertionError(io);
          }
        });
  }

  @Test
  void aDivergedRunsTablesGetNamesOfTheirOwn(@TempDir Path folder) throws Exception {
    Path finished = Files.writeString(folder.resolve(RunWriter.HISTORY_FILE), "earlier run\n");
    TrainingDivergedException diverged = null;
    try {
      new Experiment(SmallExperiment.config().withLearningRate(5), SmallExperiment.networks())
          .run(SmallExperiment.linearData());
    } catch (TrainingDivergedException e) {
      diverged = e;
    }
    assertThat(diverged).as("a learning rate of 5 diverges").isNotNull();

    RunWriter.writeDivergedHistory(folder, diverged.history());

    assertThat(finished).hasContent("earlier run");
    assertThat(folder.resolve(RunWriter.DIVERGED_HISTORY_FILE)).content()
        .startsWith("fold,epoch,train_rmse,validation_rmse\n");
    assertThat(Files.readAllLines(folder.resolve(RunWriter.DIVERGED_STEPS_FILE)))
        .hasSize(1 + diverged.history().get(0).firstEpochStepRmse().size());
    assertThat(RunWriter.divergedFileNames())
        .containsExactly("diverged-history.csv", "diverged-steps.csv");
  }

  @Test
  void quotesColumnNamesThatNeedIt() {
    assertThat(RunWriter.csvCell("plain")).isEqualTo("plain");
    assertThat(RunWriter.csvCell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
  }
}
