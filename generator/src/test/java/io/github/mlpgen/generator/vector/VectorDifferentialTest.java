package io.github.mlpgen.generator.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.SeededData;
import io.github.mlpgen.generator.SeededData.Batch;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.generator.ShapeGrid.Shape;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated vector networks against {@link ReferenceNetwork}: same initial parameters,
 * same seeded batch, then forward outputs, every step's loss and every parameter compared.
 */
class VectorDifferentialTest {

  /**
   * Allowed difference per training step between a vector double network and the reference,
   * relative to the largest magnitude in the compared array. The kernels sum with fused
   * multiply-adds in another order than the reference; reordering a sum of {@code K} terms
   * changes it by at most {@code K u} times the sum of the terms' magnitudes ({@code u =
   * 2^-53}, about 1.1e-16). The longest sum on the grid has 784 terms (8.7e-14), and with
   * inputs and weights uniform on [-0.5, 0.5) the terms' magnitudes add up to at most about
   * ten times the largest result; a step chains a few such sums, and steps add their errors.
   */
  private static final double DOUBLE_TOLERANCE_PER_STEP = 1e-12;

  /**
   * Allowed difference in one step between a vector float network and the double reference
   * started from the same float-representable parameters, relative to the largest magnitude
   * in the compared array: the same bound with {@code u = 2^-24} (6e-8) for sums of up to 50
   * terms (3e-6), times the same factor of ten for cancelling terms, plus the rounding of
   * the inputs to float.
   */
  private static final double FLOAT_TOLERANCE_PER_STEP = 3e-5;

  /** Float steps compared one at a time, from the reference's parameters each time. */
  private static final int FLOAT_STEPS = 50;

  /**
   * Rounds of warm-up calls the allocation probe may take to reach steady state. The probe
   * stops at the first round that allocates nothing; on 2 cores busy with other work, C2
   * took longer than 12 rounds to compile the large kernels without tiers (one run in 4).
   */
  private static final int ALLOCATION_ROUNDS = 40;

  /** Warm-up calls per allocation round at the seed shape, about 0.1 s. */
  private static final int SEED_WARM_UP_CALLS = 5_000;

  /**
   * Warm-up calls per allocation round at the large shape, about 0.5 s: C2 without tiers
   * compiles a method after 10,000 calls, and the large kernels are called about 13 times a
   * step.
   */
  private static final int LARGE_WARM_UP_CALLS = 200;

  /**
   * Steps and forward passes of the float class before the double one is probed: enough for
   * C2 to compile every float kernel (a second or two).
   */
  private static final int FLOAT_FIRST_CALLS = 2_000;

  /** Seeds the initial weights and the batch of every shape. */
  private static final long SEED = 20_240_607L;

  /** The learning rate of the seed experiment, used where it keeps training stable. */
  private static final double SEED_LEARNING_RATE = 1e-3;

  /**
   * Wider shapes use this over {@code batch x widest layer}: the loss is a sum over the batch
   * and its gradient grows with the layers' fan-in, so 1e-3 diverges on 784 inputs.
   */
  private static final double LEARNING_RATE_SCALE = 1.6;

  @Test
  void vectorMatchesReferenceAfterOneStepAndAfterTraining() {
    int covered = 0;
    for (Shape shape : ShapeGrid.DOUBLE) {
      trainAndCompare(shape);
      covered++;
    }
    assertThat(covered).isEqualTo(7);
  }

  @Test
  void floatVectorMatchesReferenceStepByStep() {
    int covered = 0;
    for (Shape shape : ShapeGrid.FLOAT) {
      Pair pair = initialisedPair(shape);
      Batch batch = Batch.of(shape, SEED + 1);
      double learningRate = learningRate(shape);
      for (int step = 1; step <= FLOAT_STEPS; step++) {
        String label = shape.label() + " step " + step;
        copyParametersRoundedToFloat(pair);
        assertClose(label + " forward", predictions(pair.vector, batch),
            predictions(pair.reference, batch), FLOAT_TOLERANCE_PER_STEP);
        double expected = pair.reference.trainStep(batch.x(), batch.y(), learningRate);
        double actual = pair.vector.trainStep(batch.x(), batch.y(), learningRate);
        assertClose(label + " loss", new double[] {actual}, new double[] {expected},
            FLOAT_TOLERANCE_PER_STEP);
        assertParametersClose(label, pair, FLOAT_TOLERANCE_PER_STEP);
      }
      covered++;
    }
    assertThat(covered).isEqualTo(5);
  }

