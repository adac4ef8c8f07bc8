package io.github.mlpgen.benchmarks.report;

import io.github.mlpgen.benchmarks.Implementation;
import io.github.mlpgen.benchmarks.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which implementations were left out of the run and why: those run.sh was not asked to run
 * (its {@code IMPLEMENTATIONS}), and those {@code ImplementationProbe} found could not be
 * built or disagree with the reference. The report keeps the two apart, so an implementation
 * deliberately not run is not mistaken for one that failed.
 *
 * @param exclusions by {@code implementation on shape}, in the probe's order, only for
 *     those the probe left out
 * @param selected the ids of the implementations run.sh was asked to run, in
 *     {@link Implementation} order
 */
record Availability(Map<String, Exclusion> exclusions, List<String> selected) {

  /** Every implementation selected and none left out. */
  static final Availability ALL = new Availability(Map.of(), allIds());

  /**
   * Why one implementation did not run on one shape.
   *
   * @param implementation the implementation's id
   * @param status {@code not available} (it could not be built) or {@code left out} (its
   *     results differ from the reference's)
   * @param detail the probe's explanation
   */
  record Exclusion(String implementation, String status, String detail) {}

  /**
   * Reads the probe's tab-separated lines; every implementation counts as selected.
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
        exclusions.put(key(fields[0], fields[1]), new Exclusion(fields[0], status, fields[3]));
      }
    }
    return new Availability(Collections.unmodifiableMap(exclusions), allIds());
  }

  private static String[] readLines(Path file) {
    try {
      return Files.readString(file).split("\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the probe's results " + file, e);
    }
  }

  /**
   * The same probe results with only the implementations of a comma list selected, as
   * run.sh's {@code IMPLEMENTATIONS} gives them.
   *
   * @throws IllegalArgumentException naming the known ids if the list names another
   */
  Availability selecting(String commaList) {
    List<String> wanted = Stream.of(commaList.split(",")).map(String::trim)
        .filter(id -> !id.isEmpty())
        .map(id -> Implementation.byId(id).id())
        .toList();
    return new Availability(exclusions,
        allIds().stream().filter(wanted::contains).toList());
  }

  /** Whether run.sh was asked to run {@code implementation}. */
  boolean isSelected(String implementation) {
    return selected.contains(implementation);
  }

  /** The ids of the implementations run.sh was not asked to run, in report order. */
  List<String> notSelected() {
    return allIds().stream().filter(id -> !isSelected(id)).toList();
  }

  /** The probe's exclusions of selected implementations, by {@code implementation on shape}. */
  Map<String, Exclusion> selectedExclusions() {
    Map<String, Exclusion> kept = new LinkedHashMap<>();
    exclusions.forEach((which, exclusion) -> {
      if (isSelected(exclusion.implementation())) {
        kept.put(which, exclusion);
      }
    });
    return kept;
  }

  /** Why {@code implementation} did not run on {@code shape}, if the probe left it out. */
  Optional<Exclusion> exclusionOf(String implementation, Shape shape) {
    return Optional.ofNullable(exclusions.get(key(implementation, shape.id())));
  }

  private static String key(String implementation, String shape) {
    return implementation + " on " + shape;
  }

  private static List<String> allIds() {
    return Stream.of(Implementation.values()).map(Implementation::id).toList();
  }
}
