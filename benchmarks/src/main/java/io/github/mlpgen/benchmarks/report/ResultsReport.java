package io.github.mlpgen.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes RESULTS.md from the files run.sh collected. Arguments, each option repeatable where
 * it makes sense:
 *
 * <pre>
 *   --jmh FILE       a JMH -rf json result file (repeatable)
 *   --numpy FILE     what numpy_step.py printed, or {"unavailable": "why"}
 *   --probe FILE     ImplementationProbe's output
 *   --implementations LIST
 *                    the comma list of implementations run.sh was asked to run (its
 *                    IMPLEMENTATIONS); the others get no rows. Default: all
 *   --jmh-log FILE   the JMH console output, for the forks whose warm-up did not settle
 *   --command TEXT   a command of the run, quoted in the report (repeatable)
 *   --out FILE       where to write the report
 * </pre>
 */
public final class ResultsReport {

  private ResultsReport() {}

  /** Reads the inputs, writes the report, and exits non-zero with a message on bad input. */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("results report: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run(String[] args) {
    List<Path> jmhFiles = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    NumpyRun numpy = NumpyRun.unavailable("numpy_step.py was not run");
    Availability availability = Availability.ALL;
    String implementations = null;
    WarmUpLog warmUps = WarmUpLog.NONE;
    Path out = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--jmh" -> jmhFiles.add(Path.of(value));
        case "--numpy" -> numpy = NumpyRun.read(Path.of(value));
        case "--probe" -> availability = Availability.read(Path.of(value));
        case "--implementations" -> implementations = value;
        case "--jmh-log" -> warmUps = WarmUpLog.read(Path.of(value));
        case "--command" -> commands.add(value);
        case "--out" -> out = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; expected --jmh, --numpy, --probe, --implementations, --jmh-log, --command"
            + " or --out");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    if (implementations != null) {
      availability = availability.selecting(implementations);
    }
    String report = new MarkdownReport(JmhRun.read(jmhFiles), numpy, availability, warmUps)
        .render(Machine.current(), commands);
    write(out, report);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
