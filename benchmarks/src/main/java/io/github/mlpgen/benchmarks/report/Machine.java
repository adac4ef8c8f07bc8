package io.github.mlpgen.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The machine a report was written on.
 *
 * @param cpu the CPU model as the operating system names it, with the vector instruction
 *     sets that matter to the kernels, such as {@code AMD EPYC (AVX2, FMA)}
 * @param cores the processors available to the JVM
 * @param operatingSystem name, version and architecture
 */
record Machine(String cpu, int cores, String operatingSystem) {

  private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

  // The flags that decide which vector widths C2 and the Vector API can use.
  private static final List<String> VECTOR_FLAGS = List.of("avx2", "fma", "avx512f");

  /** This machine. */
  static Machine current() {
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    return new Machine(cpu(readCpuInfo()), Runtime.getRuntime().availableProcessors(), os);
  }

  /** The model and vector flags of the first processor in {@code /proc/cpuinfo} lines. */
  static String cpu(List<String> cpuInfo) {
    String model = field(cpuInfo, "model name");
    if (model.isEmpty()) {
      return "unknown CPU";
    }
    Set<String> flags = Set.of(field(cpuInfo, "flags").split(" "));
    String vector = VECTOR_FLAGS.stream()
        .filter(flags::contains)
        .map(flag -> flag.toUpperCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    return vector.isEmpty() ? model : model + " (" + vector + ")";
  }

  private static String field(List<String> cpuInfo, String name) {
    return cpuInfo.stream()
        .filter(line -> line.startsWith(name))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("");
  }

  // Only Linux describes the processor in a file; elsewhere the report says it is unknown.
  private static List<String> readCpuInfo() {
    try {
      return Files.readAllLines(CPU_INFO);
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }
}
