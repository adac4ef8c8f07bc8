package io.github.mlpgen.benchmarks.report;

import io.github.mlpgen.benchmarks.Shape;
import io.github.mlpgen.benchmarks.WarmUp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forks whose warm-up stopped at {@link WarmUp#TIME_LIMIT} rather than at a steady time,
 * as the benchmarks' {@code # Warm-up:} lines in the JMH log say. Their numbers may include
 * code C2 had not compiled yet (on a busy machine, the Vector API classes at the mnist shape
 * can take that long), so the report marks them instead of passing them off as steady.
 *
 * @param unsteadyForks by {@link #key}, how many forks did not get steady
 */
record WarmUpLog(Map<String, Integer> unsteadyForks) {

  /** No log read: every warm-up counts as steady. */
  static final WarmUpLog NONE = new WarmUpLog(Map.of());

  private static final Pattern LINE = Pattern.compile(
      "^" + Pattern.quote(WarmUp.LOG_PREFIX) + "(\\S+) of (\\S+) on (\\S+): (.*)$");

  /** Reads the warm-up lines of a JMH log; other lines are skipped. */
  static WarmUpLog read(Path log) {
    Map<String, Integer> unsteady = new TreeMap<>();
    for (String line : readLines(log)) {
      Matcher matcher = LINE.matcher(line);
      if (matcher.matches() && matcher.group(4).startsWith(WarmUp.NOT_STEADY)) {
        unsteady.merge(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3), 1,
            Integer::sum);
      }
    }
    return new WarmUpLog(Map.copyOf(unsteady));
  }

  private static Iterable<String> readLines(Path log) {
    try {
      // The lines looked for are ASCII; ISO-8859-1 reads any other byte without failing.
      return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JMH log " + log, e);
    }
  }

  /** How many forks of one benchmark stopped warming up at the time limit. */
  int unsteadyForks(Operation operation, String implementation, Shape shape) {
    return unsteadyForks.getOrDefault(key(operation, implementation, shape), 0);
  }

  private static String key(Operation operation, String implementation, Shape shape) {
    return operation.method() + " " + implementation + " " + shape.id();
  }
}
