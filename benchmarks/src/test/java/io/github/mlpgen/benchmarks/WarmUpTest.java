package io.github.mlpgen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  private static final long MICROS = 1_000L;
  private static final long MILLIS = 1_000_000L;
  private static final long SECONDS = 1_000_000_000L;

  // A train step at the seed shape; one at the mnist shape; JMH's iterations of run.sh's
  // bounded mode (one warm-up and three measurement iterations of 0.5 s).
  private static final long SEED_FLOPS = Shape.SEED.trainStepFlops();
  private static final long MNIST_FLOPS = Shape.MNIST.trainStepFlops();
  private static final long BOUNDED_ITERATIONS = 2 * SECONDS;

  @Test
  void stopsSoonAfterTheOperationGetsFastAndStaysFast() {
    // 1 ms per call for 3,100 calls (interpreted and C1 code, while C2 compiles), then
    // 10 us (C2 code).
    FakeOperation operation = new FakeOperation(call -> call < 3_100 ? 1 * MILLIS
        : 10 * MICROS);

    WarmUp.Outcome outcome = operation.warmUp(SEED_FLOPS, () -> operation.calls() < 3_100);

    assertThat(outcome.steady()).isTrue();
    assertThat(outcome.lastNanosPerCall()).isEqualTo(10.0 * MICROS);
    // 3.1 s of slow calls, then one chunk of 0.1 s that sees the new time and one that
    // sees it again.
    assertThat(outcome.nanos()).isEqualTo(3_300 * MILLIS);
  }

  @Test
  void doesNotTakeASlowSteadyStartForTheSteadyState() {
    // 23 ms per call, steady, for 200 calls with the JIT idle: interpreted code whose
    // counters have not asked for a compilation yet. 4.6 s, but only 200 of the 3,010 seed
    // train steps that make 10^9 floating-point operations.
    FakeOperation operation = new FakeOperation(call -> call < 200 ? 23 * MILLIS
        : 10 * MICROS);

    WarmUp.Outcome outcome = operation.warmUp(SEED_FLOPS, () -> false);

    assertThat(outcome.lastNanosPerCall()).isEqualTo(10.0 * MICROS);
  }

  @Test
  void letsAnOperationTooSlowForJmhToReach5000CallsStopEarly() {
    // 100 ms per call: JMH's 2 s of iterations make 20 calls, far from 5,000. 16 mnist
    // train steps make 10^9 floating-point operations.
    FakeOperation operation = new FakeOperation(call -> 100 * MILLIS);

    WarmUp.Outcome outcome = operation.warmUp(MNIST_FLOPS, () -> false);

    assertThat(outcome.steady()).isTrue();
    assertThat(outcome.calls()).isEqualTo(16);
  }

  @Test
  void runsTheCallsAfterWhichC2HasBeenAskedForEveryMethod() {
    // 250 us per call: JMH's 2 s of iterations would make 8,000 calls, so the warm-up must
    // pass 5,000, where C2 is asked even for a method without loops.
    FakeOperation operation = new FakeOperation(call -> 250 * MICROS);

    WarmUp.Outcome outcome = operation.warmUp(MNIST_FLOPS, () -> false);

    assertThat(outcome.steady()).isTrue();
    // Chunks of 400 calls: the 13th passes 5,000.
    assertThat(outcome.calls()).isEqualTo(13 * 400);
  }

  @Test
  void waitsUntilTheVectorCodeStopsAllocating() {
    // 1.5 ms per call throughout, and no compilation queued, but 2 MB allocated per call for
    // 3,000 calls: small methods still running as C1 code with a vector object per
    // operation.
    FakeOperation operation = new FakeOperation(call -> 1_500 * MICROS,
        call -> call < 3_000 ? 2_000_000 : 0);

    WarmUp.Outcome outcome = operation.warmUp(MNIST_FLOPS, () -> false);

    assertThat(outcome.steady()).isTrue();
    // Chunks of 67 calls: the 45th still allocates, the 46th does not.
    assertThat(outcome.calls()).isEqualTo(46 * 67);
  }

  @Test
  void takesAllocationsSmallForTheWorkForPartOfTheSteadyState() {
    // Like the reference's predict at the seed shape: 13 KB per call of 42.5 million
    // floating-point operations, 17 ms each.
    FakeOperation operation = new FakeOperation(call -> 17 * MILLIS, call -> 13_000);

    WarmUp.Outcome outcome = operation.warmUp(Shape.SEED.forwardFlops(10_000), () -> false);

    assertThat(outcome.steady()).isTrue();
    // 24 calls make 10^9 floating-point operations; chunks of 6 calls.
    assertThat(outcome.calls()).isEqualTo(24);
  }

  @Test
  void waitsWhileTheJitIsStillCompiling() {
    FakeOperation operation = new FakeOperation(call -> 10 * MICROS);
    AtomicInteger questions = new AtomicInteger();

    // The JIT is busy for the first 20 chunks (2 s of calls that are already fast).
    WarmUp.Outcome outcome = operation.warmUp(SEED_FLOPS,
        () -> questions.incrementAndGet() <= 20);

    assertThat(outcome.steady()).isTrue();
    // One idle chunk to see the JIT idle, one more to see it still idle.
    assertThat(outcome.nanos()).isEqualTo(22 * WarmUp.CHUNK_MILLIS * MILLIS);
  }

  @Test
  void givesUpAtTheTimeLimitWhenTheTimeNeverSettles() {
    // Chunks of 10,000 calls of 10 us and 5,000 of 20 us, alternating: never two within
    // 10% of each other.
    FakeOperation operation = new FakeOperation(call -> call % 15_000 < 10_000
        ? 10 * MICROS : 20 * MICROS);

    WarmUp.Outcome outcome = operation.warmUp(SEED_FLOPS, () -> false);

    assertThat(outcome.steady()).isFalse();
    assertThat(outcome.nanos()).isEqualTo(WarmUp.TIME_LIMIT.toNanos());
    assertThat(outcome.describe()).startsWith("not steady at the time limit, 30.0 s, ");
  }

  @Test
  void runsTheResetAfterEveryChunk() {
    FakeOperation operation = new FakeOperation(call -> 250 * MICROS);
    AtomicInteger resets = new AtomicInteger();

    WarmUp.Outcome outcome = new WarmUp(operation::now, operation::allocated, () -> false)
        .untilSteady(operation::call, new WarmUp.Target(MNIST_FLOPS, BOUNDED_ITERATIONS),
            resets::incrementAndGet);

    // 400 calls per 0.1 s chunk, steady from the second, and the 13th passes 5,000 calls.
    assertThat(outcome.calls()).isEqualTo(5_200);
    assertThat(resets.get()).isEqualTo(13);
  }

  @Test
  void writesOneLineForTheJmhLog() {
    WarmUp.Outcome outcome = new WarmUp.Outcome(6_114, 5_240_000_000L, 9_412, true);

    assertThat(WarmUp.logLine("trainStep", "vector", "seed", outcome)).isEqualTo(
        "# Warm-up: trainStep of vector on seed: steady after 5.2 s, 6,114 calls: "
            + "9.41 us per call");
  }

  @Test
  void statesTheRuleTheReportQuotes() {
    assertThat(WarmUp.rule()).isEqualTo("in chunks of 0.1 s until two chunks in a row are "
        + "within 10% of each other, the last allocated less than a byte per 1,000 "
        + "floating-point operations and the JIT has nothing to compile, after at least "
        + "10^9 floating-point operations and 5,000 calls (fewer for operations so slow that "
        + "JMH's iterations would not reach 5,000 calls either), and for at most 30 s");
  }

  /**
   * An operation whose calls advance a fake clock, and a fake count of allocated bytes, by
   * amounts that depend on the call.
   */
  private static final class FakeOperation {
    private final LongUnaryOperator nanosOfCall;
    private final LongUnaryOperator bytesOfCall;
    private long now;
    private long allocated;
    private long calls;

    FakeOperation(LongUnaryOperator nanosOfCall) {
      this(nanosOfCall, call -> 0);
    }

    FakeOperation(LongUnaryOperator nanosOfCall, LongUnaryOperator bytesOfCall) {
      this.nanosOfCall = nanosOfCall;
      this.bytesOfCall = bytesOfCall;
    }

    long now() {
      return now;
    }

    long allocated() {
      return allocated;
    }

    long calls() {
      return calls;
    }

    double call() {
      now += nanosOfCall.applyAsLong(calls);
      allocated += bytesOfCall.applyAsLong(calls);
      calls++;
      return 1;
    }

    WarmUp.Outcome warmUp(long flopsPerCall, BooleanSupplier jitActive) {
      return new WarmUp(this::now, this::allocated, jitActive).untilSteady(this::call,
          new WarmUp.Target(flopsPerCall, BOUNDED_ITERATIONS), () -> {});
    }
  }
}