  @Test
  void predictMatchesReferenceForAnyRowCount() {
    int covered = 0;
    for (Shape shape : ShapeGrid.DOUBLE) {
      if (shape.steps() != ShapeGrid.STEPS) {
        continue;
      }
      Pair pair = initialisedPair(shape);
      assertPredictionsClose(shape, pair, DOUBLE_TOLERANCE_PER_STEP);
      covered++;
    }
    assertThat(covered).isEqualTo(6);
  }

  /**
   * A float class narrows the rows it is given in vectors of 4 that stop short of its input
   * buffer's end; a last chunk shorter than a batch must still see its rows and only them.
   */
  @Test
  void floatPredictMatchesReferenceForAnyRowCount() {
    int covered = 0;
    for (Shape shape : ShapeGrid.FLOAT) {
      Pair pair = initialisedPair(shape);
      copyParametersRoundedToFloat(pair);
      assertPredictionsClose(shape, pair, FLOAT_TOLERANCE_PER_STEP);
      covered++;
    }
    assertThat(covered).isEqualTo(5);
  }

  /** {@code predict} over 0, 1, a batch less one, a batch, and 3 batches and 5 rows. */
  private static void assertPredictionsClose(Shape shape, Pair pair, double tolerance) {
    int n = shape.batch();
    for (int rows : new int[] {0, 1, n - 1, n, 3 * n + 5}) {
      double[] x = SeededData.uniform(new SplittableRandom(SEED + rows), rows * shape.sizes()[0]);
      double[] expected = new double[rows * pair.reference.outputSize()];
      double[] actual = new double[expected.length];
      pair.reference.predict(x, rows, expected);
      pair.vector.predict(x, rows, actual);
      assertClose(shape.label() + " predict rows=" + rows, actual, expected, tolerance);
    }
  }

  /**
   * ReLU keeps NaN, as {@code Math.max} and the reference do: a hidden unit gone NaN must
   * reach every output and the loss, which is how training notices that it diverged.
   */
  @Test
  void nanInAHiddenUnitReachesTheOutputsAndTheLoss() {
    for (Shape shape : List.of(ShapeGrid.DOUBLE.get(0), ShapeGrid.FLOAT.get(0))) {
      Pair pair = initialisedPair(shape);
      Batch batch = Batch.of(shape, SEED + 1);
      for (Network network : new Network[] {pair.vector, pair.reference}) {
        double[] biases = biases(network, 0);
        biases[0] = Double.NaN;
        network.setBiases(0, biases);
        String label = shape.label() + " " + network.getClass().getSimpleName();
        assertThat(Arrays.stream(predictions(network, batch)).allMatch(Double::isNaN))
            .as(label + ": every output is NaN").isTrue();
        assertThat(network.trainStep(batch.x(), batch.y(), learningRate(shape)))
            .as(label + ": loss").isNaN();
      }
    }
  }

  /**
   * The kernels allocate nothing once C2 has compiled them. Measured in a JVM of its own
   * that runs this one class, as JMH forks one per benchmark, since this test JVM runs dozens
   * of vector classes.
   */
  @Test
  void trainStepAndForwardAllocateNothing(@TempDir Path classes) throws Exception {
    long least = allocationInOwnJvm(ShapeGrid.DOUBLE.get(0), classes, List.of(),
        SEED_WARM_UP_CALLS);

    // One boxed 256-bit vector is 48 bytes or more; 100 steps boxing even one would be 4.8 KB.
    assertThat(least).as("bytes allocated by 100 steps and forward passes").isLessThan(1024);
  }

