package io.github.mlpgen.generator.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.CompiledShapes;
import io.github.mlpgen.generator.SeededData;
import io.github.mlpgen.generator.SeededData.Batch;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.generator.ShapeGrid.Shape;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generated scalar networks against {@link ReferenceNetwork}: same initial parameters,
 * same seeded batch, then forward outputs, every step's loss and every parameter compared.
 */
class ScalarDifferentialTest {

  /**
   * Allowed difference per training step between a generated double network and the
   * reference, relative to the largest magnitude in the compared array: a few ulps, what a
   * different summation order would cost. The kernels keep the reference's order, so they
   * are in fact bit-identical ({@link #doubleKernelsAreBitIdenticalOnTheSeedShape}); the
   * tolerance is what the contract promises.
   */
  private static final double DOUBLE_TOLERANCE_PER_STEP = 4 * Math.ulp(1.0);

  /**
   * Allowed difference in one step between a float network and the double reference started
   * from the same (float-representable) parameters, relative to the largest magnitude in the
   * compared array: float rounds every product and sum to 24 bits (6e-8 relative), and sums
   * over up to 50 terms accumulate that to a few 1e-7 (observed up to 1e-6 on this grid).
   */
  private static final double FLOAT_TOLERANCE_PER_STEP = 4e-6;

  /**
   * Float steps compared one at a time: two runs of 200 steps drift apart by far more than
   * rounding (a unit near 0 that flips its ReLU in one run and not the other changes every
   * later step), so each step starts both networks from the reference's parameters.
   */
  private static final int FLOAT_STEPS = 50;

  /** Seeds the initial weights and the batch of every shape. */
  private static final long SEED = 20_240_531L;

  /**
   * The learning rate of the seed experiment, used where it keeps training stable.
   */
  private static final double SEED_LEARNING_RATE = 1e-3;

  /**
   * Wider shapes use this over {@code batch x widest layer}: the loss is a sum over the batch
   * and its gradient grows with the layers' fan-in, so 1e-3 diverges on 784 inputs.
   */
  private static final double LEARNING_RATE_SCALE = 1.6;

  @Test
  void doubleKernelsMatchReferenceOverTheGrid() {
    int covered = 0;
    for (Shape shape : ShapeGrid.DOUBLE) {
      trainAndCompare(shape, DOUBLE_TOLERANCE_PER_STEP * shape.steps());
      covered++;
    }
    assertThat(covered).isEqualTo(7);
  }

  @Test
  void floatKernelsMatchReferenceStepByStep() {
    int covered = 0;
    for (Shape shape : ShapeGrid.FLOAT) {
      Pair pair = initialisedPair(shape);
      Batch batch = Batch.of(shape, SEED + 1);
      double learningRate = learningRate(shape);
      for (int step = 1; step <= FLOAT_STEPS; step++) {
        String label = shape.label() + " step " + step;
        copyParametersRoundedToFloat(pair.reference, pair);
        assertClose(label + " forward", prefix(pair.generated.forward(batch.x()), pair),
            prefix(pair.reference.forward(batch.x()), pair), FLOAT_TOLERANCE_PER_STEP);
        double expected = pair.reference.trainStep(batch.x(), batch.y(), learningRate);
        double actual = pair.generated.trainStep(batch.x(), batch.y(), learningRate);
        assertClose(label + " loss", new double[] {actual}, new double[] {expected},
            FLOAT_TOLERANCE_PER_STEP);
        assertParametersClose(label, pair, FLOAT_TOLERANCE_PER_STEP);
      }
      assertUnitsAlive(shape.label(), pair.reference, batch);
      covered++;
    }
    assertThat(covered).isEqualTo(5);
  }

  @Test
  void doubleKernelsAreBitIdenticalOnTheSeedShape() {
    Shape seed = ShapeGrid.DOUBLE.get(0);
    Pair pair = initialisedPair(seed);
    Batch batch = Batch.of(seed, SEED + 1);
    double learningRate = learningRate(seed);
    for (int step = 0; step < seed.steps(); step++) {
      assertThat(pair.generated.trainStep(batch.x(), batch.y(), learningRate))
          .isEqualTo(pair.reference.trainStep(batch.x(), batch.y(), learningRate));
    }
    for (int layer = 0; layer < seed.sizes().length - 1; layer++) {
      assertThat(weights(pair.generated, layer)).isEqualTo(weights(pair.reference, layer));
      assertThat(biases(pair.generated, layer)).isEqualTo(biases(pair.reference, layer));
    }
  }

  @Test
  void predictMatchesReferenceForAnyRowCount() {
    int covered = 0;
    for (Shape shape : ShapeGrid.DOUBLE) {
      if (shape == ShapeGrid.LARGE) {
        // 3n+5 = 197 reference rows there cost seconds and cover no path the others miss.
        continue;
      }
      Pair pair = initialisedPair(shape);
      int n = shape.batch();
      for (int rows : new int[] {0, 1, n - 1, n, 3 * n + 5}) {
        double[] x = SeededData.uniform(new SplittableRandom(SEED + rows), rows * shape.sizes()[0]);
        int outputs = rows * pair.reference.outputSize();
        double[] expected = new double[outputs];
        double[] actual = new double[outputs];
        pair.reference.predict(x, rows, expected);
        pair.generated.predict(x, rows, actual);
        assertClose(shape.label() + " predict rows=" + rows, actual, expected,
            DOUBLE_TOLERANCE_PER_STEP);
      }
      covered++;
    }
    assertThat(covered).isEqualTo(6);
  }

