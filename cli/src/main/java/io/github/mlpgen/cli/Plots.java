package io.github.mlpgen.cli;

import io.github.mlpgen.runtime.io.AtomicFiles;
import io.github.mlpgen.runtime.train.EpochRecord;
import io.github.mlpgen.runtime.train.Phase;
import io.github.mlpgen.runtime.train.PhaseResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws the two pictures of each fold as PNG files. */
final class Plots {

  static final int WIDTH = 900;
  static final int HEIGHT = 540;

  static final Color TRAIN_COLOR = new Color(0x1f, 0x77, 0xb4);
  private static final Color VALIDATION_COLOR = new Color(0xd6, 0x27, 0x28);
  private static final Color GRID_COLOR = new Color(0xdd, 0xdd, 0xdd);

  /** Values whose spread is at most this part of their magnitude are drawn as flat. */
  private static final double FLAT_SPREAD = 1e-6;

  /** The range of a flat series, as a part of its magnitude. */
  private static final double FLAT_RANGE = 0.1;

  static {
    // Charts are drawn off-screen, also when this class is used without Main (tests).
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Plots() {}

  /**
   * Writes both pictures of {@code phase} into {@code folder}: {@code fold-<k>-steps.png}
   * and {@code fold-<k>-epochs.png}, or {@code final-...} for the final model.
   *
   * @param standardized whether the RMSEs are in standardised units, for the axis label
   */
  static void writePhasePlots(Path folder, PhaseResult phase, boolean standardized)
      throws IOException {
    List<String> names = fileNames(phase.phase());
    String title = phase.phase().isFinal() ? "Final model" : "Fold " + phase.phase().fold();
    String rmse = standardized ? "RMSE (standardised targets)" : "RMSE";
    writeStepPlot(folder.resolve(names.get(0)), title, rmse,
        phase.firstEpochStepRmse().stream().mapToDouble(Double::doubleValue).toArray());
    List<EpochRecord> epochs = phase.epochs();
    double[] train = epochs.stream().mapToDouble(EpochRecord::trainRmse).toArray();
    double[] validation = phase.phase().isFinal()
        ? null
        : epochs.stream().mapToDouble(e -> e.validationRmse().orElse(Double.NaN)).toArray();
    writeEpochPlot(folder.resolve(names.get(1)), title, rmse, train, validation);
  }

  /** {@code fold-2-steps.png, fold-2-epochs.png}, or {@code final-...} for the final model. */
  static List<String> fileNames(Phase phase) {
    String prefix = phase.isFinal() ? "final" : "fold-" + phase.fold();
    return List.of(prefix + "-steps.png", prefix + "-epochs.png");
  }

  /** Training RMSE of every step of the first epoch, steps numbered from 1. */
  static void writeStepPlot(Path file, String title, String yLabel, double[] stepRmse)
      throws IOException {
    write(file, stepChart(title, yLabel, stepRmse));
  }

  /** The chart {@link #writeStepPlot} draws, for tests to look into. */
  static JFreeChart stepChart(String title, String yLabel, double[] stepRmse) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series("training (batch)", stepRmse));
    return chart(title + ": training RMSE per step, first epoch", "step", yLabel, data);
  }

  /**
   * Training and validation RMSE of every epoch, epochs numbered from 1.
   *
   * @param validationRmse {@code null} when there is no validation set
   */
  static void writeEpochPlot(Path file, String title, String yLabel, double[] trainRmse,
      double[] validationRmse) throws IOException {
    write(file, epochChart(title, yLabel, trainRmse, validationRmse));
  }

  /** The chart {@link #writeEpochPlot} draws, for tests to look into. */
  static JFreeChart epochChart(
      String title, String yLabel, double[] trainRmse, double[] validationRmse) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series("training (last batch)", trainRmse));
    if (validationRmse != null) {
      data.addSeries(series("validation", validationRmse));
    }
    return chart(title + ": RMSE per epoch", "epoch", yLabel, data);
  }

  private static XYSeries series(String name, double[] values) {
    XYSeries series = new XYSeries(name, false, true);
    for (int i = 0; i < values.length; i++) {
      series.add(i + 1, values[i], false);
    }
    return series;
  }

  private static JFreeChart chart(
      String title, String xLabel, String yLabel, XYSeriesCollection data) {
    JFreeChart chart = ChartFactory.createXYLineChart(
        title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID_COLOR);
    plot.setRangeGridlinePaint(GRID_COLOR);
    // RMSE moves in the third decimal on random data: zero on the axis would flatten it.
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setAutoRangeIncludesZero(false);
    widenFlatRange(range, data);
    ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, TRAIN_COLOR);
    renderer.setSeriesPaint(1, VALIDATION_COLOR);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setSeriesStroke(1, new BasicStroke(1.5f));
    markLonePoints(renderer, data);
    return chart;
  }

  /**
   * A line needs two points: a series of one (one epoch, or an epoch of one step) would leave
   * the picture empty, so its point is drawn as a marker.
   */
  private static void markLonePoints(XYLineAndShapeRenderer renderer, XYSeriesCollection data) {
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesShapesVisible(s, data.getItemCount(s) == 1);
    }
  }

  /**
   * Gives values that are all equal, or equal to a millionth, a range of a tenth of their
   * magnitude around them. JFreeChart would span only 1e-8 around them, with tick labels too
   * close to tell apart, so the axis would print the same label over and over.
   */
  private static void widenFlatRange(NumberAxis axis, XYSeriesCollection data) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        double y = data.getYValue(s, i);
        if (Double.isFinite(y)) {
          low = Math.min(low, y);
          high = Math.max(high, y);
        }
      }
    }
    double magnitude = Math.max(Math.abs(low), Math.abs(high));
    if (low <= high && high - low <= FLAT_SPREAD * magnitude) {
      // Values at 0 (a perfect fit) get a range of 1; a tenth of a subnormal would be 0.
      axis.setAutoRangeMinimumSize(magnitude >= Double.MIN_NORMAL ? magnitude * FLAT_RANGE : 1);
    }
  }

  private static void write(Path file, JFreeChart chart) throws IOException {
    AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
  }
}
