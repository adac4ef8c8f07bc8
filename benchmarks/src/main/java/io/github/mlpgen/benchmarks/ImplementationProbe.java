package io.github.mlpgen.benchmarks;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Finds out, before any benchmark runs, which implementations can be built for which shape
 * and whether they compute what {@code ReferenceNetwork} computes. run.sh benchmarks only
 * those that pass, and the report names the reason for the others, so a backend that is
 * missing or wrong costs one line in RESULTS.md instead of the whole run.
 *
 * <p>Output, one line per implementation and shape, tab-separated:
 * {@code implementation shape status detail}, with status {@code ok}, {@code unavailable}
 * (it could not be built) or {@code wrong} (its results differ from the reference).
 */
public final class ImplementationProbe {

  // One step at the seed's learning rate: large enough that the update is far above float
  // rounding of the weights, and one step does not diverge on any shape.
  private static final double PROBE_LEARNING_RATE = 1e-3;

  private static final double DOUBLE_TOLERANCE = 1e-9;

  // Single precision sums thousands of products per value on the mnist shape.
  private static final double FLOAT_TOLERANCE = 1e-3;

  private static final int MAX_DETAIL_LENGTH = 200;

  private ImplementationProbe() {}

  /**
   * Probes every implementation on every shape and writes the lines to {@code args[0]}.
   *
   * @param args the output file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ImplementationProbe <output.tsv>");
      System.exit(2);
    }
    List<String> lines = new ArrayList<>();
    for (Shape shape : Shape.values()) {
      Expected expected = Expected.of(Implementation.REFERENCE.create(shape), shape);
      for (Implementation implementation : Implementation.values()) {
        String line = implementation.id() + "\t" + shape.id() + "\t"
            + probe(implementation, shape, expected);
        lines.add(line);
        System.out.println(line);
      }
    }
    write(Path.of(args[0]), lines);
  }

  static String probe(Implementation implementation, Shape shape, Expected expected) {
    return probe(() -> implementation.create(shape), implementation.isSinglePrecision(),
        expected);
  }

  /**
   * The status and detail columns for the network {@code factory} builds: {@code ok} and its
   * backend name, {@code unavailable} and why it could not be built, or {@code wrong} and
   * how far its results are from {@code expected}.
   */
  static String probe(Supplier<Network> factory, boolean singlePrecision, Expected expected) {
    Network network;
    try {
      network = factory.get();
    } catch (RuntimeException | LinkageError e) {
      return "unavailable\t" + shorten(describe(e));
    }
    double tolerance = singlePrecision ? FLOAT_TOLERANCE : DOUBLE_TOLERANCE;
    double difference = expected.relativeDifference(network);
    if (!(difference <= tolerance)) {
      return "wrong\tdiffers from the reference by " + difference + " (relative), allowed "
          + tolerance;
    }
    return "ok\t" + network.backend();
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return e.getClass().getSimpleName() + message;
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_DETAIL_LENGTH
        ? oneLine
        : oneLine.substring(0, MAX_DETAIL_LENGTH) + "...";
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The reference's forward pass and parameter updates of one step, on one seeded batch.
   * Updates rather than parameters are compared, so a small wrong update cannot hide behind
   * large weights.
   */
  record Expected(double[] x, double[] y, double[] predictions, double[][] updates) {

    static Expected of(Network reference, Shape shape) {
      SplittableRandom random = new SplittableRandom(NetworkBenchmark.DATA_SEED);
      double[] x = NetworkBenchmark.uniform(random, shape.batchSize() * shape.inputSize());
      double[] y = NetworkBenchmark.uniform(random, shape.batchSize() * shape.outputSize());
      Initializer.initialize(reference, NetworkBenchmark.PARAMETER_SEED);
      double[] predictions = reference.forward(x).clone();
      return new Expected(x, y, predictions, updates(reference, x, y));
    }

    /** The largest norm-wise relative difference of the predictions and each update. */
    double relativeDifference(Network network) {
      Initializer.initialize(network, NetworkBenchmark.PARAMETER_SEED);
      double worst = relativeDifference(network.forward(x), predictions);
      double[][] actual = updates(network, x, y);
      for (int i = 0; i < updates.length; i++) {
        worst = Math.max(worst, relativeDifference(actual[i], updates[i]));
      }
      return worst;
    }

    /** Parameters after one step minus those before, weights then biases of each layer. */
    private static double[][] updates(Network network, double[] x, double[] y) {
      double[][] before = parameters(network);
      network.trainStep(x, y, PROBE_LEARNING_RATE);
      double[][] after = parameters(network);
      for (int i = 0; i < after.length; i++) {
        for (int j = 0; j < after[i].length; j++) {
          after[i][j] -= before[i][j];
        }
      }
      return after;
    }

    private static double relativeDifference(double[] actual, double[] expected) {
      double difference = 0;
      double norm = 0;
      for (int i = 0; i < expected.length; i++) {
        difference += (actual[i] - expected[i]) * (actual[i] - expected[i]);
        norm += expected[i] * expected[i];
      }
      return Math.sqrt(difference / Math.max(norm, Double.MIN_NORMAL));
    }

    /** Weights then biases of every layer. */
    private static double[][] parameters(Network network) {
      int[] sizes = network.layerSizes();
      int layers = sizes.length - 1;
      double[][] parameters = new double[2 * layers][];
      for (int l = 0; l < layers; l++) {
        parameters[2 * l] = new double[sizes[l] * sizes[l + 1]];
        parameters[2 * l + 1] = new double[sizes[l + 1]];
        network.getWeights(l, parameters[2 * l]);
        network.getBiases(l, parameters[2 * l + 1]);
      }
      return parameters;
    }
  }
}
