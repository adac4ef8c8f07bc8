package io.github.mlpgen.benchmarks.report;

import io.github.mlpgen.benchmarks.Implementation;
import io.github.mlpgen.benchmarks.Shape;
import io.github.mlpgen.benchmarks.WarmUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes RESULTS.md: the machine and commands, then one table per operation with a row per
 * shape and selected implementation, then what was not benchmarked and how to read it all.
 * Implementations run.sh was not asked to run get no rows, so that a row without a time
 * always means the probe left it out or the benchmark failed.
 */
final class MarkdownReport {

  private static final String HEADER =
      "| shape | implementation | time per op | GFLOP/s | vs reference | bytes/op |\n"
          + "|---|---|---:|---:|---:|---:|\n";

  /** The empty GFLOP/s, vs reference and bytes/op cells of a row without a time. */
  private static final String NO_NUMBERS = " | | |";

  /**
   * What JMH itself allocates in one measurement iteration (about 6 KB with -prof gc on
   * JDK 17, measured with networks that allocate nothing), with a margin. The profiler
   * divides it by the calls of the iteration, so operations of tens of milliseconds show
   * hundreds of bytes per call that they never allocated.
   */
  static final double JMH_BYTES_PER_ITERATION = 16 * 1024;

  private final JmhRun jmh;
  private final NumpyRun numpy;
  private final Availability availability;
  private final WarmUpLog warmUps;

  MarkdownReport(JmhRun jmh, NumpyRun numpy, Availability availability) {
    this(jmh, numpy, availability, WarmUpLog.NONE);
  }

  MarkdownReport(JmhRun jmh, NumpyRun numpy, Availability availability, WarmUpLog warmUps) {
    this.jmh = jmh;
    this.numpy = numpy;
    this.availability = availability;
    this.warmUps = warmUps;
  }

