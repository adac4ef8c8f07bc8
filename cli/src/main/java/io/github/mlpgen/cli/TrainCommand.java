package io.github.mlpgen.cli;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.SpecDefaults;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.data.CsvReader;
import io.github.mlpgen.runtime.data.DataException;
import io.github.mlpgen.runtime.data.Dataset;
import io.github.mlpgen.runtime.data.RandomData;
import io.github.mlpgen.runtime.train.Experiment;
import io.github.mlpgen.runtime.train.ExperimentPlan;
import io.github.mlpgen.runtime.train.ExperimentResult;
import io.github.mlpgen.runtime.train.PhaseResult;
import io.github.mlpgen.runtime.train.RunWriter;
import io.github.mlpgen.runtime.train.TrainingConfig;
import io.github.mlpgen.runtime.train.TrainingDivergedException;
import io.github.mlpgen.runtime.train.TrainingListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mlpgen train}: runs the seed experiment's protocol (20% held out, k-fold
 * cross-validation, a final model tested on the held-out rows) and writes its tables, model,
 * summary and pictures.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Trains a network with k-fold cross-validation, then a final model on all training "
          + "rows, tested on 20%% held-out rows.",
      "Without options: the seed experiment, 100000 random rows, 50 inputs, 10 targets, "
          + "hidden 25,25, batch 32, 5 folds, 150 epochs, learning rate 1e-3, generated "
          + "vector code.",
      ""
    },
    footerHeading = "%nOutputs in --out:%n",
    footer = {
      "  summary.json         settings, final RMSE per fold, test RMSE, speed",
      "  history.csv          train and validation RMSE per epoch, every fold",
      "  steps.csv            RMSE per step of each fold's first epoch",
      "  model.npz            the final model's parameters",
      "  standardization.csv  column means and scales (CSV data only)",
      "  fold-<k>-steps.png   RMSE per step over fold k's first epoch",
      "  fold-<k>-epochs.png  train and validation RMSE per epoch of fold k",
      "  final-*.png          the same two pictures for the final model",
      "  diverged-*.csv       history.csv and steps.csv of a run that diverged",
      "All of a finished run's files replace an earlier run's at once, after training."
    })
