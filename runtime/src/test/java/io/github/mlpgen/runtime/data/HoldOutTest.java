package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldOutTest {

  private static final long SEED = 7;

  @Test
  void holdsOutTheSeedExperimentsTwentyPercent() {
    HoldOut split = HoldOut.split(100000, 0.2, SEED);

    assertThat(split.testRows()).hasSize(20000);
    assertThat(split.trainRows()).hasSize(80000);
  }

  @Test
  void roundsTheTestSizeToTheNearestRow() {
    assertThat(HoldOut.split(10, 0.24, SEED).testRows()).hasSize(2);
    assertThat(HoldOut.split(10, 0.26, SEED).testRows()).hasSize(3);
  }

  @Test
  void partsAreDisjointAndCoverEveryRow() {
    HoldOut split = HoldOut.split(37, 0.3, SEED);

    int[] all = IntStream.concat(Arrays.stream(split.trainRows()),
        Arrays.stream(split.testRows())).sorted().toArray();

    assertThat(all).isEqualTo(IntStream.range(0, 37).toArray());
  }

  @Test
  void bothPartsAreShuffled() {
    HoldOut split = HoldOut.split(100, 0.2, SEED);

    assertThat(isAscending(split.testRows())).isFalse();
    assertThat(isAscending(split.trainRows())).isFalse();
  }

  @Test
  void testPartIsTheStartOfTheShuffledOrderThatTrainingContinues() {
    HoldOut small = HoldOut.split(20, 0.25, SEED);
    HoldOut large = HoldOut.split(20, 0.5, SEED);

    int[] smallOrder = concat(small.testRows(), small.trainRows());
    int[] largeOrder = concat(large.testRows(), large.trainRows());

    assertThat(smallOrder).isEqualTo(largeOrder);
    assertThat(large.testRows()).startsWith(small.testRows());
  }

  @Test
  void sameSeedGivesSameSplit() {
    assertThat(HoldOut.split(50, 0.2, SEED)).isEqualTo(HoldOut.split(50, 0.2, SEED));
  }

  @Test
  void differentSeedsGiveDifferentSplits() {
    assertThat(HoldOut.split(50, 0.2, SEED)).isNotEqualTo(HoldOut.split(50, 0.2, SEED + 1));
  }

  @Test
  void rejectsFewerThanTwoRows() {
    assertThatThrownBy(() -> HoldOut.split(1, 0.5, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be >= 2 to hold out a test part, was 1");
  }

  @Test
  void rejectsFractionOutsideTheOpenUnitInterval() {
    for (double fraction : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> HoldOut.split(10, fraction, SEED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("testFraction must be > 0 and < 1, was " + fraction);
    }
  }

  @Test
  void rejectsFractionThatLeavesAPartEmpty() {
    assertThatThrownBy(() -> HoldOut.split(10, 0.01, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("testFraction 0.01 of 10 rows gives 0 test rows; the test and the"
            + " training part need at least one row each");
    assertThatThrownBy(() -> HoldOut.split(10, 0.99, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("testFraction 0.99 of 10 rows gives 10 test rows; the test and the"
            + " training part need at least one row each");
  }

  @Test
  void combinesWithKFoldOverTheTrainingPart() {
    HoldOut split = HoldOut.split(100, 0.2, SEED);
    int[] train = split.trainRows();

    Fold fold = KFold.split(train.length, 5, SEED).get(0);
    int[] validationDataRows = Arrays.stream(fold.validationRows()).map(p -> train[p]).toArray();

    assertThat(validationDataRows).hasSize(16).doesNotContain(split.testRows());
  }

  private static boolean isAscending(int[] rows) {
    return Arrays.equals(rows, Arrays.stream(rows).sorted().toArray());
  }

  private static int[] concat(int[] first, int[] second) {
    return IntStream.concat(Arrays.stream(first), Arrays.stream(second)).toArray();
  }
}
