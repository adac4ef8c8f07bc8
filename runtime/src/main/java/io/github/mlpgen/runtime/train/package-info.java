/**
 * The training harness: {@link io.github.mlpgen.runtime.train.Experiment} runs the seed
 * experiment's protocol (hold-out test part, k-fold cross-validation, a final model) on any
 * dataset and network, and {@link io.github.mlpgen.runtime.train.RunWriter} writes its tables
 * and model.
 *
 * <p>To start, run the seed experiment with the generic network and save what it produced:
 *
 * <pre>{@code
 * Dataset data = RandomData.seedExperiment(TrainingConfig.DEFAULT_SEED);
 * TrainingConfig config = TrainingConfig.defaults();
 * Experiment experiment =
 *     new Experiment(config, () -> new ReferenceNetwork(32, 50, 25, 25, 10));
 * ExperimentResult result = experiment.run(data, new TrainingListener() {
 *   public void epochFinished(Phase phase, EpochRecord epoch) {
 *     // update a progress bar
 *   }
 * });
 * RunWriter.write(Path.of("out"), result);
 * double testRmse = result.testRmse().overall();
 * }</pre>
 *
 * <p>For a CSV file, read it with {@code CsvReader.read(file, List.of("target"))} and switch
 * standardisation on with {@code config.withStandardize(true)}: RMSEs in
 * {@link io.github.mlpgen.runtime.train.PhaseResult#evaluationRmse()} are then reported in the
 * targets' original units. A {@link io.github.mlpgen.runtime.train.TrainingDivergedException}
 * stops a run whose loss is no longer finite; its history can still be written with
 * {@link io.github.mlpgen.runtime.train.RunWriter#writeDivergedHistory}.
 *
 * <p>Fold, epoch and step numbers count from 1 everywhere in this package; the final model is
 * {@link io.github.mlpgen.runtime.train.Phase#FINAL}, labelled {@code final} in tables.
 */
package io.github.mlpgen.runtime.train;
