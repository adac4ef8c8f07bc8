package io.github.mlpgen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Runs a benchmark's operation until its time per call stops improving, before JMH's own
 * warm-up iterations start.
 *
 * <p>A fixed JMH warm-up is far too short for the Vector API classes. Until C2 compiles
 * them, every vector operation runs interpreted or in C1 code and allocates a vector object;
 * a train step at the seed shape then takes about a millisecond instead of ten microseconds
 * and allocates megabytes, and C2 gets to them only after thousands of calls and seconds of
 * compiling (at the mnist shape, some fifty compilations of large methods, behind those
 * javac left queued when it compiled the generated class). Two warm-up iterations of half a
 * second measured that transition instead of the compiled code. The scalar classes and the
 * generic implementations get there sooner, but not always within a second either.
 *
 * <p>So the operation runs in chunks of about {@value #CHUNK_MILLIS} ms, and the warm-up
 * stops when all of these hold, or at {@link #TIME_LIMIT}:
 *
 * <ul>
 *   <li>the calls have done at least 10<sup>9</sup> floating-point operations (about
 *       3,000 train steps at the seed shape, 16 at the mnist shape). HotSpot compiles a
 *       method once its calls and loop iterations pass thresholds, and those grow with the
 *       work done, not with the time it took: a minimum in seconds would let the slow,
 *       steady start of interpreted code pass for the steady state;
 *   <li>at least {@value #C2_INVOCATIONS} calls, after which HotSpot has asked C2 for every
 *       method the operation calls, even one without loops; before that such a method may
 *       still run as C1 code, with no compilation queued. Fewer calls do for an operation so
 *       slow that JMH's iterations would not get there either;
 *   <li>the last two chunks' times per call are within {@value #TOLERANCE_PERCENT}% of each
 *       other;
 *   <li>the last chunk allocated less than a byte per {@value #FLOPS_PER_ALLOCATED_BYTE}
 *       floating-point operations. Vector API code that C2 has not compiled allocates a
 *       vector object per operation, and after 1,000 calls at the mnist shape a few small
 *       methods still do, two megabytes per call, while the JIT has nothing queued; the
 *       compiled code of every implementation allocates far less (the most, the reference's
 *       {@code predict} at the seed shape, 13 KB per call of 42 million operations);
 *   <li>at the end of each of the last two chunks the JIT was neither compiling nor had
 *       methods queued ({@link JitActivity}), so the steady time is not that of code
 *       waiting for C2.
 * </ul>
 *
 * <p>Between chunks it runs {@code betweenChunks}, which the training benchmarks use to
 * restore the initial parameters: many thousand steps on one batch could otherwise drive
 * the weights to where the health check fails. The warm-up runs in a trial set-up, outside
 * the iterations JMH times and whose allocations its profiler counts.
 *
 * <p>{@code -Dmlpgen.warmup.trace=true} in the fork ({@code -jvmArgsPrepend} on the JMH
 * command line) prints every chunk's time and bytes per call and whether the JIT was at
 * work, to see why a warm-up ended where it did.
 */
public final class WarmUp {

  /** How the line {@link #logLine} writes to the JMH log starts. */
  public static final String LOG_PREFIX = "# Warm-up: ";

  /** What {@link #logLine} says after the benchmark when the time limit ended the warm-up. */
  public static final String NOT_STEADY = "not steady at the time limit";

  /** The longest a warm-up runs, steady or not. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  static final int CHUNK_MILLIS = 100;
  static final long MIN_FLOPS = 1_000_000_000L;
  // HotSpot's Tier4InvocationThreshold.
  static final int C2_INVOCATIONS = 5_000;
  static final int TOLERANCE_PERCENT = 10;
  static final int FLOPS_PER_ALLOCATED_BYTE = 1_000;

  private static final boolean TRACE = Boolean.getBoolean("mlpgen.warmup.trace");

  private final LongSupplier clock;
  private final LongSupplier allocatedBytes;
  private final BooleanSupplier jitActive;

  /**
   * A warm-up timed by {@code clock} (nanoseconds) that reads how many bytes this thread
   * has allocated from {@code allocatedBytes} and asks {@code jitActive}, after each chunk,
   * whether the JIT is still at work.
   */
  WarmUp(LongSupplier clock, LongSupplier allocatedBytes, BooleanSupplier jitActive) {
    this.clock = clock;
    this.allocatedBytes = allocatedBytes;
    this.jitActive = jitActive;
  }

  /**
   * A warm-up on {@link System#nanoTime()}, this thread's allocations and this JVM's JIT.
   * On a JVM that does not count a thread's allocations, that condition always holds.
   */
  static WarmUp ofThisJvm() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    LongSupplier allocated = () -> 0;
    if (threads instanceof com.sun.management.ThreadMXBean counting
        && counting.isThreadAllocatedMemorySupported()
        && counting.isThreadAllocatedMemoryEnabled()) {
      allocated = counting::getCurrentThreadAllocatedBytes;
    }
    return new WarmUp(System::nanoTime, allocated, new JitActivity());
  }

  /**
   * The stopping rule in words, for the report: {@code in chunks of 0.1 s until two chunks
   * in a row are within 10% ...}.
   */
  public static String rule() {
    return String.format(Locale.ROOT, "in chunks of %.1f s until two chunks in a row are "
        + "within %d%% of each other, the last allocated less than a byte per %,d "
        + "floating-point operations and the JIT has nothing to compile, after at least "
        + "10^%d floating-point operations and %,d calls (fewer for operations so slow that "
        + "JMH's iterations would not reach %,d calls either), and for at most %d s",
        CHUNK_MILLIS / 1e3, TOLERANCE_PERCENT, FLOPS_PER_ALLOCATED_BYTE,
        Math.round(Math.log10(MIN_FLOPS)), C2_INVOCATIONS, C2_INVOCATIONS,
        TIME_LIMIT.toSeconds());
  }

  /**
   * What one warm-up is for.
   *
   * @param flopsPerCall floating-point operations of one call of the operation
   * @param measuredNanos how long JMH's warm-up and measurement iterations of this fork
   *     run together
   */
  record Target(long flopsPerCall, long measuredNanos) {}

  /**
   * How a warm-up ended.
   *
   * @param calls how many times the operation ran
   * @param nanos how long the warm-up took
   * @param lastNanosPerCall the time per call of the last chunk
   * @param steady whether it stopped because the time per call was steady, rather than at
   *     {@link #TIME_LIMIT}
   */
  public record Outcome(long calls, long nanos, double lastNanosPerCall, boolean steady) {

    /** For the JMH log, such as {@code steady after 5.2 s, 6,114 calls: 9.41 us per call}. */
    String describe() {
      String how = steady ? "steady after" : NOT_STEADY + ",";
      return String.format(Locale.ROOT, "%s %.1f s, %,d calls: %.2f us per call", how,
          nanos / 1e9, calls, lastNanosPerCall / 1e3);
    }
  }

  /**
   * The line the benchmarks write to the JMH log after a warm-up, such as
   * {@code # Warm-up: trainStep of vector on seed: steady after 5.2 s, ...}; the report
   * reads those that end at the time limit.
   */
  public static String logLine(String operation, String implementation, String shape,
      Outcome outcome) {
    return LOG_PREFIX + operation + " of " + implementation + " on " + shape + ": "
        + outcome.describe();
  }

  /**
   * Calls {@code operation} until its time per call is steady (see the class comment).
   * What it returns is summed and discarded, so the JIT cannot drop the calls.
   */
  Outcome untilSteady(DoubleSupplier operation, Target target, Runnable betweenChunks) {
    long chunkNanos = CHUNK_MILLIS * 1_000_000L;
    long limitNanos = TIME_LIMIT.toNanos();
    long workCalls = (MIN_FLOPS + target.flopsPerCall() - 1) / target.flopsPerCall();
    double allowedBytesPerCall = (double) target.flopsPerCall() / FLOPS_PER_ALLOCATED_BYTE;
    long start = clock.getAsLong();
    long calls = 0;
    double previous = Double.NaN;
    boolean jitWasActive = true;
    double sink = 0;
    while (true) {
      long chunkBytes = allocatedBytes.getAsLong();
      long chunkStart = clock.getAsLong();
      long chunkCalls = 0;
      long now;
      do {
        sink += operation.getAsDouble();
        chunkCalls++;
        now = clock.getAsLong();
      } while (now - chunkStart < chunkNanos);
      double bytesPerCall = (double) (allocatedBytes.getAsLong() - chunkBytes) / chunkCalls;
      calls += chunkCalls;
      double nanosPerCall = (double) (now - chunkStart) / chunkCalls;
      boolean jitActiveNow = jitActive.getAsBoolean();
      boolean enough = calls >= workCalls && (calls >= C2_INVOCATIONS
          || calls + target.measuredNanos() / nanosPerCall < C2_INVOCATIONS);
      boolean steady = enough && !jitActiveNow && !jitWasActive
          && within(nanosPerCall, previous) && bytesPerCall < allowedBytesPerCall;
      if (TRACE) {
        System.out.printf(Locale.ROOT, "# trace %.3f s %d calls %.2f us %.0f B jit %b%n",
            (now - start) / 1e9, calls, nanosPerCall / 1e3, bytesPerCall, jitActiveNow);
      }
      betweenChunks.run();
      if (steady || now - start >= limitNanos) {
        consume(sink);
        return new Outcome(calls, now - start, nanosPerCall, steady);
      }
      previous = nanosPerCall;
      jitWasActive = jitActiveNow;
    }
  }

  private static boolean within(double current, double previous) {
    return Math.abs(current - previous) <= TOLERANCE_PERCENT / 100.0 * previous;
  }

  // Written once per warm-up, so the results of the calls are used.
  private static volatile double blackHole;

  private static void consume(double sink) {
    blackHole = sink;
  }
}
