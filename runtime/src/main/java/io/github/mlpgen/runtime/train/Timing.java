package io.github.mlpgen.runtime.train;

/**
 * How long training took, by the wall clock ({@link System#nanoTime}). The time covers the
 * whole run it belongs to, validation passes included, not only the training steps.
 *
 * @param steps the training steps taken
 * @param seconds the wall-clock seconds
 */
public record Timing(long steps, double seconds) {

  /** Checks that both values are non-negative. */
  public Timing {
    if (steps < 0 || !(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(
          "steps and seconds must be >= 0 and finite, were " + steps + " and " + seconds);
    }
  }

  static Timing since(long startNanos, long steps) {
    return new Timing(steps, (System.nanoTime() - startNanos) / 1e9);
  }

  /** Steps per wall-clock second, or 0 if no time passed. */
  public double stepsPerSecond() {
    return seconds > 0 ? steps / seconds : 0;
  }
}
