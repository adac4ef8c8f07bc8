package io.github.mlpgen.runtime.train;

import io.github.mlpgen.runtime.Initializer;
import io.github.mlpgen.runtime.ReferenceNetwork;
import io.github.mlpgen.runtime.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocol written out by hand for one phase, as an oracle: rows gathered one value at a
 * time, {@link ReferenceNetwork#trainStep}, and validation through {@link
 * ReferenceNetwork#forward} on zero-padded batches.
 */
final class ManualTraining {

  final ReferenceNetwork network;
  final List<Double> firstEpochSteps = new ArrayList<>();
  final List<Double> trainRmse = new ArrayList<>();
  final List<Double> validationRmse = new ArrayList<>();
  /** The 1-based epoch and step of the first non-finite loss, or 0. */
  int divergedEpoch;
  int divergedStep;
  double divergedLoss;

  private final Dataset data;
  private final int batch;
  private final int outputs;

  ManualTraining(Dataset data, ReferenceNetwork network) {
    this.data = data;
    this.network = network;
    this.batch = network.batchSize();
    this.outputs = data.targetCount();
  }

  static ManualTraining seeded(Dataset data, long seed) {
    ReferenceNetwork network = (ReferenceNetwork) SmallExperiment.networks().get();
    Initializer.initialize(network, seed);
    return new ManualTraining(data, network);
  }

  /** Trains {@code epochs} epochs on {@code trainRows}, validating on {@code validationRows}. */
  ManualTraining train(int[] trainRows, int[] validationRows, int epochs, double rate) {
    for (int epoch = 1; epoch <= epochs && divergedEpoch == 0; epoch++) {
      double loss = 0;
      for (int step = 0; step < trainRows.length / batch; step++) {
        loss = network.trainStep(inputs(trainRows, step * batch), targets(trainRows, step * batch),
            rate);
        if (!Double.isFinite(loss)) {
          divergedEpoch = epoch;
          divergedStep = step + 1;
          divergedLoss = loss;
          return this;
        }
        if (epoch == 1) {
          firstEpochSteps.add(Math.sqrt(loss / (batch * outputs)));
        }
      }
      trainRmse.add(Math.sqrt(loss / (batch * outputs)));
      validationRmse.add(rmse(validationRows));
    }
    return this;
  }

  /** The RMSE over {@code rows}, predicted batch by batch with zero rows as padding. */
  double rmse(int[] rows) {
    double sum = 0;
    for (int start = 0; start < rows.length; start += batch) {
      double[] predictions = network.forward(inputs(rows, start));
      for (int i = start; i < Math.min(rows.length, start + batch); i++) {
        for (int c = 0; c < outputs; c++) {
          double error = predictions[(i - start) * outputs + c] - data.target(rows[i], c);
          sum += error * error;
        }
      }
    }
    return Math.sqrt(sum / (rows.length * outputs));
  }

  private double[] inputs(int[] rows, int start) {
    double[] x = new double[batch * data.inputCount()];
    for (int i = start; i < Math.min(rows.length, start + batch); i++) {
      for (int c = 0; c < data.inputCount(); c++) {
        x[(i - start) * data.inputCount() + c] = data.input(rows[i], c);
      }
    }
    return x;
  }

  private double[] targets(int[] rows, int start) {
    double[] y = new double[batch * outputs];
    for (int i = start; i < start + batch; i++) {
      for (int c = 0; c < outputs; c++) {
        y[(i - start) * outputs + c] = data.target(rows[i], c);
      }
    }
    return y;
  }
}
