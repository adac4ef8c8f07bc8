package io.github.mlpgen.runtime.train;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.Fold;
import io.github.mlpgen.runtime.data.HoldOut;
import io.github.mlpgen.runtime.data.KFold;
import io.github.mlpgen.runtime.data.Standardization;
import io.github.mlpgen.runtime.model.ModelFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The seed experiment's protocol on any dataset and network:
 *
 * <ol>
 *   <li>hold out {@code testFraction} of the rows ({@link HoldOut}, seeded);
 *   <li>cut the rest into {@code folds} folds ({@link KFold}, same seed); for every fold,
 *       train a fresh network on the other folds and validate on this one;
 *   <li>train one more fresh network the same way on the whole training part and test it on
 *       the held-out rows.
 * </ol>
 *
 * <p>Every network comes new from the caller's factory and starts from the same seeded
 * initialisation ({@link Initializer}) or the configured initial model. An epoch walks the
 * phase's training rows in order, in {@code floor(rows / n)} steps of {@code n} rows,
 * dropping the remainder and never reshuffling. With standardisation on, every phase
 * standardises with statistics of its own training rows only.
 */
public final class Experiment {

  private final TrainingConfig config;
  private final Supplier<? extends Network> networks;

  /**
   * Creates an experiment.
   *
   * @param config the settings
   * @param networks makes a new, independent network for every phase; its batch size must be
   *     {@code config.batchSize()}
   */
  public Experiment(TrainingConfig config, Supplier<? extends Network> networks) {
    this.config = Objects.requireNonNull(config, "config");
    this.networks = Objects.requireNonNull(networks, "networks");
  }

  /**
   * The sizes every phase will have on {@code data}, without training.
   *
   * @throws IllegalArgumentException if the data is too small for the split, the folds or
   *     one batch per phase
   */
  public ExperimentPlan plan(Dataset data) {
    return plan(data, split(data.rows()));
  }

  /** Runs the experiment without reporting progress. */
  public ExperimentResult run(Dataset data) throws TrainingDivergedException, IOException {
    return run(data, TrainingListener.NONE);
  }

  /**
   * Runs the experiment.
   *
   * @param data the raw dataset; its column counts must match the networks' sizes
   * @param listener hears about progress
   * @return every fold, the final model and its trained network
   * @throws TrainingDivergedException if a loss or an RMSE is NaN or infinite
   * @throws IOException if the configured initial model cannot be loaded
   * @throws IllegalArgumentException if the data does not fit the networks or the settings
   */
  public ExperimentResult run(Dataset data, TrainingListener listener)
      throws TrainingDivergedException, IOException {
    long start = System.nanoTime();
    Split split = split(data.rows());
    ExperimentPlan plan = plan(data, split);
    listener.experimentStarted(plan);

    Dataset trainPart = data.select(split.holdOut().trainRows());
    List<PhaseResult> folds = new ArrayList<>();
    for (Fold fold : split.folds()) {
      Dataset training = trainPart.select(fold.trainRows());
      Dataset validation = trainPart.select(fold.validationRows());
      PhasePlan phasePlan = plan.phases().get(fold.index());
      folds.add(runPhase(phasePlan, training, validation, folds, listener).result());
    }

    Dataset testPart = data.select(split.holdOut().testRows());
    PhasePlan finalPlan = plan.phases().get(plan.folds());
    PhaseTrainer.Outcome last = runPhase(finalPlan, trainPart, testPart, folds, listener);
    return result(data, plan, folds, last, Timing.since(start, plan.totalSteps()));
  }

  private record Split(HoldOut holdOut, List<Fold> folds) {}

  private Split split(int rows) {
    HoldOut holdOut = HoldOut.split(rows, config.testFraction(), config.seed());
    int trainRows = holdOut.trainRows().length;
    if (trainRows < config.folds()) {
      throw new IllegalArgumentException("the training part has " + rows(trainRows)
          + ", too few for " + config.folds() + " folds");
    }
    return new Split(holdOut, KFold.split(trainRows, config.folds(), config.seed()));
  }

  /** {@code 1 row}, {@code 2 rows}. */
  private static String rows(int count) {
    return count + (count == 1 ? " row" : " rows");
  }

  private ExperimentPlan plan(Dataset data, Split split) {
    int n = config.batchSize();
    List<PhasePlan> phases = new ArrayList<>();
    for (Fold fold : split.folds()) {
      phases.add(PhasePlan.of(Phase.fold(fold.index() + 1),
          fold.trainRows().length, fold.validationRows().length, n));
    }
    int trainRows = split.holdOut().trainRows().length;
    int testRows = split.holdOut().testRows().length;
    phases.add(PhasePlan.of(Phase.FINAL, trainRows, testRows, n));
    for (PhasePlan phase : phases) {
      if (phase.stepsPerEpoch() == 0) {
        throw new IllegalArgumentException(phase.phase() + " has " + phase.trainRows()
            + (phase.trainRows() == 1 ? " training row" : " training rows")
            + ", fewer than one batch of " + n);
      }
    }
    return new ExperimentPlan(
        data.rows(), trainRows, testRows, n, config.epochs(), phases);
  }

  private PhaseTrainer.Outcome runPhase(PhasePlan plan, Dataset training, Dataset evaluation,
      List<PhaseResult> completed, TrainingListener listener)
      throws TrainingDivergedException, IOException {
    Standardization standardization = config.standardize()
        ? Standardization.fit(training)
        : Standardization.identity(training.inputCount(), training.targetCount());
    Network network = freshNetwork(training);
    PhaseTrainer trainer = new PhaseTrainer(plan, network, config, standardization,
        standardization.apply(training), evaluation, completed, listener);
    return trainer.run();
  }

  private Network freshNetwork(Dataset data) throws IOException {
    Network network = Objects.requireNonNull(networks.get(), "the network factory gave null");
    requireShape(network, data);
    if (config.initialModel().isPresent()) {
      ModelFiles.load(config.initialModel().get(), network);
    } else {
      Initializer.initialize(network, config.seed());
    }
    return network;
  }

  private void requireShape(Network network, Dataset data) {
    if (network.batchSize() != config.batchSize()) {
      throw new IllegalArgumentException("the network takes batches of "
          + network.batchSize() + " rows, but the batch size is " + config.batchSize());
    }
    if (network.inputSize() != data.inputCount() || network.outputSize() != data.targetCount()) {
      throw new IllegalArgumentException("the network has " + network.inputSize()
          + " inputs and " + network.outputSize() + " outputs, but the data has "
          + data.inputCount() + " input columns " + data.inputNames() + " and "
          + data.targetCount() + " target columns " + data.targetNames());
    }
  }

  private ExperimentResult result(Dataset data, ExperimentPlan plan, List<PhaseResult> folds,
      PhaseTrainer.Outcome last, Timing timing) {
    Network network = last.network();
    List<Integer> sizes = Arrays.stream(network.layerSizes()).boxed().toList();
    return new ExperimentResult(config, network.backend(), sizes, data.inputNames(),
        data.targetNames(), plan, folds, last.result(), network, timing);
  }
}