final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec command;

  @Mixin TrainOptions options = new TrainOptions();

  /**
   * Runs {@code mlpgen} again with the given arguments (those of this run, @-files expanded)
   * in a JVM with the Vector API when the vector backend trains and this JVM lacks it; null to
   * train in this JVM whatever the backend.
   */
  Function<List<String>, Restart.Outcome> restart;

  @Override
  public Integer call() throws InputException {
    options.validate(command);
    NetworkSpec specFromFile =
        options.specFile == null ? null : InputFiles.readSpec(options.specFile);
    checkInputFiles();
    Dataset data = loadData(specFromFile);
    NetworkSpec spec = TrainSetup.networkSpec(command, options, specFromFile, data);

    TrainingConfig config = TrainSetup.config(options, spec);
    if (config.standardize()) {
      TrainSetup.requireStandardizable(data, dataSource());
    }
    ExperimentPlan plan =
        plan(new Experiment(config, TrainCommand::planningOnly), data, spec, config);
    BackendChoice requested =
        TrainSetup.requestedBackend(options, specBackend(specFromFile), plan.totalSteps());
    Optional<String> vectorUnavailable = VectorApi.unavailableReason();
    if (requested == BackendChoice.VECTOR && vectorUnavailable.isPresent()
        && restart != null && Restart.possible()) {
      // Checked and planned here, so the new JVM starts only for a run that can go ahead.
      data = null;
      Restart.Outcome outcome = restartWithVectorApi();
      if (outcome.started()) {
        return outcome.exitCode();
      }
      vectorUnavailable = Optional.of("Java could not be started again with it ("
          + outcome.failure() + ")");
      data = loadData(specFromFile);
    }
    BackendChoice backend = TrainSetup.runnableBackend(
        requested, vectorUnavailable, command.commandLine().getErr());
    Experiment experiment = new Experiment(config, networks(spec, backend));
    OutputFolder out = OutputFolder.prepare(
        options.outDir, RunFiles.all(plan.folds(), config.standardize()));
    announce(plan, spec, backend, data);
    ExperimentResult result = train(experiment, data, out, spec);

    String source = options.dataFile == null ? "random" : options.dataFile.toString();
    RunSummary summary = RunSummary.of(result, spec, options, source);
    writeOutputs(out, result, summary);
    report(result, summary);
    return ExitCode.OK;
  }

  /**
   * Runs the command again in a JVM with the Vector API. This JVM's heap held the data, which
   * the new JVM loads again: a full collection lets this JVM give that memory back meanwhile.
   */
  private Restart.Outcome restartWithVectorApi() {
    System.gc();
    return restart.apply(command.root().commandLine().getParseResult().expandedArgs());
  }

  /**
   * The backend the spec file names, or empty if it names none (or there is no file).
   * {@code specFromFile} was read with scalar as the default; a second reading with vector as
   * the default tells whether the file names one.
   */
  private Optional<BackendChoice> specBackend(NetworkSpec specFromFile) throws InputException {
    if (specFromFile == null) {
      return Optional.empty();
    }
    Backend asVector = InputFiles.readSpec(
        options.specFile, SpecDefaults.STANDARD.withBackend(Backend.VECTOR)).backend();
    return specFromFile.backend() == asVector
        ? Optional.of(BackendChoice.valueOf(asVector.name())) : Optional.empty();
  }

  /** Planning counts rows and steps; it never builds a network. */
  private static Network planningOnly() {
    throw new IllegalStateException("a planning experiment builds no network");
  }

  private void checkInputFiles() throws InputException {
    if (options.dataFile != null) {
      InputFiles.requireReadable(options.dataFile, "--data");
    }
    if (options.initFile != null) {
      InputFiles.requireReadable(options.initFile, "--init");
    }
  }

  private Dataset loadData(NetworkSpec specFromFile) throws InputException {
    if (options.dataFile == null) {
      int inputs = TrainSetup.randomInputs(options, specFromFile);
      int outputs = TrainSetup.randomOutputs(options, specFromFile);
      int rows = options.rows == null ? RandomData.SEED_ROWS : options.rows;
      int columns = Math.max(inputs, outputs);
      int maxRows = TrainSetup.maxRandomRows(columns);
      if (rows > maxRows) {
        throw new ParameterException(command.commandLine(), "Invalid value for option"
            + " '--rows': '" + rows + "' is not a whole number from 1 to " + maxRows + ", the"
            + " rows of " + columns + (columns == 1 ? " column" : " columns")
            + " that one Java array holds");
      }
      return RandomData.uniform(rows, inputs, outputs, options.seed);
    }
    try {
      return CsvReader.read(options.dataFile, options.targets);
    } catch (DataException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private ExperimentPlan plan(
      Experiment experiment, Dataset data, NetworkSpec spec, TrainingConfig config)
      throws InputException {
    try {
      return experiment.plan(data);
    } catch (IllegalArgumentException e) {
      String rows = data.rows() + (data.rows() == 1 ? " row" : " rows");
      if (TrainSetup.testRows(data.rows(), config) == 0) {
        // The test share is fixed: neither --batch nor --folds changes it.
        throw new InputException(dataSource() + ": the held-out test share, "
            + TrainSetup.percent(config.testFraction()) + " of " + rows + ", is 0 rows; use at "
            + "least " + TrainSetup.fewestRows(config) + " rows", e);
      }
      throw new InputException(dataSource() + " has " + rows + ", too few for "
          + options.folds + " folds with batches of " + spec.batch() + ": " + e.getMessage()
          + "; use a smaller --batch, fewer --folds or more rows", e);
    }
  }

  private void announce(
      ExperimentPlan plan, NetworkSpec spec, BackendChoice backend, Dataset data) {
    if (options.quiet) {
      return;
    }
    PrintWriter err = command.commandLine().getErr();
    err.printf(Locale.ROOT, "training %s (batch %d, %s) on %d rows of %s: %d folds and a final "
            + "model, %d epochs each, %d test rows held out%n",
        TrainSetup.shape(spec), spec.batch(), backend.optionValue(),
        data.rows(), dataSource(), plan.folds(), plan.epochs(), plan.testRows());
    err.flush();
  }

  private ExperimentResult train(
      Experiment experiment, Dataset data, OutputFolder out, NetworkSpec spec)
      throws InputException {
    TrainingListener listener = options.quiet
        ? TrainingListener.NONE
        : new ProgressBar(command.commandLine().getErr(), System.console() != null);
    try {
      return experiment.run(data, listener);
    } catch (TrainingDivergedException e) {
      throw new InputException(e.getMessage() + keptHistory(e, out), e);
    } catch (IOException e) {
      // The only file the experiment reads is the initial model.
      throw new InputException("--init: " + InputFiles.reason(e), e);
    } catch (RuntimeException | OutOfMemoryError e) {
      // A generated network's constructor, called reflectively, wraps the error.
      if (ErrorHandler.isOutOfMemory(e)) {
        throw new InputException(TrainSetup.outOfMemory(spec, e), e);
      }
      throw e;
    }
  }

  /**
   * Writes what a diverged run recorded under names of its own, so the files of an earlier
   * finished run stay together, and says where; nothing if that fails too.
   */
  private String keptHistory(TrainingDivergedException e, OutputFolder out) {
    try {
      out.write(folder -> RunWriter.writeDivergedHistory(folder, e.history()));
      return " (history so far in "
          + options.outDir.resolve(RunWriter.DIVERGED_HISTORY_FILE) + ")";
    } catch (InputException ignored) {
      // The divergence is the message the user needs; a second failure would hide it.
      return "";
    }
  }

  private void writeOutputs(OutputFolder out, ExperimentResult result, RunSummary summary)
      throws InputException {
    out.writeRun(folder -> {
      RunWriter.write(folder, result);
      SummaryJson.write(folder.resolve(RunFiles.SUMMARY), summary);
      for (PhaseResult phase : result.phases()) {
        Plots.writePhasePlots(folder, phase, result.config().standardize());
      }
    });
  }

  private void report(ExperimentResult result, RunSummary summary) {
    PrintWriter out = command.commandLine().getOut();
    out.printf(Locale.ROOT, "test RMSE %s on %d held-out rows%s%n",
        Numbers.rmse(summary.testRmse()), summary.data().testRows(),
        TrainSetup.perTarget(summary.testRmsePerTarget()));
    out.printf(Locale.ROOT, "cross-validation RMSE %s (mean of %d folds)%n",
        Numbers.rmse(summary.crossValidationRmse()), summary.folds().size());
    out.printf(Locale.ROOT, "%d steps in %.1f s, %s steps/s (backend %s)%n", summary.steps(),
        summary.wallSeconds(), Numbers.rate(summary.stepsPerSecond()), result.backend());
    out.println("outputs in " + options.outDir.toAbsolutePath().normalize());
    out.flush();
  }

  private Supplier<Network> networks(NetworkSpec spec, BackendChoice backend)
      throws InputException {
    String origin = options.specFile == null
        ? "mlpgen train options"
        : options.specFile.getFileName().toString();
    String where = options.specFile == null ? "" : options.specFile + ": ";
    return NetworkFactories.of(spec, backend, origin, where);
  }

  private String dataSource() {
    return options.dataFile == null ? "random data" : options.dataFile.toString();
  }
}