  /**
   * A float class also converts the interface's doubles with {@code DoubleVector}s; those
   * must not make C2 box its float kernels, nor box themselves.
   */
  @Test
  void floatTrainStepAndForwardAllocateNothing(@TempDir Path classes) throws Exception {
    long least = allocationInOwnJvm(ShapeGrid.FLOAT.get(0), classes, List.of(),
        SEED_WARM_UP_CALLS);

    assertThat(least).as("bytes allocated by 100 steps and forward passes").isLessThan(1024);
  }

  /**
   * The kernels stay in registers even where C2 compiles them with no type profile to guide
   * it, as it does when the profiling tier is off or has given up on a large method. Without
   * a profile, C2 on JDK 17 resolves every vector call from exact types alone; epilogues that
   * inlined too much left their last stores as calls, and the 784-256-128-10 class then
   * boxed 331 MB per 100 steps and forward passes for good.
   */
  @Test
  void largeKernelsAllocateNothingWithoutTypeProfiles(@TempDir Path classes) throws Exception {
    long least = allocationInOwnJvm(ShapeGrid.LARGE, classes,
        List.of("-XX:-TieredCompilation"), LARGE_WARM_UP_CALLS);

    assertThat(least).as("bytes allocated by 100 steps and forward passes").isLessThan(1024);
  }

  /**
   * A double class that runs after a float one in the same JVM finds the float vector
   * classes in the type profiles that the Vector API's shared code collects. With ReLU
   * written {@code zero.max(acc)}, the 784-256-128-10 double class then boxed 2.5 MB per
   * step for good (4 JVMs of 4); C2 must keep its vectors in registers anyway.
   */
  @Test
  void doubleKernelsAllocateNothingAfterAFloatClassRan(@TempDir Path classes)
      throws Exception {
    long least = allocationInOwnJvm(ShapeGrid.LARGE, classes, List.of(), LARGE_WARM_UP_CALLS,
        ShapeGrid.LARGE_FLOAT, FLOAT_FIRST_CALLS);

    assertThat(least).as("bytes allocated by 100 steps and forward passes").isLessThan(1024);
  }

  /** Runs {@link AllocationProbe} on the shape's vector class and returns what it printed. */
  private static long allocationInOwnJvm(Shape shape, Path classes, List<String> jvmOptions,
      int warmUpCalls) throws Exception {
    return allocationInOwnJvm(shape, classes, jvmOptions, warmUpCalls, null, 0);
  }

