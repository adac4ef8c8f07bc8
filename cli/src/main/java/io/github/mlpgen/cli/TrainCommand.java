package io.github.mlpgen.cli;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import io.github.mlpgen.generator.spec.NetworkSpec;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
          + "scalar code.",
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
      "  final-*.png          the same two pictures for the final model"
    })
final class TrainCommand implements Callable<Integer> {

  static final String SUMMARY_FILE = "summary.json";

  @Spec CommandSpec command;

  @Mixin TrainOptions options = new TrainOptions();

  @Override
  public Integer call() throws InputException {
    options.validate(command);
    NetworkSpec specFromFile =
        options.specFile == null ? null : InputFiles.readSpec(options.specFile);
    checkInputFiles();
    Dataset data = loadData(specFromFile);
    NetworkSpec spec = TrainSetup.networkSpec(options, specFromFile, data);
    BackendChoice backend = TrainSetup.backend(options, specFromFile);

    TrainingConfig config = TrainSetup.config(options, spec);
    Experiment experiment = new Experiment(config, networks(spec, backend));
    ExperimentPlan plan = plan(experiment, data, spec);
    createOutputFolder();
    announce(plan, spec, backend, data);
    ExperimentResult result = train(experiment, data);

    String source = options.dataFile == null ? "random" : options.dataFile.toString();
    RunSummary summary = RunSummary.of(result, spec, options, source);
    writeOutputs(result, summary);
    report(result, summary);
    return ExitCode.OK;
  }

  private void checkInputFiles() throws InputException {
    if (options.dataFile != null) {
      InputFiles.requireReadable(options.dataFile, "--data");
    }
    if (options.initFile != null) {
      InputFiles.requireReadable(options.initFile, "--init");
    }
  }

  /** Creates {@code --out} before training, so that a bad folder fails now, not after it. */
  private void createOutputFolder() throws InputException {
    try {
      Files.createDirectories(options.outDir);
    } catch (IOException e) {
      throw new InputException("--out: cannot create " + options.outDir + ": "
          + InputFiles.reason(e), e);
    }
  }

  private Dataset loadData(NetworkSpec specFromFile) throws InputException {
    if (options.dataFile == null) {
      int inputs = TrainSetup.randomInputs(options, specFromFile);
      int outputs = TrainSetup.randomOutputs(options, specFromFile);
      int rows = options.rows == null ? RandomData.SEED_ROWS : options.rows;
      try {
        return RandomData.uniform(rows, inputs, outputs, options.seed);
      } catch (ArithmeticException e) {
        throw new InputException("--rows " + rows + " with " + Math.max(inputs, outputs)
            + " columns is more values than one Java array holds (2^31 - 1)", e);
      }
    }
    try {
      return CsvReader.read(options.dataFile, options.targets);
    } catch (DataException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private ExperimentPlan plan(Experiment experiment, Dataset data, NetworkSpec spec)
      throws InputException {
    try {
      return experiment.plan(data);
    } catch (IllegalArgumentException e) {
      throw new InputException(dataSource() + " has " + data.rows() + " rows, too few for "
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

  private ExperimentResult train(Experiment experiment, Dataset data) throws InputException {
    TrainingListener listener = options.quiet
        ? TrainingListener.NONE
        : new ProgressBar(command.commandLine().getErr(), System.console() != null);
    try {
      return experiment.run(data, listener);
    } catch (TrainingDivergedException e) {
      throw new InputException(e.getMessage() + keptHistory(e), e);
    } catch (IOException e) {
      // The only file the experiment reads is the initial model.
      throw new InputException("--init: " + InputFiles.reason(e), e);
    }
  }

  /** Writes what a diverged run recorded and says where, or nothing if that fails too. */
  private String keptHistory(TrainingDivergedException e) {
    try {
      RunWriter.writeHistory(options.outDir, e.history());
      return " (history so far in " + options.outDir.resolve(RunWriter.HISTORY_FILE) + ")";
    } catch (IOException ignored) {
      // The divergence is the message the user needs; a second failure would hide it.
      return "";
    }
  }

  private void writeOutputs(ExperimentResult result, RunSummary summary)
      throws InputException {
    Path out = options.outDir;
    try {
      RunWriter.write(out, result);
      SummaryJson.write(out.resolve(SUMMARY_FILE), summary);
      for (PhaseResult phase : result.phases()) {
        Plots.writePhasePlots(out, phase, result.config().standardize());
      }
    } catch (IOException e) {
      throw new InputException("--out: cannot write into " + out + ": "
          + InputFiles.reason(e), e);
    }
  }

  private void report(ExperimentResult result, RunSummary summary) {
    PrintWriter out = command.commandLine().getOut();
    out.printf(Locale.ROOT, "test RMSE %.4f on %d held-out rows%s%n", summary.testRmse(),
        summary.data().testRows(), TrainSetup.perTarget(summary.testRmsePerTarget()));
    out.printf(Locale.ROOT, "cross-validation RMSE %.4f (mean of %d folds)%n",
        summary.crossValidationRmse(), summary.folds().size());
    out.printf(Locale.ROOT, "%d steps in %.1f s, %.0f steps/s (%s)%n", summary.steps(),
        summary.wallSeconds(), summary.stepsPerSecond(), result.backend());
    out.println("outputs in " + options.outDir.toAbsolutePath().normalize());
    out.flush();
  }

  private Supplier<Network> networks(NetworkSpec spec, BackendChoice backend)
      throws InputException {
    String origin = options.specFile == null
        ? "the mlpgen train command line"
        : options.specFile.getFileName().toString();
    return NetworkFactories.of(spec, backend, origin);
  }

  private String dataSource() {
    return options.dataFile == null ? "random data" : options.dataFile.toString();
  }

}
