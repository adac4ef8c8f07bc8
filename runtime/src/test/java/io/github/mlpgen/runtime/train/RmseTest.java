package io.github.mlpgen.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RmseTest {

  private static final double TOLERANCE = 1e-15;

  @Test
  void averagesSquaredErrorsOverRowsAndOutputs() {
    // Errors: row 1 (1, 0), row 2 (3, 2): column sums of squares 10 and 4, total 14.
    Rmse rmse = Rmse.of(new double[] {1, 0, 3, 2}, new double[] {0, 0, 0, 0}, 2, 2);

    assertThat(rmse.overall()).isCloseTo(Math.sqrt(14 / 4.0), within(TOLERANCE));
    assertThat(rmse.perTarget(0)).isCloseTo(Math.sqrt(5), within(TOLERANCE));
    assertThat(rmse.perTarget(1)).isCloseTo(Math.sqrt(2), within(TOLERANCE));
  }

  @Test
  void errorsWhoseSquaresOverflowStillGiveTheirRmse() {
    // Errors 3e200 and 4e200 in one column, 1e-200 and 1e-200 in the other: squares of the
    // first overflow a double, squares of the second underflow to 0.
    Rmse rmse = Rmse.of(new double[] {3e200, 1e-200, 4e200, -1e-200},
        new double[] {0, 0, 0, 0}, 2, 2);

    assertThat(rmse.perTarget(0)).isCloseTo(Math.sqrt(25 / 2.0) * 1e200, within(1e186));
    assertThat(rmse.perTarget(1)).isCloseTo(1e-200, within(1e-214));
    assertThat(rmse.overall()).isCloseTo(Math.sqrt(25 / 4.0) * 1e200, within(1e186));
  }

  @Test
  void refusesNonFiniteValues() {
    assertThatThrownBy(() -> new Rmse(Double.NaN, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overall RMSE must be finite, was NaN");
  }

  @Test
  void labelsPhasesForTables() {
    assertThat(Phase.fold(3).label()).isEqualTo("3");
    assertThat(Phase.FINAL.label()).isEqualTo("final");
    assertThat(Phase.FINAL).hasToString("the final model");
    assertThatThrownBy(() -> Phase.fold(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