  /** The whole file. */
  String render(Machine machine, List<String> commands) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n");
    out.append("Written by `benchmarks/run.sh` from the JMH and numpy results of one run; ")
        .append("rerun the script to refresh it.\n\n");
    appendSetup(out, machine, commands);
    for (Operation operation : Operation.values()) {
      appendOperation(out, operation);
    }
    appendExclusions(out);
    appendLegend(out);
    return out.toString();
  }

  private void appendSetup(StringBuilder out, Machine machine, List<String> commands) {
    out.append("| | |\n|---|---|\n");
    out.append("| CPU | ").append(machine.cpu()).append(", ").append(machine.cores())
        .append(" cores available to the JVM |\n");
    out.append("| OS | ").append(machine.operatingSystem()).append(" |\n");
    if (jmh.settings() != null) {
      JmhRun.Settings settings = jmh.settings();
      out.append("| JDK | ").append(settings.jdkVersion()).append(", ").append(settings.vm())
          .append(" |\n");
      out.append("| JMH | ").append(settings.jmhVersion())
          .append(": forks ").append(settings.forks())
          .append(", warmup until steady (see below), then ").append(settings.warmup())
          .append(", measurement ").append(settings.measurement())
          .append(", average time, `-prof gc` |\n");
    }
    out.append("| numpy | ").append(numpy.unavailable()
        .map(reason -> "not available: " + reason)
        .orElse(numpy.description() + "; BLAS limited to one thread")).append(" |\n");
    out.append("\nCommands:\n\n```\n");
    commands.forEach(command -> out.append(command).append('\n'));
    out.append("```\n");
  }

  private void appendOperation(StringBuilder out, Operation operation) {
    List<Shape> shapes = shapesMeasured(operation);
    if (shapes.isEmpty()) {
      return;
    }
    out.append("\n## ").append(operation.title()).append("\n\n").append(HEADER);
    for (Shape shape : shapes) {
      List<String> rows = rows(operation, shape);
      for (int i = 0; i < rows.size(); i++) {
        String shapeCell = i == 0 ? shape.id() + " (" + shape.describe() + ")" : "";
        out.append("| ").append(shapeCell).append(" | ").append(rows.get(i)).append(" |\n");
      }
    }
  }

  private List<Shape> shapesMeasured(Operation operation) {
    return List.of(Shape.values()).stream()
        .filter(shape -> jmh.timings().stream().anyMatch(t -> matches(t, operation, shape)))
        .toList();
  }

  private List<String> rows(Operation operation, Shape shape) {
    OptionalDouble reference = find(jmh.timings(), operation, shape,
        Implementation.REFERENCE.id()).map(Timing::micros)
        .map(OptionalDouble::of).orElse(OptionalDouble.empty());
    List<String> rows = new ArrayList<>();
    for (Implementation implementation : Implementation.values()) {
      String id = implementation.id();
      if (!availability.isSelected(id)) {
        continue;
      }
      rows.add(find(jmh.timings(), operation, shape, id)
          .map(timing -> label(operation, id, shape) + " | " + cells(timing, reference))
          .orElseGet(() -> id + " | " + missing(id, shape)));
    }
    if (numpy.unavailable().isPresent()) {
      rows.add("numpy | not available" + NO_NUMBERS);
    } else {
      find(numpy.timings(), operation, shape, Timing.NUMPY)
          .ifPresent(timing -> rows.add(numpy.label() + " | " + cells(timing, reference)));
    }
    return rows;
  }

  /** The implementation, and how many forks did not get steady if any did not. */
  private String label(Operation operation, String implementation, Shape shape) {
    int unsteady = warmUps.unsteadyForks(operation, implementation, shape);
    if (unsteady == 0) {
      return implementation;
    }
    String forks = jmh.settings() == null ? "" : " of " + jmh.settings().forks();
    return implementation + " (warm-up not steady in " + unsteady + forks + " forks)";
  }

  private String missing(String implementation, Shape shape) {
    return availability.exclusionOf(implementation, shape)
        .map(Availability.Exclusion::status)
        .orElse("no result: failed; see the JMH log") + NO_NUMBERS;
  }

  /** Whether the report has a "Not benchmarked" section, which the legend then refers to. */
  private boolean hasNotBenchmarkedSection() {
    return !availability.selectedExclusions().isEmpty() || numpy.unavailable().isPresent()
        || !availability.notSelected().isEmpty();
  }

  private void appendExclusions(StringBuilder out) {
    if (!hasNotBenchmarkedSection()) {
      return;
    }
    out.append("\n## Not benchmarked\n\n");
    List<String> notSelected = availability.notSelected();
    if (!notSelected.isEmpty()) {
      out.append("- ").append(String.join(", ", notSelected))
          .append(": not run (IMPLEMENTATIONS=").append(String.join(",", availability.selected()))
          .append(")\n");
    }
    availability.selectedExclusions().forEach((which, exclusion) -> out.append("- ")
        .append(which).append(": ").append(exclusion.status()).append(": `")
        .append(exclusion.detail().replace('`', '\'')).append("`\n"));
    numpy.unavailable().ifPresent(reason -> out.append("- numpy: ").append(reason)
        .append('\n'));
  }

  private static Optional<Timing> find(
      List<Timing> timings, Operation operation, Shape shape, String implementation) {
    return timings.stream()
        .filter(t -> matches(t, operation, shape) && t.implementation().equals(implementation))
        .findFirst();
  }

  private static boolean matches(Timing timing, Operation operation, Shape shape) {
    return timing.operation() == operation && timing.shape() == shape;
  }

  private static String cells(Timing timing, OptionalDouble referenceMicros) {
    String ratio = referenceMicros.isPresent()
        ? String.format(Locale.ROOT, "%.2fx", referenceMicros.getAsDouble() / timing.micros())
        : "n/a";
    String bytes = timing.bytesPerOp().isPresent() ? bytes(timing) : "n/a";
    return TimeFormat.format(timing.micros(), timing.spread()) + " | "
        + String.format(Locale.ROOT, "%.2f", timing.gigaflops()) + " | " + ratio + " | " + bytes;
  }

  private static String bytes(Timing timing) {
    double bytesPerOp = timing.bytesPerOp().getAsDouble();
    if (bytesPerOp * timing.callsPerIteration() < JMH_BYTES_PER_ITERATION) {
      return "≈ 0";
    }
    return String.format(Locale.ROOT, "%,.0f", bytesPerOp);
  }

  private void appendLegend(StringBuilder out) {
    out.append("\n## Reading the tables\n\n");
    out.append("- **time per op**: JMH's mean time per call ± the half-width of its 99.9% ")
        .append("confidence interval over all forks and measurement iterations. JMH needs ")
        .append("at least three iterations for an interval; with fewer (`--quick` runs one ")
        .append("fork of two) the [fastest, slowest] iteration follows the mean instead. ")
        .append("For numpy, the median of the repeats with [fastest, slowest] repeat.\n");
    out.append("- **GFLOP/s**: floating-point operations per call divided by the time. ")
        .append("With `P` the number of weights (sum of fanIn x fanOut), `P0 = d_in x d1` ")
        .append("and `n` the batch size: forward pass `2 n P`; train step `2 n P` (forward) ")
        .append("+ `2 n P` (weight gradients) + `2 n (P - P0)` (deltas; none for the input) ")
        .append("+ `2 P` (update); predict `2 x rows x P`. Biases, ReLU and loss are not ")
        .append("counted.\n");
    out.append("- **vs reference**: `ReferenceNetwork`'s time divided by this time in the ")
        .append("same run: above 1 is faster than the reference.\n");
    out.append("- **bytes/op**: bytes allocated per call (`gc.alloc.rate.norm` of `-prof gc`). ")
        .append("*≈ 0* means less than 16 KiB per measurement iteration in all, which is ")
        .append("JMH's own bookkeeping: nothing allocated on the hot path.\n");
    out.append("- Training benchmarks use the learning rate `1e-3 / (n x largest fan-in)`, ")
        .append("reset the parameters before every iteration and check after it that they ")
        .append("are finite and normal and that every hidden layer has a live ReLU unit.\n");
    out.append("- **warmup until steady**: before JMH's iterations, every fork runs the ")
        .append("measured operation ").append(WarmUp.rule())
        .append(" (the JMH log has a `# Warm-up` line per fork). The Vector API classes ")
        .append("need thousands of calls and seconds of C2 compiling; until then a call can ")
        .append("be a hundred times slower and allocates a vector object per operation.\n");
    if (!warmUps.unsteadyForks().isEmpty()) {
      out.append("- *warm-up not steady*: the time limit ended the warm-up of that many ")
          .append("forks, so their numbers may include code C2 had not compiled yet; rerun ")
          .append("on a quieter machine.\n");
    }
    if (!availability.selectedExclusions().isEmpty()) {
      out.append("- *not available*: the implementation could not be built for the shape; ")
          .append("*left out*: its results differ from the reference's. Both are checked ")
          .append("before the run; \"Not benchmarked\" above gives the details.\n");
    }
  }
}
