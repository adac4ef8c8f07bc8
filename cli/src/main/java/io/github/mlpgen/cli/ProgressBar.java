package io.github.mlpgen.cli;

import io.github.mlpgen.runtime.train.EpochRecord;
import io.github.mlpgen.runtime.train.ExperimentPlan;
import io.github.mlpgen.runtime.train.Phase;
import io.github.mlpgen.runtime.train.TrainingListener;
import java.io.PrintWriter;

/**
 * Shows training progress on standard error. On a terminal one bar per fold (and one for the
 * final model) is redrawn in place after every epoch; everywhere, a summary line stays for the
 * first epoch, every {@link #SUMMARY_INTERVAL}th and the last, so logs of non-interactive runs
 * stay short.
 */
final class ProgressBar implements TrainingListener {

  static final int SUMMARY_INTERVAL = 10;
  private static final int BAR_WIDTH = 20;

  private final PrintWriter err;
  private final boolean redraw;
  private int folds = 1;
  private int epochs = 1;
  private int drawnWidth;

  /**
   * @param err where to draw
   * @param redraw whether {@code err} is a terminal that honours carriage returns
   */
  ProgressBar(PrintWriter err, boolean redraw) {
    this.err = err;
    this.redraw = redraw;
  }

  @Override
  public void experimentStarted(ExperimentPlan plan) {
    folds = plan.folds();
    epochs = plan.epochs();
  }

  @Override
  public void epochFinished(Phase phase, EpochRecord record) {
    String metrics = "train " + Numbers.rmse(record.trainRmse());
    if (record.validationRmse().isPresent()) {
      metrics += " val " + Numbers.rmse(record.validationRmse().getAsDouble());
    }
    int epoch = record.epoch();
    if (isSummaryEpoch(epoch)) {
      replaceLine(label(phase) + " epoch " + counter(epoch) + " " + metrics);
      err.println();
      drawnWidth = 0;
    } else if (redraw) {
      replaceLine(bar(phase, epoch) + " " + metrics);
    }
    err.flush();
  }

  boolean isSummaryEpoch(int epoch) {
    return epoch == 1 || epoch == epochs || epoch % SUMMARY_INTERVAL == 0;
  }

  /** {@code fold 2/5 [#######.............] epoch  90/150}. */
  String bar(Phase phase, int epoch) {
    int filled = (int) ((long) BAR_WIDTH * epoch / epochs);
    return label(phase) + " [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled)
        + "] epoch " + counter(epoch);
  }

  /** {@code fold 2/5}, or {@code final} padded to the same width. */
  private String label(Phase phase) {
    String label = phase.isFinal() ? "final" : "fold " + phase.fold() + "/" + folds;
    int width = ("fold " + folds + "/" + folds).length();
    return label + " ".repeat(Math.max(0, width - label.length()));
  }

  /** {@code  90/150}: the epoch right-aligned to the width of the last one. */
  private String counter(int epoch) {
    String total = Integer.toString(epochs);
    String current = Integer.toString(epoch);
    return " ".repeat(Math.max(0, total.length() - current.length())) + current + "/" + total;
  }

  private void replaceLine(String text) {
    if (redraw) {
      err.print('\r');
    }
    err.print(text);
    // Blank out what a longer earlier bar left behind.
    if (redraw && drawnWidth > text.length()) {
      err.print(" ".repeat(drawnWidth - text.length()));
    }
    drawnWidth = text.length();
  }
}
