package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

  /** Three rows: inputs (r, 10 + r), target 100 + r. */
  private static Dataset threeRows() {
    return Dataset.of(List.of("a", "b"), List.of("t"),
        new double[] {0, 10, 1, 11, 2, 12}, new double[] {100, 101, 102});
  }

  @Test
  void selectsRowsInTheGivenOrder() {
    Dataset selected = threeRows().select(new int[] {2, 0, 2});

    assertThat(selected.rows()).isEqualTo(3);
    assertThat(selected.inputs()).containsExactly(2, 12, 0, 10, 2, 12);
    assertThat(selected.targets()).containsExactly(102, 100, 102);
    assertThat(selected.inputNames()).containsExactly("a", "b");
  }

  @Test
  void rejectsSelectingARowOutsideTheData() {
    assertThatThrownBy(() -> threeRows().select(new int[] {0, 3}))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("row index 3 at position 1 outside 0..2");
  }

  @Test
  void copiesItsInputAndOutput() {
    double[] inputs = {1, 2};
    Dataset data = Dataset.of(List.of("a"), List.of("t"), inputs, new double[] {3, 4});
    inputs[0] = 99;
    data.inputs()[1] = 99;

    assertThat(data.inputs()).containsExactly(1, 2);
  }

  @Test
  void copiesBatchesIntoCallerBuffers() {
    double[] inputs = new double[6];
    double[] targets = new double[3];

    threeRows().copyInputs(1, 2, inputs, 2);
    threeRows().copyTargets(1, 2, targets, 1);

    assertThat(inputs).containsExactly(0, 0, 1, 11, 2, 12);
    assertThat(targets).containsExactly(0, 101, 102);
  }

  @Test
  void rejectsTargetsOfTheWrongLength() {
    assertThatThrownBy(() -> Dataset.of(List.of("a"), List.of("t", "u"),
        new double[] {1, 2}, new double[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targets hold 3 values, expected 2 rows x 2 columns = 4");
  }

  @Test
  void rejectsNonFiniteValues() {
    assertThatThrownBy(() -> Dataset.of(List.of("a", "b"), List.of("t"),
        new double[] {1, 2, 3, Double.NaN}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input row 1, column 1 is NaN; every value must be finite");
  }
}