  /**
   * Runs {@link AllocationProbe} on the shape's vector class, after {@code firstCalls} calls
   * of the {@code first} shape's class if that is not null, and returns what it printed.
   */
  private static long allocationInOwnJvm(Shape shape, Path classes, List<String> jvmOptions,
      int warmUpCalls, Shape first, int firstCalls) throws Exception {
    VectorShapes.Compiled compiled = writeClasses(shape, classes);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("--add-modules", "jdk.incubator.vector",
        "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"),
        AllocationProbe.class.getName(), compiled.source().qualifiedName(),
        Integer.toString(ALLOCATION_ROUNDS), Integer.toString(warmUpCalls)));
    if (first != null) {
      command.add(writeClasses(first, classes).source().qualifiedName());
      command.add(Integer.toString(firstCalls));
    }
    Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor()).as(output).isZero();
    return Long.parseLong(output.lines().reduce((earlier, last) -> last).orElseThrow());
  }

  private static VectorShapes.Compiled writeClasses(Shape shape, Path classes)
      throws Exception {
    VectorShapes.Compiled compiled = VectorShapes.of(shape);
    for (var classFile : compiled.classFiles().entrySet()) {
      Path file = classes.resolve(classFile.getKey().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, classFile.getValue());
    }
    return compiled;
  }

  private static void trainAndCompare(Shape shape) {
    Pair pair = initialisedPair(shape);
    Batch batch = Batch.of(shape, SEED + 1);
    double learningRate = learningRate(shape);
    String label = shape.label();
    assertClose(label + " forward before training", predictions(pair.vector, batch),
        predictions(pair.reference, batch), DOUBLE_TOLERANCE_PER_STEP);

    double firstLoss = Double.NaN;
    double lastLoss = Double.NaN;
    for (int step = 1; step <= shape.steps(); step++) {
      double tolerance = DOUBLE_TOLERANCE_PER_STEP * step;
      double expected = pair.reference.trainStep(batch.x(), batch.y(), learningRate);
      double actual = pair.vector.trainStep(batch.x(), batch.y(), learningRate);
      assertClose(label + " loss of step " + step, new double[] {actual},
          new double[] {expected}, tolerance);
      if (step == 1) {
        firstLoss = expected;
        assertParametersClose(label + " after one step", pair, tolerance);
      }
      lastLoss = expected;
    }
    double tolerance = DOUBLE_TOLERANCE_PER_STEP * shape.steps();
    assertParametersClose(label + " after " + shape.steps() + " steps", pair, tolerance);
    assertClose(label + " forward after training", predictions(pair.vector, batch),
        predictions(pair.reference, batch), tolerance);
    assertThat(lastLoss).as(label + ": training must move the loss").isFinite()
        .isNotEqualTo(firstLoss);
  }

  private static void assertParametersClose(String label, Pair pair, double tolerance) {
    for (int layer = 0; layer < pair.reference.layerCount(); layer++) {
      double[] expected = weights(pair.reference, layer);
      assertThat(Arrays.stream(expected).allMatch(Double::isFinite))
          .as(label + ": reference weights of layer " + layer + " must stay finite").isTrue();
      assertClose(label + " weights of layer " + layer, weights(pair.vector, layer), expected,
          tolerance);
      assertClose(label + " biases of layer " + layer, biases(pair.vector, layer),
          biases(pair.reference, layer), tolerance);
    }
  }

  /** {@code |actual - expected| <= tolerance * max |expected|} for every element. */
  private static void assertClose(
      String label, double[] actual, double[] expected, double tolerance) {
    assertThat(actual).as(label + " length").hasSameSizeAs(expected);
    double scale = Double.MIN_NORMAL;
    for (double value : expected) {
      scale = Math.max(scale, Math.abs(value));
    }
    double allowed = tolerance * scale;
    for (int i = 0; i < expected.length; i++) {
      if (!(Math.abs(actual[i] - expected[i]) <= allowed)) {
        throw new AssertionError(label + ": element " + i + " is " + actual[i]
            + ", the reference has " + expected[i] + " (allowed difference " + allowed + ")");
      }
    }
  }

  /** Sets both networks to the reference's parameters rounded to float. */
  private static void copyParametersRoundedToFloat(Pair pair) {
    for (int layer = 0; layer < pair.reference.layerCount(); layer++) {
      double[] weights = roundedToFloat(weights(pair.reference, layer));
      double[] biases = roundedToFloat(biases(pair.reference, layer));
      for (Network network : new Network[] {pair.vector, pair.reference}) {
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

  private static double learningRate(Shape shape) {
    int widest = Arrays.stream(shape.sizes()).max().orElseThrow();
    return Math.min(SEED_LEARNING_RATE, LEARNING_RATE_SCALE / ((double) shape.batch() * widest));
  }

  private static double[] predictions(Network network, Batch batch) {
    return Arrays.copyOf(network.forward(batch.x()), network.batchSize() * network.outputSize());
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

  /** A generated vector network and the reference, with the same seeded parameters. */
  private record Pair(Network vector, ReferenceNetwork reference) {}

  private static Pair initialisedPair(Shape shape) {
    Network vector = VectorShapes.of(shape).newNetwork();
    ReferenceNetwork reference = new ReferenceNetwork(shape.batch(), shape.sizes());
    SeededData.initialise(shape, SEED, vector, reference);
    return new Pair(vector, reference);
  }
}
