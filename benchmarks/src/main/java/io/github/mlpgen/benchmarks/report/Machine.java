package io.github.mlpgen.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a report was written on.
 *
 * @param cpu the CPU model, as the operating system names it
 * @param cores the processors available to the JVM
 * @param operatingSystem name, version and architecture
 */
record Machine(String cpu, int cores, String operatingSystem) {

  private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

  /** This machine. */
  static Machine current() {
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), os);
  }

  // Only Linux names the model in a file; elsewhere the report says it is unknown.
  private static String cpuModel() {
    try {
      return Files.readAllLines(CPU_INFO).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException | SecurityException e) {
      return "unknown CPU";
    }
  }
}
