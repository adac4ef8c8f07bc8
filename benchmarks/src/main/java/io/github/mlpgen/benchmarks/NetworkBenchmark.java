package io.github.mlpgen.benchmarks;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * What every network benchmark shares: the implementation and shape parameters, the network
 * built for them, one seeded batch, and the guards that keep training honest.
 *
 * <p>The loss is a sum over the batch, so the seed's learning rate of {@code 1e-3} diverges
 * on large shapes. Training benchmarks therefore use {@link #learningRate(Shape)}, reset the
 * parameters before every iteration, and check after every iteration that the parameters are
 * finite and normal and that every hidden layer still has a live unit; a failed check ends
 * the run rather than let it time NaN or denormal arithmetic.
 *
 * <p>Before JMH's warm-up iterations, every fork runs the measured operation until its time
 * per call is steady ({@link WarmUp}): the Vector API classes need thousands of calls and
 * seconds of C2 compiling before they stop allocating a vector object per operation, far
 * more than the iterations run.sh can afford. The warm-up restores the parameters after
 * every chunk and at its end, so the iterations start from the network the measurement
 * expects, as {@link #resetParameters()} then does again before each of them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class NetworkBenchmark {

  /** Seeds the weights, the same for every implementation and iteration. */
  static final long PARAMETER_SEED = 20200531L;

  /** Seeds the input and target values. */
  static final long DATA_SEED = 1234L;

  /** Which network: an {@link Implementation#id()}. */
  @Param({"reference", "ejml", "scalar", "vector", "scalar-float", "vector-float"})
  public String implementation;

  /** Which shape: a {@link Shape#id()}. */
  @Param({"seed", "mnist", "wide"})
  public String shape;

  private final String operation;

  // Non-final so the JIT cannot treat the benchmark's inputs as constants.
  Network network;
  double[] x;
  double[] y;
  double learningRate;
  private double[][] initialWeights;
  private double[][] initialBiases;
  private HealthCheck healthCheck;

  /**
   * A benchmark of {@code operation}, the name of its benchmark method, which the warm-up's
   * line in the JMH log names.
   */
  NetworkBenchmark(String operation) {
    this.operation = operation;
  }

  /**
   * Builds the network, draws the batch, lets the subclass prepare its inputs and warms the
   * operation up. One set-up method rather than one per class, because JMH does not promise
   * to run a superclass's before a subclass's.
   */
  @Setup(Level.Trial)
  public void createNetwork(BenchmarkParams params) {
    Shape resolved = Shape.byId(shape);
    network = Implementation.byId(implementation).create(resolved);
    SplittableRandom random = new SplittableRandom(DATA_SEED);
    x = uniform(random, resolved.batchSize() * resolved.inputSize());
    y = uniform(random, resolved.batchSize() * resolved.outputSize());
    learningRate = learningRate(resolved);
    Initializer.initialize(network, PARAMETER_SEED);
    saveInitialParameters();
    healthCheck = new HealthCheck(network, x, implementation + " on " + shape);
    prepare(resolved);
    warmUp(new WarmUp.Target(flopsPerCall(resolved), iterationNanos(params)));
  }

  /** Creates what the subclass's operation needs beyond the network and the batch. */
  void prepare(Shape resolved) {}

  /**
   * One call of the operation the subclass measures, for the warm-up; returns a value that
   * depends on the result, so the call cannot be dropped.
   */
  abstract double callOnce();

  /** The floating-point operations of one {@link #callOnce()} (see {@link Shape}). */
  abstract long flopsPerCall(Shape resolved);

  /** How long JMH's warm-up and measurement iterations of this fork run together. */
  private static long iterationNanos(BenchmarkParams params) {
    IterationParams warmup = params.getWarmup();
    IterationParams measurement = params.getMeasurement();
    return warmup.getCount() * warmup.getTime().convertTo(TimeUnit.NANOSECONDS)
        + measurement.getCount() * measurement.getTime().convertTo(TimeUnit.NANOSECONDS);
  }

  /**
   * Runs {@link #callOnce()} until its time per call is steady and reports how that went in
   * the JMH log; then restores the initial parameters.
   */
  private void warmUp(WarmUp.Target target) {
    WarmUp.Outcome outcome = WarmUp.ofThisJvm().untilSteady(this::callOnce, target,
        this::resetParameters);
    resetParameters();
    // JMH has printed "# Warmup Iteration   1: " and prints its score after this set-up,
    // so the report goes on a line of its own.
    System.out.println();
    System.out.println(WarmUp.logLine(operation, implementation, shape, outcome));
  }

  private void saveInitialParameters() {
    int[] sizes = network.layerSizes();
    initialWeights = new double[sizes.length - 1][];
    initialBiases = new double[sizes.length - 1][];
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      initialWeights[layer] = new double[sizes[layer] * sizes[layer + 1]];
      initialBiases[layer] = new double[sizes[layer + 1]];
      network.getWeights(layer, initialWeights[layer]);
      network.getBiases(layer, initialBiases[layer]);
    }
  }

  /**
   * Starts every iteration from the same parameters, without allocating: JMH's allocation
   * profiler counts what iteration set-up allocates as part of the benchmark.
   */
  @Setup(Level.Iteration)
  public void resetParameters() {
    for (int layer = 0; layer < initialWeights.length; layer++) {
      network.setWeights(layer, initialWeights[layer]);
      network.setBiases(layer, initialBiases[layer]);
    }
  }

  /** Fails the run if the iteration left the network unhealthy. */
  @TearDown(Level.Iteration)
  public void checkHealth() {
    healthCheck.requireHealthy();
  }

  /**
   * The learning rate of the training benchmarks: the seed's {@code 1e-3} divided by the
   * batch size and the largest fan-in, which bounds how the summed gradient grows with the
   * shape.
   */
  static double learningRate(Shape shape) {
    return 1e-3 / ((double) shape.batchSize() * shape.maxFanIn());
  }

  /** {@code count} values uniform on {@code [-0.5, 0.5)}, as the seed experiment draws. */
  static double[] uniform(SplittableRandom random, int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = random.nextDouble() - 0.5;
    }
    return values;
  }
}
