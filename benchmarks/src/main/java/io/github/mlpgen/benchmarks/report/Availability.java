package io.github.mlpgen.benchmarks.report;

import io.github.mlpgen.benchmarks.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Why implementations were left out of the run, as {@code ImplementationProbe} found.
 *
 * @param reasons by {@code implementation/shape}, only for those left out
 */
record Availability(Map<String, String> reasons) {

  /** No implementation left out. */
  static final Availability ALL = new Availability(Map.of());

  /**
   * Reads the probe's tab-separated lines.
   *
   * @throws IllegalArgumentException naming the file and line that has not four fields
   */
  static Availability read(Path file) {
    Map<String, String> reasons = new TreeMap<>();
    String[] lines = readLines(file);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] fields = lines[i].split("\t", 4);
      if (fields.length != 4) {
        throw new IllegalArgumentException(file + ":" + (i + 1)
            + ": expected implementation, shape, status and detail separated by tabs, was "
            + lines[i]);
      }
      String reason = switch (fields[2]) {
        case "ok" -> null;
        case "unavailable" -> "not available: " + fields[3];
        default -> "left out: " + fields[3];
      };
      if (reason != null) {
        reasons.put(key(fields[0], fields[1]), reason);
      }
    }
    return new Availability(Map.copyOf(reasons));
  }

  private static String[] readLines(Path file) {
    try {
      return Files.readString(file).split("\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the probe's results " + file, e);
    }
  }

  /** Why {@code implementation} did not run on {@code shape}, if the probe left it out. */
  Optional<String> reasonFor(String implementation, Shape shape) {
    return Optional.ofNullable(reasons.get(key(implementation, shape.id())));
  }

  private static String key(String implementation, String shape) {
    return implementation + "/" + shape;
  }
}