  @Test
  void trainStepAllocatesNothing() {
    Shape seed = ShapeGrid.DOUBLE.get(0);
    Network network = initialisedPair(seed).generated;
    Batch batch = Batch.of(seed, SEED);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int step = 0; step < 20; step++) {
      network.trainStep(batch.x(), batch.y(), 0.0);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int step = 0; step < 100; step++) {
      network.trainStep(batch.x(), batch.y(), 0.0);
      network.forward(batch.x());
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // One row of the seed shape is 224 bytes; 100 steps allocating even one would be 22 KB.
    assertThat(allocated).isLessThan(1024);
  }

  private static void trainAndCompare(Shape shape, double tolerance) {
    Pair pair = initialisedPair(shape);
    Batch batch = Batch.of(shape, SEED + 1);
    double learningRate = learningRate(shape);
    String label = shape.label();
    assertClose(label + " forward before training", prefix(pair.generated.forward(batch.x()),
        pair), prefix(pair.reference.forward(batch.x()), pair), tolerance);

    double firstLoss = Double.NaN;
    double lastLoss = Double.NaN;
    for (int step = 1; step <= shape.steps(); step++) {
      double expected = pair.reference.trainStep(batch.x(), batch.y(), learningRate);
      double actual = pair.generated.trainStep(batch.x(), batch.y(), learningRate);
      assertClose(label + " loss of step " + step, new double[] {actual},
          new double[] {expected}, tolerance);
      if (step == 1) {
        firstLoss = expected;
        assertParametersClose(label + " after one step", pair, tolerance);
      }
      lastLoss = expected;
    }
    assertParametersClose(label + " after " + shape.steps() + " steps", pair, tolerance);
    assertClose(label + " forward after training", prefix(pair.generated.forward(batch.x()),
        pair), prefix(pair.reference.forward(batch.x()), pair), tolerance);

    assertThat(lastLoss).as(label + ": training must move the loss").isFinite()
        .isNotEqualTo(firstLoss);
    assertUnitsAlive(label, pair.reference, batch);
  }

  /** Outputs that differ between rows show that some unit of the last hidden layer is alive. */
  private static void assertUnitsAlive(String label, Network network, Batch batch) {
    double[] out = network.forward(batch.x());
    int outputs = network.outputSize();
    boolean varies = false;
    for (int i = outputs; i < network.batchSize() * outputs; i++) {
      varies |= out[i] != out[i % outputs];
    }
    assertThat(varies || network.batchSize() == 1)
        .as(label + ": every row predicts the same, so every last hidden unit is dead")
        .isTrue();
  }

  private static void assertParametersClose(String label, Pair pair, double tolerance) {
    for (int layer = 0; layer < pair.reference.layerCount(); layer++) {
      double[] expected = weights(pair.reference, layer);
      assertThat(Arrays.stream(expected).allMatch(Double::isFinite))
          .as(label + ": reference weights of layer " + layer + " must stay finite").isTrue();
      assertClose(label + " weights of layer " + layer, weights(pair.generated, layer),
          expected, tolerance);
      assertClose(label + " biases of layer " + layer, biases(pair.generated, layer),
          biases(pair.reference, layer), tolerance);
    }
  }

  /** Sets both networks of {@code pair} to {@code source}'s parameters rounded to float. */
  private static void copyParametersRoundedToFloat(Network source, Pair pair) {
    for (int layer = 0; layer < source.layerCount(); layer++) {
      double[] weights = roundedToFloat(weights(source, layer));
      double[] biases = roundedToFloat(biases(source, layer));
      for (Network network : new Network[] {pair.generated, pair.reference}) {
        network.setWeights(layer, weights);
        network.setBiases(layer, biases);
      }
    }
  }

  private static double[] roundedToFloat(double[] values) {
    double[] rounded = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      rounded[i] = (float) values[i];
    }
    return rounded;
  }

  /** {@code |actual - expected| <= tolerance * max |expected|} for every element. */
  private static void assertClose(
      String label, double[] actual, double[] expected, double tolerance) {
    assertThat(actual).as(label + " length").hasSameSizeAs(expected);
    double scale = Double.MIN_NORMAL;
    for (double value : expected) {
      scale = Math.max(scale, Math.abs(value));
    }
    for (int i = 0; i < expected.length; i++) {
      double allowed = tolerance * scale;
      if (!(Math.abs(actual[i] - expected[i]) <= allowed)) {
        throw new AssertionError(label + ": element " + i + " is " + actual[i]
            + ", the reference has " + expected[i] + " (allowed difference " + allowed + ")");
      }
    }
  }

  private static double learningRate(Shape shape) {
    int widest = Arrays.stream(shape.sizes()).max().orElseThrow();
    return Math.min(SEED_LEARNING_RATE, LEARNING_RATE_SCALE / ((double) shape.batch() * widest));
  }

  private static double[] prefix(double[] predictions, Pair pair) {
    return Arrays.copyOf(predictions, pair.reference.batchSize() * pair.reference.outputSize());
  }

  private static double[] weights(Network network, int layer) {
    int[] sizes = network.layerSizes();
    double[] weights = new double[sizes[layer] * sizes[layer + 1]];
    network.getWeights(layer, weights);
    return weights;
  }

  private static double[] biases(Network network, int layer) {
    double[] biases = new double[network.layerSizes()[layer + 1]];
    network.getBiases(layer, biases);
    return biases;
  }

  /** A generated network and the reference, with the same seeded parameters. */
  private record Pair(Network generated, ReferenceNetwork reference) {}

  private static Pair initialisedPair(Shape shape) {
    Network generated = CompiledShapes.of(shape.spec()).newNetwork();
    ReferenceNetwork reference = new ReferenceNetwork(shape.batch(), shape.sizes());
    SeededData.initialise(shape, SEED, generated, reference);
    return new Pair(generated, reference);
  }
}
