package io.github.mlpgen.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The training benchmarks' learning rate keeps every shape healthy; the seed's does not. */
class LearningRateTest {

  private static final double SEED_LEARNING_RATE = 1e-3;

  @Test
  void benchmarkRateKeepsTheSeedShapeHealthyOverHundredsOfSteps() {
    assertThatCode(() -> train(Shape.SEED, NetworkBenchmark.learningRate(Shape.SEED), 300))
        .doesNotThrowAnyException();
  }

  @Test
  void benchmarkRateKeepsTheWideShapeHealthy() {
    assertThatCode(() -> train(Shape.WIDE, NetworkBenchmark.learningRate(Shape.WIDE), 100))
        .doesNotThrowAnyException();
  }

  @Test
  void benchmarkRateKeepsTheMnistShapeHealthy() {
    assertThatCode(() -> train(Shape.MNIST, NetworkBenchmark.learningRate(Shape.MNIST), 10))
        .doesNotThrowAnyException();
  }

  @Test
  void seedRateBreaksTheMnistShapeWithinAFewSteps() {
    assertThatThrownBy(() -> train(Shape.MNIST, SEED_LEARNING_RATE, 10))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Trains EJML's network (the fastest generic one) on one batch, as the benchmark does. */
  private static void train(Shape shape, double learningRate, int steps) {
    Network network = new EjmlNetwork(shape.batchSize(), shape.layerSizes());
    Initializer.initialize(network, NetworkBenchmark.PARAMETER_SEED);
    SplittableRandom random = new SplittableRandom(NetworkBenchmark.DATA_SEED);
    double[] x = NetworkBenchmark.uniform(random, shape.batchSize() * shape.inputSize());
    double[] y = NetworkBenchmark.uniform(random, shape.batchSize() * shape.outputSize());
    for (int step = 0; step < steps; step++) {
      network.trainStep(x, y, learningRate);
    }
    new HealthCheck(network, x, shape.id()).requireHealthy();
  }
}
