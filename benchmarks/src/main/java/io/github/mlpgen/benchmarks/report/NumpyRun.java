package io.github.mlpgen.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mlpgen.benchmarks.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code numpy_step.py} printed: a header line, then one line per timing; or, when
 * run.sh could not run it, one line {@code {"unavailable": "why"}}.
 *
 * @param description {@code numpy 2.x with <BLAS>, Python 3.x}, empty when unavailable
 * @param blas the BLAS numpy was built with, as numpy names it
 * @param timings the timings, empty when unavailable
 * @param unavailable why there are no numpy timings, if there are none
 */
record NumpyRun(
    String description, String blas, List<Timing> timings, Optional<String> unavailable) {

  /** The row label the report gives numpy's timings. */
  String label() {
    return "numpy (" + blas + ", 1 thread)";
  }

  /**
   * Reads the file run.sh saved.
   *
   * @throws IllegalArgumentException naming the file and line that is not such JSON
   */
  static NumpyRun read(Path file) {
    List<String> lines = readLines(file);
    ObjectMapper mapper = new ObjectMapper();
    if (lines.isEmpty()) {
      return unavailable("numpy_step.py printed nothing");
    }
    JsonNode header = parse(mapper, file, 1, lines.get(0));
    if (header.has("unavailable")) {
      return unavailable(header.path("unavailable").asText());
    }
    String blas = header.path("blas").asText();
    String description = "numpy " + header.path("numpy").asText() + " with "
        + blas + ", Python " + header.path("python").asText();
    List<Timing> timings = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      timings.add(timing(parse(mapper, file, i + 1, lines.get(i))));
    }
    return new NumpyRun(description, blas, List.copyOf(timings), Optional.empty());
  }

  static NumpyRun unavailable(String reason) {
    return new NumpyRun("", "", List.of(), Optional.of(reason));
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read numpy results " + file, e);
    }
  }

  private static JsonNode parse(ObjectMapper mapper, Path file, int lineNumber, String line) {
    try {
      return mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + ":" + lineNumber + ": not a JSON object: " + line, e);
    }
  }

  private static Timing timing(JsonNode line) {
    return new Timing(
        Operation.byMethod(line.path("operation").asText()),
        Shape.byId(line.path("shape").asText()),
        Timing.NUMPY,
        line.path("median_us").asDouble(),
        new Spread.Range(line.path("min_us").asDouble(), line.path("max_us").asDouble()),
        OptionalDouble.empty(),
        Double.NaN);
  }
}
