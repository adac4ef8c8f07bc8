package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.runtime.train.EpochRecord;
import io.github.mlpgen.runtime.train.ExperimentPlan;
import io.github.mlpgen.runtime.train.Phase;
import io.github.mlpgen.runtime.train.PhasePlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private final StringWriter text = new StringWriter();

  @Test
  void withoutTerminalPrintsFirstEveryTenthAndLastEpochOnly() {
    ProgressBar bar = started(false, 2, 25);

    for (int epoch = 1; epoch <= 25; epoch++) {
      bar.epochFinished(Phase.fold(2), record(epoch, 0.5, 0.25));
    }

    assertThat(text.toString().lines()).containsExactly(
        "fold 2/2 epoch  1/25 train 0.5000 val 0.2500",
        "fold 2/2 epoch 10/25 train 0.5000 val 0.2500",
        "fold 2/2 epoch 20/25 train 0.5000 val 0.2500",
        "fold 2/2 epoch 25/25 train 0.5000 val 0.2500");
    assertThat(text.toString()).doesNotContain("\r");
  }

  @Test
  void finalModelHasNoValidationAndAnAlignedLabel() {
    ProgressBar bar = started(false, 5, 3);

    bar.epochFinished(Phase.FINAL, new EpochRecord(3, 0.125, OptionalDouble.empty()));

    assertThat(text.toString().lines()).containsExactly("final    epoch 3/3 train 0.1250");
  }

  @Test
  void onTerminalRedrawsTheBarInPlace() {
    ProgressBar bar = started(true, 5, 150);

    bar.epochFinished(Phase.fold(1), record(2, 0.29, 0.3));

    assertThat(text.toString()).isEqualTo(
        "\rfold 1/5 [....................] epoch   2/150 train 0.2900 val 0.3000");
  }

  @Test
  void barFillsInProportionToTheEpoch() {
    ProgressBar bar = started(true, 5, 150);

    assertThat(bar.bar(Phase.fold(2), 90))
        .isEqualTo("fold 2/5 [############........] epoch  90/150");
    assertThat(bar.bar(Phase.fold(2), 150))
        .isEqualTo("fold 2/5 [####################] epoch 150/150");
  }

  @Test
  void summaryLineOverwritesALongerBarCompletely() {
    ProgressBar bar = started(true, 1, 10);

    bar.epochFinished(Phase.fold(1), record(9, 0.5, 0.5));
    int barLength = text.toString().length() - 1;
    bar.epochFinished(Phase.fold(1), record(10, 0.5, 0.5));

    String summary = text.toString().substring(barLength + 1);
    String newline = System.lineSeparator();
    assertThat(summary).startsWith("\rfold 1/1 epoch 10/10 train 0.5000 val 0.5000 ");
    assertThat(summary).endsWith(newline);
    assertThat(summary.length() - 1 - newline.length()).isEqualTo(barLength);
  }

  private ProgressBar started(boolean redraw, int folds, int epochs) {
    ProgressBar bar = new ProgressBar(new PrintWriter(text), redraw);
    List<PhasePlan> phases = new ArrayList<>();
    for (int fold = 1; fold <= folds; fold++) {
      phases.add(new PhasePlan(Phase.fold(fold), 64, 16, 16));
    }
    phases.add(new PhasePlan(Phase.FINAL, 80, 20, 20));
    bar.experimentStarted(new ExperimentPlan(100, 80, 20, 4, epochs, phases));
    return bar;
  }

  private static EpochRecord record(int epoch, double train, double validation) {
    return new EpochRecord(epoch, train, OptionalDouble.of(validation));
  }
}
