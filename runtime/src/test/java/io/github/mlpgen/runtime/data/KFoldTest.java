package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KFoldTest {

  private static final long SEED = 42;

  @Test
  void validationChunksAreDisjointAndCoverEveryRow() {
    List<Fold> folds = KFold.split(23, 5, SEED);

    int[] seen = new int[23];
    for (Fold fold : folds) {
      for (int row : fold.validationRows()) {
        seen[row]++;
      }
    }

    assertThat(seen).containsOnly(1);
  }

  @Test
  void chunkSizesDifferByAtMostOneWithTheFirstOnesLarger() {
    List<Fold> folds = KFold.split(23, 5, SEED);

    assertThat(folds).extracting(fold -> fold.validationRows().length)
        .containsExactly(5, 5, 5, 4, 4);
  }

  @Test
  void chunkSizesAreEqualWhenFoldsDivideRows() {
    List<Fold> folds = KFold.split(80000, 5, SEED);

    assertThat(folds).extracting(fold -> fold.validationRows().length)
        .containsOnly(16000);
    assertThat(folds).extracting(fold -> fold.trainRows().length).containsOnly(64000);
  }

  @Test
  void foldsAreNumberedInOrder() {
    assertThat(KFold.split(10, 3, SEED)).extracting(Fold::index).containsExactly(0, 1, 2);
  }

  @Test
  void trainRowsAreAscendingAndWithValidationMakeEveryRowOnce() {
    for (Fold fold : KFold.split(23, 5, SEED)) {
      int[] train = fold.trainRows();
      int[] all = IntStream.concat(Arrays.stream(train), Arrays.stream(fold.validationRows()))
          .sorted().toArray();

      assertThat(train).isSorted();
      assertThat(all).isEqualTo(IntStream.range(0, 23).toArray());
    }
  }

  @Test
  void validationRowsAreShuffledNotTheFirstRowsInOrder() {
    int[] first = KFold.split(100, 4, SEED).get(0).validationRows();

    assertThat(first).isNotEqualTo(IntStream.range(0, 25).toArray());
  }

  @Test
  void sameSeedGivesSameFolds() {
    assertThat(KFold.split(50, 5, SEED)).isEqualTo(KFold.split(50, 5, SEED));
  }

  @Test
  void differentSeedsGiveDifferentFolds() {
    assertThat(KFold.split(50, 5, SEED)).isNotEqualTo(KFold.split(50, 5, SEED + 1));
  }

  @Test
  void allowsAsManyFoldsAsRows() {
    List<Fold> folds = KFold.split(3, 3, SEED);

    assertThat(folds).allSatisfy(fold -> assertThat(fold.validationRows()).hasSize(1));
  }

  @Test
  void rejectsFewerThanTwoFolds() {
    assertThatThrownBy(() -> KFold.split(10, 1, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("folds must be >= 2, was 1");
  }

  @Test
  void rejectsMoreFoldsThanRows() {
    assertThatThrownBy(() -> KFold.split(3, 5, SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("folds must be <= rows, but 5 folds cannot be cut from 3 rows");
  }

  @Test
  void foldDoesNotShareItsArrays() {
    int[] train = {0, 1};
    Fold fold = new Fold(0, train, new int[] {2});

    train[0] = 7;
    fold.trainRows()[1] = 7;

    assertThat(fold.trainRows()).containsExactly(0, 1);
  }

  @Test
  void foldRejectsNegativeIndex() {
    assertThatThrownBy(() -> new Fold(-1, new int[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fold index must be >= 0, was -1");
  }
}
