package io.github.mlpgen.benchmarks.report;

import io.github.mlpgen.benchmarks.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which implementations were left out of the run and why, as {@code ImplementationProbe}
 * found.
 *
 * @param exclusions by {@code implementation on shape}, in the probe's order, only for
 *     those left out
 */
record Availability(Map<String, Exclusion> exclusions) {

  /** No implementation left out. */
  static final Availability ALL = new Availability(Map.of());

  /**
   * Why one implementation did not run on one shape.
   *
   * @param status {@code not available} (it could not be built) or {@code left out} (its
   *     results differ from the reference's)
   * @param detail the probe's explanation
   */
  record Exclusion(String status, String detail) {}

  /**
   * Reads the probe's tab-separated lines.
   *
   * @throws IllegalArgumentException naming the file and line that has not four fields
   */
  static Availability read(Path file) {
    Map<String, Exclusion> exclusions = new LinkedHashMap<>();
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
      if (!fields[2].equals("ok")) {
        String status = fields[2].equals("unavailable") ? "not available" : "left out";
        exclusions.put(key(fields[0], fields[1]), new Exclusion(status, fields[3]));
      }
    }
    return new Availability(Collections.unmodifiableMap(exclusions));
  }

  private static String[] readLines(Path file) {
    try {
      return Files.readString(file).split("\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the probe's results " + file, e);
    }
  }

  /** Why {@code implementation} did not run on {@code shape}, if the probe left it out. */
  Optional<Exclusion> exclusionOf(String implementation, Shape shape) {
    return Optional.ofNullable(exclusions.get(key(implementation, shape.id())));
  }

  private static String key(String implementation, String shape) {
    return implementation + " on " + shape;
  }
}
