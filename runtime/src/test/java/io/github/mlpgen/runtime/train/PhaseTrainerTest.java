package io.github.mlpgen.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.Standardization;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTrainerTest {

  /** Less than one small object per step of the epoch measured. */
  private static final long ALLOCATION_ALLOWANCE_BYTES = 64;

  /** Epochs measured one by one after two warm-up epochs. */
  private static final int MEASURED_EPOCHS = 5;

  @Test
  void stepLoopAllocatesNothing() throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Dataset data = SmallExperiment.linearData();
    Network network = SmallExperiment.networks().get();
    Initializer.initialize(network, SmallExperiment.SEED);
    PhasePlan plan = PhasePlan.of(Phase.fold(1), data.rows(), data.rows(), SmallExperiment.BATCH);
    PhaseTrainer trainer = new PhaseTrainer(plan, network, SmallExperiment.config(),
        Standardization.identity(6, 2), data, data, List.of(), TrainingListener.NONE);
    trainer.trainEpoch(1);
    trainer.trainEpoch(2);

    // The least an epoch allocated over several: a JIT compilation or a safepoint in one
    // epoch can allocate on this thread without the step loop doing so.
    long thread = Thread.currentThread().getId();
    long allocated = Long.MAX_VALUE;
    for (int epoch = 3; epoch < 3 + MEASURED_EPOCHS; epoch++) {
      long before = threads.getThreadAllocatedBytes(thread);
      trainer.trainEpoch(epoch);
      allocated = Math.min(allocated, threads.getThreadAllocatedBytes(thread) - before);
    }

    assertThat(plan.stepsPerEpoch()).isEqualTo(62);
    assertThat(allocated).isLessThan(ALLOCATION_ALLOWANCE_BYTES);
  }
}
