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

    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    trainer.trainEpoch(3);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    assertThat(plan.stepsPerEpoch()).isEqualTo(62);
    assertThat(allocated).isLessThan(ALLOCATION_ALLOWANCE_BYTES);
  }
}
