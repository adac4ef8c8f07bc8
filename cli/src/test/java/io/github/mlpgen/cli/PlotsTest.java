package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class PlotsTest {

  @Test
  void aSeriesOfOnePointIsDrawnAsAMarker() {
    JFreeChart chart = Plots.epochChart("Final model", "RMSE", new double[] {0.2578}, null);

    assertThat(trainColoredPixelsInDataArea(chart)).isGreaterThan(10);
  }

  @Test
  void anEpochOfOneStepIsDrawnAsAMarker() {
    JFreeChart chart = Plots.stepChart("Fold 1", "RMSE", new double[] {0.3831});

    assertThat(trainColoredPixelsInDataArea(chart)).isGreaterThan(10);
  }

  @Test
  void aFlatSeriesGetsARangeOfATenthOfItsValueAroundIt() {
    JFreeChart chart = Plots.epochChart("Final model", "RMSE", new double[] {0.25, 0.25}, null);

    Range range = rangeAxis(chart).getRange();
    assertThat(range.contains(0.25)).isTrue();
    assertThat(range.getLength()).isGreaterThanOrEqualTo(0.025);
    assertThat(range.getLength()).isLessThan(0.05);
  }

  @Test
  void aFlatSeriesHasDistinctTickLabels() {
    JFreeChart chart = Plots.epochChart("Final model", "RMSE", new double[] {0.2577714}, null);

    List<String> labels = tickLabels(chart);
    assertThat(labels).hasSizeGreaterThan(1).doesNotHaveDuplicates();
  }

  @Test
  void flatSeriesAtZeroGetARangeOfOne() {
    JFreeChart chart = Plots.stepChart("Fold 1", "RMSE", new double[] {0, 0, 0});

    Range range = rangeAxis(chart).getRange();
    assertThat(range.contains(0)).isTrue();
    assertThat(range.getLength()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aSeriesThatMovesInTheThirdDecimalKeepsItsNarrowRange() {
    JFreeChart chart = Plots.epochChart(
        "Fold 2", "RMSE", new double[] {0.2902, 0.2895, 0.2891}, new double[] {0.2903, 0.2902});

    Range range = rangeAxis(chart).getRange();
    assertThat(range.getLowerBound()).isGreaterThan(0.288);
    assertThat(range.getUpperBound()).isLessThan(0.292);
  }

  private static NumberAxis rangeAxis(JFreeChart chart) {
    return (NumberAxis) chart.getXYPlot().getRangeAxis();
  }

  /** The labels of the y axis as drawn at the size of the pictures. */
  private static List<String> tickLabels(JFreeChart chart) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage image = chart.createBufferedImage(Plots.WIDTH, Plots.HEIGHT, info);
    Graphics2D graphics = image.createGraphics();
    List<String> labels = new ArrayList<>();
    for (Object tick : rangeAxis(chart).refreshTicks(graphics, new AxisState(),
        info.getPlotInfo().getDataArea(), RectangleEdge.LEFT)) {
      labels.add(((NumberTick) tick).getText());
    }
    graphics.dispose();
    return labels;
  }

  /** Pixels of exactly the training colour inside the data area: the legend lies outside. */
  private static int trainColoredPixelsInDataArea(JFreeChart chart) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage image = chart.createBufferedImage(Plots.WIDTH, Plots.HEIGHT, info);
    Rectangle area = info.getPlotInfo().getDataArea().getBounds();
    int rgb = Plots.TRAIN_COLOR.getRGB();
    int count = 0;
    for (int y = area.y; y < area.y + area.height; y++) {
      for (int x = area.x; x < area.x + area.width; x++) {
        count += image.getRGB(x, y) == rgb ? 1 : 0;
      }
    }
    return count;
  }
}
