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
 * warm-up.
 */
public final class AllocationProbe {

  private static final int MEASURED_CALLS = 100;

  private AllocationProbe() {}

  /** Prints the least allocation of {@link #MEASURED_CALLS} calls, in bytes. */
  public static void main(String[] args) throws ReflectiveOperationException {
    Network network = (Network) Class.forName(args[0]).getConstructor().newInstance();
    int rounds = Integer.parseInt(args[1]);
    int warmUpCalls = Integer.parseInt(args[2]);
    int[] sizes = network.layerSizes();
    SplittableRandom random = new SplittableRandom(11);
    double[] x = SeededData.uniform(random, network.batchSize() * sizes[0]);
    double[] y = SeededData.uniform(random, network.batchSize() * sizes[sizes.length - 1]);
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
}
