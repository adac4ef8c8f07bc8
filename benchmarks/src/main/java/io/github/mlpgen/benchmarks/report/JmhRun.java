package io.github.mlpgen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpgen.benchmarks.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The results of one or more JMH runs ({@code -rf json} files) and how they were run.
 *
 * @param timings one per benchmark, operation and parameters
 * @param settings JDK, JMH version and iteration settings, from the first result
 */
record JmhRun(List<Timing> timings, Settings settings) {

  private static final String ALLOCATION_METRIC = "·gc.alloc.rate.norm";

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
    JsonNode allocation = entry.path("secondaryMetrics").path(ALLOCATION_METRIC);
    OptionalDouble bytes = allocation.isMissingNode()
        ? OptionalDouble.empty()
        : OptionalDouble.of(allocation.path("score").asDouble());
    return new Timing(
        Operation.byMethod(method),
        Shape.byId(params.path("shape").asText()),
        params.path("implementation").asText(),
        primary.path("score").asDouble(),
        new Spread.Error(errorOf(primary)),
        bytes);
  }

  // JMH writes "NaN" as the error when there are too few samples for an interval.
  private static double errorOf(JsonNode primary) {
    JsonNode error = primary.path("scoreError");
    return error.isNumber() ? error.asDouble() : Double.NaN;
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
