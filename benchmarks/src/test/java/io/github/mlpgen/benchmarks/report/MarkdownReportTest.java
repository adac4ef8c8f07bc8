package io.github.mlpgen.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.mlpgen.benchmarks.WarmUp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

  private static final Machine MACHINE = new Machine("Test CPU 9000", 2, "Linux 6.1 amd64");

  @TempDir
  Path folder;

  @Test
  void reportsRatioGigaflopsAndBytesAgainstTheReference() throws IOException {
    String report = render(jmhFile(
        entry("TrainStepBenchmark.trainStep", "reference", "seed", 100.0, 2.5, 0.01),
        entry("TrainStepBenchmark.trainStep", "ejml", "seed", 50.0, 1.25, 4096.0)));

    // Seed train step: 332,250 flops; at 100 us that is 3.32 GFLOP/s, at 50 us 6.65.
    assertThat(report)
        .contains("| seed (n=32 50-25-25-10) | reference | 100 ± 3 us | 3.32 | 1.00x | ≈ 0 |")
        .contains("|  | ejml | 50.0 ± 1.3 us | 6.65 | 2.00x | 4,096 |");
  }

  @Test
  void attributesAFewKilobytesPerIterationToJmhItself() throws IOException {
    // 50 ms per call: 20 calls per 1 s iteration. 500 B/op is 10 KB per iteration, JMH's
    // bookkeeping; 2,000 B/op is 40 KB, more than JMH allocates.
    String report = render(jmhFile(
        entry("TrainStepBenchmark.trainStep", "reference", "mnist", 50_000.0, 100, 500),
        entry("TrainStepBenchmark.trainStep", "ejml", "mnist", 50_000.0, 100, 2000)));

    assertThat(report)
        .contains("| reference | 50.0 ± 0.1 ms | 1.30 | 1.00x | ≈ 0 |")
        .contains("| ejml | 50.0 ± 0.1 ms | 1.30 | 1.00x | 2,000 |");
  }

  @Test
  void namesWhyAnImplementationWasNotBenchmarked() throws IOException {
    Path probe = write("probe.tsv", "reference\tseed\tok\treference\n"
        + "scalar\tseed\tunavailable\tUnsupportedOperationException: not written\n"
        + "vector\tseed\twrong\tdiffers from the reference by 0.5 (relative), allowed 1e-9\n");

    String report = render(jmhFile(
        entry("ForwardBenchmark.forward", "reference", "seed", 10.0, 0.1, 0)), probe);

    assertThat(report)
        .contains("|  | scalar | not available | | | |\n")
        .contains("|  | vector | left out | | | |\n")
        .contains("|  | ejml | no result: failed; see the JMH log | | | |\n")
        .contains("- scalar on seed: not available: "
            + "`UnsupportedOperationException: not written`")
        .contains("- vector on seed: left out: `differs from the reference by 0.5")
        .contains("before the run; \"Not benchmarked\" above gives the details.");
  }

  @Test
  void leavesImplementationsThatWereNotAskedForOutOfTheTables() throws IOException {
    Path probe = write("probe.tsv", "reference\tseed\tok\treference\n"
        + "ejml\tseed\tok\tejml\n"
        + "vector\tseed\tunavailable\tUnsupportedOperationException: not written\n");

    String report = new MarkdownReport(
        JmhRun.read(List.of(jmhFile(
            entry("ForwardBenchmark.forward", "reference", "seed", 10.0, 0.1, 0),
            entry("ForwardBenchmark.forward", "scalar", "seed", 5.0, 0.1, 0)))),
        NumpyRun.unavailable("not run"), Availability.read(probe).selecting("reference,scalar"))
        .render(MACHINE, List.of());

    assertThat(report)
        .contains("| seed (n=32 50-25-25-10) | reference | 10.0 ± 0.1 us |")
        .contains("|  | scalar | 5.00 ± 0.10 us |")
        .doesNotContain("| ejml |", "| vector |", "| scalar-float |", "| vector-float |")
        .doesNotContain("no result", "vector on seed")
        .contains("## Not benchmarked\n\n"
            + "- ejml, vector, scalar-float, vector-float: not run "
            + "(IMPLEMENTATIONS=reference,scalar)\n");
  }

  @Test
  void rejectsAnUnknownImplementationInTheSelection() {
    assertThatThrownBy(() -> Availability.ALL.selecting("reference,vectr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown implementation 'vectr'");
  }

  @Test
  void givesEveryTableRowAsManyCellsAsItsHeader() throws IOException {
    Path probe = write("probe.tsv", "reference\tseed\tok\treference\n"
        + "scalar\tseed\tunavailable\tUnsupportedOperationException: not written\n");

    String report = render(jmhFile(
        entry("TrainStepBenchmark.trainStep", "reference", "seed", 100.0, 2.5, 0),
        entry("TrainStepBenchmark.trainStep", "vector", "seed", 10.0, 0.2, 0)), probe);

    List<String> rows = report.lines()
        .dropWhile(line -> !line.startsWith("| shape |"))
        .takeWhile(line -> line.startsWith("|"))
        .toList();
    assertThat(rows).hasSizeGreaterThan(5)
        .allSatisfy(row -> assertThat(cells(row)).as(row).isEqualTo(6));
  }

  @Test
  void refersToNoNotBenchmarkedSectionWhenThereIsNone() throws IOException {
    Path numpy = write("numpy.jsonl",
        "{\"numpy\": \"2.4.6\", \"blas\": \"OpenBLAS\", \"python\": \"3.11.7\"}\n");

    String report = new MarkdownReport(
        JmhRun.read(List.of(jmhFile(
            entry("TrainStepBenchmark.trainStep", "reference", "seed", 100.0, 2.5, 0)))),
        NumpyRun.read(numpy), Availability.ALL)
        .render(MACHINE, List.of());

    assertThat(report).doesNotContain("Not benchmarked", "*not available*", "*left out*");
  }

  @Test
  void showsTheFastestAndSlowestIterationWhenJmhHasNoInterval() throws IOException {
    // One fork of two iterations, as --quick runs: JMH writes "NaN" for the error.
    String quick = entry("TrainStepBenchmark.trainStep", "vector", "seed", 10.25, 0, 0)
        .replace("\"scoreError\": 0.0", "\"scoreError\": \"NaN\"")
        .replace("\"scoreUnit\": \"us/op\"}",
            "\"scoreUnit\": \"us/op\", \"rawData\": [[10.1, 10.4]]}");

    String report = render(jmhFile(quick));

    assertThat(report)
        .contains("|  | vector | 10.3 us [10.1, 10.4] |")
        .contains("with fewer (`--quick` runs one fork of two) the [fastest, slowest] "
            + "iteration follows the mean instead");
  }

  @Test
  void leavesOutTheSpreadOfASingleIteration() throws IOException {
    String single = entry("TrainStepBenchmark.trainStep", "vector", "seed", 10.25, 0, 0)
        .replace("\"scoreError\": 0.0", "\"scoreError\": \"NaN\"")
        .replace("\"scoreUnit\": \"us/op\"}",
            "\"scoreUnit\": \"us/op\", \"rawData\": [[10.25]]}");

    assertThat(render(jmhFile(single))).contains("| vector | 10.3 us | ");
  }

  @Test
  void marksBenchmarksWhoseWarmUpStoppedAtTheTimeLimit() throws IOException {
    WarmUp.Outcome steady = new WarmUp.Outcome(50_000, 5_000_000_000L, 9_500, true);
    WarmUp.Outcome unsteady = new WarmUp.Outcome(301, 30_100_000_000L, 19_018_830, false);
    Path log = write("jmh.log", String.join("\n",
        "# Warmup Iteration   1: ",
        WarmUp.logLine("trainStep", "vector", "mnist", steady),
        "1600.123 us/op",
        WarmUp.logLine("trainStep", "vector", "mnist", unsteady),
        WarmUp.logLine("forward", "vector", "mnist", steady)));

    String report = new MarkdownReport(
        JmhRun.read(List.of(jmhFile(
            entry("TrainStepBenchmark.trainStep", "vector", "mnist", 12_700, 300, 24e6),
            entry("ForwardBenchmark.forward", "vector", "mnist", 700, 10, 0)))),
        NumpyRun.unavailable("not run"), Availability.ALL, WarmUpLog.read(log))
        .render(MACHINE, List.of());

    assertThat(report)
        .contains("|  | vector (warm-up not steady in 1 of 3 forks) | 12.7 ± 0.3 ms |")
        .contains("|  | vector | 700 ± 10 us |")
        .contains("- *warm-up not steady*: the time limit ended the warm-up");
  }

  @Test
  void mergesNumpyWithItsRangeAndRatio() throws IOException {
    Path numpy = write("numpy.jsonl",
        "{\"numpy\": \"2.4.6\", \"blas\": \"OpenBLAS\", \"python\": \"3.11.7\"}\n"
            + "{\"operation\": \"trainStep\", \"shape\": \"seed\", \"median_us\": 25.0,"
            + " \"min_us\": 24.0, \"max_us\": 31.0, \"repeats\": 7, \"number\": 100}\n");

    String report = new MarkdownReport(
        JmhRun.read(List.of(jmhFile(
            entry("TrainStepBenchmark.trainStep", "reference", "seed", 100.0, 2.5, 0)))),
        NumpyRun.read(numpy), Availability.ALL)
        .render(MACHINE, List.of("benchmarks/run.sh"));

    assertThat(report)
        .contains("| numpy (OpenBLAS, 1 thread) | 25.0 us [24.0, 31.0] | 13.29 | 4.00x | n/a |")
        .contains("numpy 2.4.6 with OpenBLAS, Python 3.11.7; BLAS limited to one thread");
  }

  @Test
  void saysSoWhenNumpyIsMissing() throws IOException {
    Path numpy = write("numpy.jsonl", "{\"unavailable\": \"python3 not found\"}\n");

    String report = new MarkdownReport(
        JmhRun.read(List.of(jmhFile(
            entry("TrainStepBenchmark.trainStep", "reference", "seed", 100.0, 2.5, 0)))),
        NumpyRun.read(numpy), Availability.ALL)
        .render(MACHINE, List.of());

    assertThat(report)
        .contains("\n| numpy | not available: python3 not found |\n")
        .contains("|  | numpy | not available | | | |\n")
        .contains("- numpy: python3 not found");
  }

  @Test
  void recordsMachineJdkAndCommandsAtTheTop() throws IOException {
    String report = new MarkdownReport(
        JmhRun.read(List.of(jmhFile(
            entry("PredictBenchmark.predict", "reference", "wide", 2.5e6, 1e5, 0)))),
        NumpyRun.unavailable("not run"), Availability.ALL)
        .render(MACHINE, List.of("benchmarks/run.sh", "java -jar benchmarks.jar -f 3"));

    assertThat(report)
        .contains("| CPU | Test CPU 9000, 2 cores available to the JVM |")
        .contains("| JDK | 17.0.15, OpenJDK 64-Bit Server VM 17.0.15+6 |")
        .contains("| JMH | 1.37: forks 3, warmup until steady (see below), then 3 x 1 s, "
            + "measurement 5 x 1 s,")
        .contains("```\nbenchmarks/run.sh\njava -jar benchmarks.jar -f 3\n```")
        .contains("## predict over 10,000 rows")
        .contains("| wide (n=256 64-64-64-16) | reference | 2.50 ± 0.10 s |")
        .doesNotContain("## Train step");
  }

  @Test
  void rejectsResultsInAnotherTimeUnit() throws IOException {
    Path file = jmhFile(entry("ForwardBenchmark.forward", "reference", "seed", 1, 0.1, 0)
        .replace("us/op", "ns/op"));

    assertThatThrownBy(() -> JmhRun.read(List.of(file)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has unit ns/op, expected us/op (run with -tu us)");
  }

  /** The cells of a markdown table row: its bars less one. */
  private static long cells(String row) {
    return row.chars().filter(c -> c == '|').count() - 1;
  }

  private String render(Path jmh) {
    return render(jmh, null);
  }

  private String render(Path jmh, Path probe) {
    Availability availability = probe == null ? Availability.ALL : Availability.read(probe);
    return new MarkdownReport(JmhRun.read(List.of(jmh)), NumpyRun.unavailable("not run"),
        availability).render(MACHINE, List.of("benchmarks/run.sh"));
  }

  private Path jmhFile(String... entries) throws IOException {
    return write("jmh.json", "[" + String.join(",", entries) + "]");
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** One entry in the form JMH 1.37 writes with -rf json and -prof gc. */
  private static String entry(String benchmark, String implementation, String shape,
      double score, double error, double bytes) {
    return """
        {"jmhVersion": "1.37", "benchmark": "io.github.mlpgen.benchmarks.%s",
         "mode": "avgt", "threads": 1, "forks": 3, "jvm": "/usr/bin/java",
         "jdkVersion": "17.0.15", "vmName": "OpenJDK 64-Bit Server VM",
         "vmVersion": "17.0.15+6", "warmupIterations": 3, "warmupTime": "1 s",
         "measurementIterations": 5, "measurementTime": "1 s",
         "params": {"implementation": "%s", "shape": "%s"},
         "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "us/op"},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s, "scoreUnit": "B/op"}}}
        """.formatted(benchmark, implementation, shape, score, error, bytes);
  }
}
