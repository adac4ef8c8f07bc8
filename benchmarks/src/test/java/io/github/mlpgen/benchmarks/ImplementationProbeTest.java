package io.github.mlpgen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.benchmarks.ImplementationProbe.Expected;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import org.junit.jupiter.api.Test;

class ImplementationProbeTest {

  private final Expected expected = Expected.of(
      Implementation.REFERENCE.create(Shape.SEED), Shape.SEED);

  @Test
  void passesEjmlOnTheSeedShape() {
    assertThat(ImplementationProbe.probe(Implementation.EJML, Shape.SEED, expected))
        .isEqualTo("ok\tejml");
  }

  @Test
  void reportsWhyANetworkCannotBeBuilt() {
    String verdict = ImplementationProbe.probe(() -> {
      throw new UnsupportedOperationException("backend vector is not available");
    }, false, expected);

    assertThat(verdict)
        .isEqualTo("unavailable\tUnsupportedOperationException: backend vector is not available");
  }

  @Test
  void leavesOutANetworkWhoseUpdateIsWrong() {
    String verdict = ImplementationProbe.probe(DoubledStep::new, true, expected);

    // The updates are twice the reference's: a relative difference of 1.
    assertThat(verdict).startsWith("wrong\tdiffers from the reference by 1.0");
  }

  /** The seed network, but every step takes twice the learning rate it is given. */
  private static final class DoubledStep implements Network {
    private final ReferenceNetwork delegate = new ReferenceNetwork(32, 50, 25, 25, 10);

    @Override
    public int batchSize() {
      return delegate.batchSize();
    }

    @Override
    public int[] layerSizes() {
      return delegate.layerSizes();
    }

    @Override
    public String backend() {
      return "doubled";
    }

    @Override
    public double[] forward(double[] x) {
      return delegate.forward(x);
    }

    @Override
    public double trainStep(double[] x, double[] y, double learningRate) {
      return delegate.trainStep(x, y, 2 * learningRate);
    }

    @Override
    public void predict(double[] x, int rows, double[] out) {
      delegate.predict(x, rows, out);
    }

    @Override
    public void getWeights(int layer, double[] dst) {
      delegate.getWeights(layer, dst);
    }

    @Override
    public void setWeights(int layer, double[] src) {
      delegate.setWeights(layer, src);
    }

    @Override
    public void getBiases(int layer, double[] dst) {
      delegate.getBiases(layer, dst);
    }

    @Override
    public void setBiases(int layer, double[] src) {
      delegate.setBiases(layer, src);
    }
  }
}
