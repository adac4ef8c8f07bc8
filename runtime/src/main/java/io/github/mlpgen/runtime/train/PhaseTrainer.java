package io.github.mlpgen.runtime.train;

import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.Standardization;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Trains one network for one phase and records its metrics. Every buffer is allocated up
 * front, so the step loop only copies rows and calls {@link Network#trainStep}.
 */
final class PhaseTrainer {

  /** A finished phase and the network it trained. */
  record Outcome(PhaseResult result, Network network) {}

  private final PhasePlan plan;
  private final Network network;
  private final TrainingConfig config;
  private final Standardization standardization;
  private final Dataset training;
  private final List<PhaseResult> completed;
  private final TrainingListener listener;

  private final int batchSize;
  private final int outputs;
  private final double[] batchInputs;
  private final double[] batchTargets;
  private final int evaluationRows;
  private final double[] evaluationInputs;
  private final double[] evaluationTargets;
  private final double[] originalTargets;
  private final double[] predictions;

  private final double[] firstEpochSteps;
  private int recordedSteps;
  private final List<EpochRecord> epochs = new ArrayList<>();

  /**
   * @param training the phase's training rows, already standardised
   * @param evaluation the phase's evaluation rows in original units
   */
  PhaseTrainer(PhasePlan plan, Network network, TrainingConfig config,
      Standardization standardization, Dataset training, Dataset evaluation,
      List<PhaseResult> completed, TrainingListener listener) {
    this.plan = plan;
    this.network = network;
    this.config = config;
    this.standardization = standardization;
    this.training = training;
    this.completed = List.copyOf(completed);
    this.listener = listener;
    batchSize = network.batchSize();
    outputs = network.outputSize();
    batchInputs = new double[batchSize * network.inputSize()];
    batchTargets = new double[batchSize * outputs];
    Dataset standardised = standardization.apply(evaluation);
    evaluationRows = evaluation.rows();
    evaluationInputs = standardised.inputs();
    evaluationTargets = standardised.targets();
    originalTargets = evaluation.targets();
    predictions = new double[evaluationRows * outputs];
    firstEpochSteps = new double[plan.stepsPerEpoch()];
  }

  Outcome run() throws TrainingDivergedException {
    Phase phase = plan.phase();
    listener.phaseStarted(phase, config.epochs(), plan.stepsPerEpoch());
    long start = System.nanoTime();
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      double lastLoss = trainEpoch(epoch);
      EpochRecord record = new EpochRecord(epoch, batchRmse(lastLoss), validate(epoch));
      epochs.add(record);
      listener.epochFinished(phase, record);
    }
    Rmse evaluation = evaluateInOriginalUnits();
    long steps = (long) config.epochs() * plan.stepsPerEpoch();
    PhaseResult result = new PhaseResult(
        plan, history(), evaluation, standardization, Timing.since(start, steps));
    listener.phaseFinished(result);
    return new Outcome(result, network);
  }

  /** One pass over the training rows in order; returns the last batch's loss. */
  double trainEpoch(int epoch) throws TrainingDivergedException {
    double learningRate = config.learningRate();
    double loss = 0;
    for (int step = 0; step < plan.stepsPerEpoch(); step++) {
      training.copyInputs(step * batchSize, batchSize, batchInputs, 0);
      training.copyTargets(step * batchSize, batchSize, batchTargets, 0);
      loss = network.trainStep(batchInputs, batchTargets, learningRate);
      if (!Double.isFinite(loss)) {
        // The first step's loss comes before its update: the learning rate has not acted yet.
        boolean beforeUpdate = epoch == 1 && step == 0;
        throw diverged("the batch loss", beforeUpdate, epoch, step + 1, loss);
      }
      if (epoch == 1) {
        firstEpochSteps[step] = batchRmse(loss);
        recordedSteps++;
      }
    }
    return loss;
  }

  private double batchRmse(double loss) {
    return Math.sqrt(loss / ((double) batchSize * outputs));
  }

  /** The RMSE over the validation fold in training units; none for the final model. */
  private OptionalDouble validate(int epoch) throws TrainingDivergedException {
    if (plan.phase().isFinal()) {
      return OptionalDouble.empty();
    }
    network.predict(evaluationInputs, evaluationRows, predictions);
    double rmse = Rmse.ErrorSums.of(predictions, evaluationTargets, evaluationRows, outputs)
        .overall(evaluationRows);
    if (!Double.isFinite(rmse)) {
      throw diverged("the validation RMSE", false, epoch, plan.stepsPerEpoch(), rmse);
    }
    return OptionalDouble.of(rmse);
  }

  private Rmse evaluateInOriginalUnits() throws TrainingDivergedException {
    network.predict(evaluationInputs, evaluationRows, predictions);
    standardization.restoreTargets(predictions, evaluationRows);
    Rmse.ErrorSums sums =
        Rmse.ErrorSums.of(predictions, originalTargets, evaluationRows, outputs);
    double overall = sums.overall(evaluationRows);
    if (!Double.isFinite(overall)) {
      String quantity = plan.phase().isFinal() ? "the test RMSE" : "the validation RMSE";
      throw diverged(quantity, false, config.epochs(), plan.stepsPerEpoch(), overall);
    }
    return sums.rmse(evaluationRows);
  }

  private TrainingDivergedException diverged(
      String quantity, boolean beforeUpdate, int epoch, int step, double value) {
    return new TrainingDivergedException(quantity, beforeUpdate, plan.phase(), epoch, step,
        value, config.learningRate(), completed, history());
  }

  private PhaseHistory history() {
    List<Double> steps = new ArrayList<>(recordedSteps);
    for (int i = 0; i < recordedSteps; i++) {
      steps.add(firstEpochSteps[i]);
    }
    return new PhaseHistory(plan.phase(), epochs, steps);
  }
}
