package io.github.mlpgen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpgen.benchmarks.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The results of one or more JMH runs ({@code -rf json} files) and how they were run.
 *
 * @param timings one per benchmark, operation and parameters
 * @param settings JDK, JMH version and iteration settings, from the first result
 */
record JmhRun(List<Timing> timings, Settings settings) {

  // JMH 1.37 names it without a prefix; versions before 1.36 put a middle dot before it.
  private static final List<String> ALLOCATION_METRICS =
      List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm");

  /**
   * How the benchmarks were run.
   *
   * @param jdkVersion the forked JVM's {@code java.version}
   * @param vm the forked JVM's name and version
   * @param jmhVersion the JMH version
   * @param forks forks per benchmark
   * @param warmup warmup iterations and their time, such as {@code 3 x 1 s}
   * @param measurement measurement iterations and their time
   */
  record Settings(
      String jdkVersion, String vm, String jmhVersion, int forks, String warmup,
      String measurement) {}

  /**
   * Reads JMH's JSON result files; a file holding no results (an empty array) is allowed.
   *
   * @throws IllegalArgumentException naming the file and entry JMH wrote in an unknown form
   */
  static JmhRun read(List<Path> files) {
    ObjectMapper mapper = new ObjectMapper();
    List<Timing> timings = new ArrayList<>();
    Settings settings = null;
    for (Path file : files) {
      JsonNode root = readTree(mapper, file);
      for (JsonNode entry : root) {
        timings.add(timing(entry, file));
        if (settings == null) {
          settings = settings(entry);
        }
      }
    }
    return new JmhRun(List.copyOf(timings), settings);
  }

  private static JsonNode readTree(ObjectMapper mapper, Path file) {
    try {
      return mapper.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JMH results " + file, e);
    }
  }

  private static Timing timing(JsonNode entry, Path file) {
    String benchmark = entry.path("benchmark").asText();
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    JsonNode primary = entry.path("primaryMetric");
    String unit = primary.path("scoreUnit").asText();
    if (!unit.equals("us/op")) {
      throw new IllegalArgumentException(
          file + ": " + benchmark + " has unit " + unit + ", expected us/op (run with -tu us)");
    }
    JsonNode params = entry.path("params");
    double micros = primary.path("score").asDouble();
    double iterationMicros = seconds(entry.path("measurementTime").asText(), file) * 1e6;
    return new Timing(
        Operation.byMethod(method),
        Shape.byId(params.path("shape").asText()),
        params.path("implementation").asText(),
        micros,
        spreadOf(primary),
        bytesPerOp(entry.path("secondaryMetrics")),
        iterationMicros / micros);
  }

  /** JMH's time values, such as {@code 1 s} or {@code 500 ms}, in seconds. */
  static double seconds(String timeValue, Path file) {
    String[] parts = timeValue.trim().split(" ");
    double scale = switch (parts.length == 2 ? parts[1] : "") {
      case "ns" -> 1e-9;
      case "us" -> 1e-6;
      case "ms" -> 1e-3;
      case "s" -> 1;
      case "min" -> 60;
      default -> throw new IllegalArgumentException(
          file + ": cannot read the time value '" + timeValue + "'");
    };
    return Double.parseDouble(parts[0]) * scale;
  }

  private static OptionalDouble bytesPerOp(JsonNode secondaryMetrics) {
    return ALLOCATION_METRICS.stream()
        .map(secondaryMetrics::path)
        .filter(metric -> !metric.isMissingNode())
        .mapToDouble(metric -> metric.path("score").asDouble())
        .findFirst();
  }

  /**
   * JMH's confidence interval; or, where JMH has too few iterations for one (it writes
   * {@code "NaN"} for fewer than three, as in a --quick run's one fork of two), the fastest
   * and slowest iteration, so the report still shows how far apart they were. A single
   * iteration has no spread.
   */
  private static Spread spreadOf(JsonNode primary) {
    JsonNode error = primary.path("scoreError");
    if (error.isNumber() && !Double.isNaN(error.asDouble())) {
      return new Spread.Error(error.asDouble());
    }
    List<Double> iterations = new ArrayList<>();
    primary.path("rawData").forEach(fork -> fork.forEach(score -> {
      if (score.isNumber()) {
        iterations.add(score.asDouble());
      }
    }));
    if (iterations.size() < 2) {
      return new Spread.Error(Double.NaN);
    }
    return new Spread.Range(Collections.min(iterations), Collections.max(iterations));
  }

  private static Settings settings(JsonNode entry) {
    return new Settings(
        entry.path("jdkVersion").asText(),
        entry.path("vmName").asText() + " " + entry.path("vmVersion").asText(),
        entry.path("jmhVersion").asText(),
        entry.path("forks").asInt(),
        entry.path("warmupIterations").asInt() + " x " + entry.path("warmupTime").asText(),
        entry.path("measurementIterations").asInt() + " x "
            + entry.path("measurementTime").asText());
  }
}
