package io.github.mlpgen.runtime.train;

/**
 * The sizes of one phase, known before it trains.
 *
 * @param phase the fold or the final model
 * @param trainRows the rows it trains on
 * @param evaluationRows the rows it is evaluated on: the validation fold, or the held-out
 *     test part for the final model
 * @param stepsPerEpoch {@code floor(trainRows / batchSize)}: the remainder is dropped
 */
public record PhasePlan(Phase phase, int trainRows, int evaluationRows, int stepsPerEpoch) {

  static PhasePlan of(Phase phase, int trainRows, int evaluationRows, int batchSize) {
    return new PhasePlan(phase, trainRows, evaluationRows, trainRows / batchSize);
  }
}
