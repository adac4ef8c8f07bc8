package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomDataTest {

  private static final double MEAN_TOLERANCE = 0.01;

  @Test
  void drawsInputsThenTargetsFromOneSeededStream() {
    Dataset data = RandomData.uniform(3, 2, 1, 7);
    SplittableRandom random = new SplittableRandom(7);
    double[] expected = new double[9];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = random.nextDouble() - 0.5;
    }

    assertThat(data.inputs()).containsExactly(Arrays.copyOf(expected, 6));
    assertThat(data.targets()).containsExactly(Arrays.copyOfRange(expected, 6, 9));
  }

  @Test
  void staysInTheHalfOpenIntervalAroundZero() {
    Dataset data = RandomData.uniform(4000, 5, 5, 1);

    double[] inputs = data.inputs();
    assertThat(Arrays.stream(inputs).min().orElseThrow()).isGreaterThanOrEqualTo(-0.5);
    assertThat(Arrays.stream(inputs).max().orElseThrow()).isLessThan(0.5);
    double mean = Arrays.stream(data.targets()).average().orElseThrow();
    assertThat(mean).isCloseTo(0, within(MEAN_TOLERANCE));
  }

  @Test
  void namesColumnsFromOne() {
    Dataset data = RandomData.uniform(2, 3, 2, 0);

    assertThat(data.inputNames()).containsExactly("x1", "x2", "x3");
    assertThat(data.targetNames()).containsExactly("y1", "y2");
  }

  @Test
  void seedExperimentHasTheNotebooksShape() {
    Dataset data = RandomData.seedExperiment(3);

    assertThat(data.rows()).isEqualTo(100_000);
    assertThat(data.inputCount()).isEqualTo(50);
    assertThat(data.targetCount()).isEqualTo(10);
  }

  @Test
  void differentSeedsGiveDifferentData() {
    assertThat(RandomData.uniform(5, 2, 2, 1).inputs())
        .isNotEqualTo(RandomData.uniform(5, 2, 2, 2).inputs());
  }
}
