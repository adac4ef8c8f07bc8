package io.github.mlpgen.generator.vector;

import com.sun.management.ThreadMXBean;
import io.github.mlpgen.generator.SeededData;
import io.github.mlpgen.runtime.Network;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

/**
 * Runs in a JVM of its own: warms one generated network up in rounds of training steps and
 * forward passes, then prints the least number of bytes that 100 of them allocated in any
 * round. Only code that C2 compiled keeps vectors in registers; the interpreter and C1 box
 * every vector, so a steady state of 0 shows that every kernel reached C2.
 *
 * <p>Arguments: the network's class name, the number of rounds, the calls of each round's
 * warm-up; optionally then the class name of another network and a number of calls, which
 * that network trains for first, so that its types are in the JVM's profiles.
 */
public final class AllocationProbe {

  private static final int MEASURED_CALLS = 100;

  private AllocationProbe() {}

  /** Prints the least allocation of {@link #MEASURED_CALLS} calls, in bytes. */
  public static void main(String[] args) throws ReflectiveOperationException {
    if (args.length == 5) {
      Network first = (Network) Class.forName(args[3]).getConstructor().newInstance();
      Batch batch = batchFor(first);
      for (int call = Integer.parseInt(args[4]); call > 0; call--) {
        first.trainStep(batch.x, batch.y, 0.0);
        first.forward(batch.x);
      }
    }
    Network network = (Network) Class.forName(args[0]).getConstructor().newInstance();
    int rounds = Integer.parseInt(args[1]);
    int warmUpCalls = Integer.parseInt(args[2]);
    Batch batch = batchFor(network);
    double[] x = batch.x;
    double[] y = batch.y;
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long least = Long.MAX_VALUE;
    for (int round = 0; round < rounds && least > 0; round++) {
      for (int call = 0; call < warmUpCalls; call++) {
        network.trainStep(x, y, 0.0);
        network.forward(x);
      }
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int call = 0; call < MEASURED_CALLS; call++) {
        network.trainStep(x, y, 0.0);
        network.forward(x);
      }
      least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
    }
    System.out.println(least);
  }

  private record Batch(double[] x, double[] y) {}

  private static Batch batchFor(Network network) {
    int[] sizes = network.layerSizes();
    SplittableRandom random = new SplittableRandom(11);
    double[] x = SeededData.uniform(random, network.batchSize() * sizes[0]);
    double[] y = SeededData.uniform(random, network.batchSize() * sizes[sizes.length - 1]);
    return new Batch(x, y);
  }
}
