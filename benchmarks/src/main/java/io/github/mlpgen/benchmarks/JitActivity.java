package io.github.mlpgen.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Whether this JVM's JIT is still at work: compiling a method, or with methods queued for C1
 * or C2. {@link WarmUp} asks after every chunk, so that a time per call that looks steady
 * while the JIT is still compiling (a large Vector API method can take C2 seconds on a busy
 * machine) does not end the warm-up.
 *
 * <p>It counts every method, not only those of the benchmarked code: HotSpot raises its
 * compile thresholds with the length of its queues, so while the methods javac ran to compile
 * the generated class wait for C2, the network's methods are not even queued yet, and a
 * JIT that looked idle to the network would stop the warm-up with C1 code.
 *
 * <p>The answer comes from HotSpot's {@code Compiler.queue} diagnostic command (what
 * {@code jcmd PID Compiler.queue} prints). On a JVM without it, or whose output has another
 * form, it falls back to whether any compilation finished since the previous question
 * ({@link CompilationMXBean}); without either it answers "not compiling", and the warm-up
 * relies on the time per call alone.
 */
final class JitActivity implements BooleanSupplier {

  private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

  private final CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private long lastTotalMillis = totalCompilationMillis();
  private boolean queueReadable = true;

  /** Whether the JIT is compiling or has methods queued (see the class comment). */
  @Override
  public boolean getAsBoolean() {
    long total = totalCompilationMillis();
    boolean finishedOne = total != lastTotalMillis;
    lastTotalMillis = total;
    OptionalInt queued = queueReadable ? compilations(compilerQueue()) : OptionalInt.empty();
    return queued.isPresent() ? queued.getAsInt() > 0 : finishedOne;
  }

  private long totalCompilationMillis() {
    if (compilation == null || !compilation.isCompilationTimeMonitoringSupported()) {
      return 0;
    }
    return compilation.getTotalCompilationTime();
  }

  private String compilerQueue() {
    try {
      return String.valueOf(server.invoke(new ObjectName(DIAGNOSTIC_COMMAND), "compilerQueue",
          new Object[] {null}, new String[] {String[].class.getName()}));
    } catch (JMException | RuntimeException e) {
      queueReadable = false;
      return "";
    }
  }

  /**
   * How many compilations {@code Compiler.queue} output lists, running (under
   * {@code Current compiles:}) or waiting (under {@code C1 compile queue:} or
   * {@code C2 compile queue:}): its lines that are neither a heading nor {@code Empty}.
   * Empty if the output has no compile queue.
   */
  static OptionalInt compilations(String queue) {
    if (!queue.contains("compile queue:")) {
      return OptionalInt.empty();
    }
    int count = (int) queue.lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.endsWith(":") && !line.equals("Empty"))
        .count();
    return OptionalInt.of(count);
  }
}
