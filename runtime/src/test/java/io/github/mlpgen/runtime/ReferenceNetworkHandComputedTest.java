package io.github.mlpgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A 2-2-2-1 network on a batch of two rows, worked out by hand below. Every number is a
 * small binary fraction, so the network must reproduce them exactly.
 *
 * <pre>
 * x  = [ 1  2 ]   y = [ 1 ]     W1 = [ 1 -1 ]  b1 = [ -1  0 ]
 *      [ 3 -1 ]       [ 0 ]          [ 0  1 ]
 *
 * W2 = [  1  1 ]  b2 = [ 0.5  -1 ]   W3 = [  2 ]  b3 = [ 0.5 ]
 *      [ -1  1 ]                          [ -1 ]
 *
 * Forward
 *   x W1       = [ 1*1+2*0  1*-1+2*1 ] = [ 1  1 ]
 *                [ 3*1-1*0  3*-1-1*1 ]   [ 3 -4 ]
 *   h1         = x W1 + b1 = [ 0  1 ]    row 1, unit 1 sits exactly at 0
 *                            [ 2 -4 ]
 *   h1r        = [ 0 1 ]     [h1 >= 0] = [ 1 1 ]
 *                [ 2 0 ]                 [ 1 0 ]
 *   h1r W2     = [ 0*1+1*-1  0*1+1*1 ] = [ -1 1 ]
 *                [ 2*1+0*-1  2*1+0*1 ]   [  2 2 ]
 *   h2         = h1r W2 + b2 = [ -0.5 0 ]   row 1, unit 2 sits exactly at 0
 *                              [  2.5 1 ]
 *   h2r        = [ 0   0 ]   [h2 >= 0] = [ 0 1 ]
 *                [ 2.5 1 ]               [ 1 1 ]
 *   y_pred     = h2r W3 + b3 = [ 0*2+0*-1+0.5   ] = [ 0.5 ]
 *                              [ 2.5*2+1*-1+0.5 ]   [ 4.5 ]
 *   L          = (0.5-1)^2 + (4.5-0)^2 = 0.25 + 20.25 = 20.5
 *
 * Backward
 *   G          = 2 (y_pred - y) = [ -1 ]
 *                                 [  9 ]
 *   dW3        = h2r^T G = [ 0*-1+2.5*9 ] = [ 22.5 ]      db3 = -1 + 9 = 8
 *                          [ 0*-1+1*9   ]   [  9   ]
 *   G W3^T     = [ -1*2  -1*-1 ] = [ -2  1 ]
 *                [  9*2   9*-1 ]   [ 18 -9 ]
 *   A2         = [h2 >= 0] * (G W3^T) = [  0  1 ]   the unit at 0 passes its 1
 *                                       [ 18 -9 ]
 *   dW2        = h1r^T A2 = [ 0*0+2*18  0*1+2*-9 ] = [ 36 -18 ]
 *                           [ 1*0+0*18  1*1+0*-9 ]   [  0   1 ]
 *   db2        = [ 0+18  1-9 ] = [ 18 -8 ]
 *   A2 W2^T    = [ 0*1+1*1    0*-1+1*1   ] = [ 1   1 ]
 *                [ 18*1-9*1   18*-1-9*1  ]   [ 9 -27 ]
 *   A1         = [h1 >= 0] * (A2 W2^T) = [ 1 1 ]   the unit at 0 passes its 1
 *                                        [ 9 0 ]   the unit at -4 blocks -27
 *   dW1        = x^T A1 = [ 1*1+3*9  1*1+3*0 ] = [ 28 1 ]
 *                         [ 2*1-1*9  2*1-1*0 ]   [ -7 2 ]
 *   db1        = [ 1+9  1+0 ] = [ 10 1 ]
 *
 * One step with lr = 0.5: every parameter minus half its gradient
 *   W1 = [ 1-14  -1-0.5 ] = [ -13 -1.5 ]   b1 = [ -1-5  0-0.5 ] = [ -6 -0.5 ]
 *        [ 0+3.5  1-1   ]   [ 3.5  0   ]
 *   W2 = [ 1-18  1+9   ] = [ -17 10  ]     b2 = [ 0.5-9  -1+4 ] = [ -8.5 3 ]
 *        [ -1-0  1-0.5 ]   [ -1  0.5 ]
 *   W3 = [ 2-11.25 ] = [ -9.25 ]           b3 = [ 0.5-4 ] = [ -3.5 ]
 *        [ -1-4.5  ]   [ -5.5  ]
 * </pre>
 *
 * <p>Had the ReLU derivative at 0 been 0, {@code db1} would be {@code [9 1]} and {@code db2}
 * {@code [18 -9]}.
 */
class ReferenceNetworkHandComputedTest {

  private static final double[] X = {1, 2, 3, -1};
  private static final double[] Y = {1, 0};
  private static final double LEARNING_RATE = 0.5;

  @Test
  void forwardGivesTheHandComputedPredictions() {
    assertThat(network().forward(X)).containsExactly(0.5, 4.5);
  }

  @Test
  void lossIsTheSumOfSquaredErrors() {
    assertThat(network().computeGradients(X, Y)).isEqualTo(20.5);
  }

  @Test
  void gradientsAreTheHandComputedOnes() {
    ReferenceNetwork network = network();

    network.computeGradients(X, Y);

    assertThat(network.weightGradient(0)).containsExactly(28, 1, -7, 2);
    assertThat(network.biasGradient(0)).containsExactly(10, 1);
    assertThat(network.weightGradient(1)).containsExactly(36, -18, 0, 1);
    assertThat(network.biasGradient(1)).containsExactly(18, -8);
    assertThat(network.weightGradient(2)).containsExactly(22.5, 9);
    assertThat(network.biasGradient(2)).containsExactly(8);
  }

  @Test
  void computingGradientsLeavesTheParametersAlone() {
    ReferenceNetwork network = network();

    network.computeGradients(X, Y);

    assertThat(TestNetworks.weights(network, 0)).containsExactly(1, -1, 0, 1);
    assertThat(TestNetworks.biases(network, 2)).containsExactly(0.5);
  }

  @Test
  void trainStepReturnsTheLossBeforeTheUpdate() {
    assertThat(network().trainStep(X, Y, LEARNING_RATE)).isEqualTo(20.5);
  }

  @Test
  void trainStepMovesEveryParameterAgainstItsGradient() {
    ReferenceNetwork network = network();

    network.trainStep(X, Y, LEARNING_RATE);

    assertThat(TestNetworks.weights(network, 0)).containsExactly(-13, -1.5, 3.5, 0);
    assertThat(TestNetworks.biases(network, 0)).containsExactly(-6, -0.5);
    assertThat(TestNetworks.weights(network, 1)).containsExactly(-17, 10, -1, 0.5);
    assertThat(TestNetworks.biases(network, 1)).containsExactly(-8.5, 3);
    assertThat(TestNetworks.weights(network, 2)).containsExactly(-9.25, -5.5);
    assertThat(TestNetworks.biases(network, 2)).containsExactly(-3.5);
  }

  private static ReferenceNetwork network() {
    ReferenceNetwork network = new ReferenceNetwork(2, 2, 2, 2, 1);
    network.setWeights(0, new double[] {1, -1, 0, 1});
    network.setBiases(0, new double[] {-1, 0});
    network.setWeights(1, new double[] {1, 1, -1, 1});
    network.setBiases(1, new double[] {0.5, -1});
    network.setWeights(2, new double[] {2, -1});
    network.setBiases(2, new double[] {0.5});
    return network;
  }
}
