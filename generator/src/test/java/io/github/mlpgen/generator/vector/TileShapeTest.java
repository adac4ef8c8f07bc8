package io.github.mlpgen.generator.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TileShapeTest {

  @Test
  void seedForwardProductTakesWholeRowsOfVectors() {
    // 32 rows of 28 doubles (7 vectors of 4), 50 terms: 2 rows x 7 vectors is 14
    // accumulators, 7 streamed vectors and a broadcast, 22 registers; 3 x 7 would need 29.
    assertThat(TileShape.plan(32, 7, 50)).isEqualTo(new TileShape(2, 7));
    assertThat(new TileShape(3, 7).fitsRegisters()).isFalse();
  }

  @Test
  void everyPlannedTileFitsTheRegistersAndBeatsAFixedTile() {
    TileShape fixed = new TileShape(4, 2);
    for (int rows = 1; rows <= 64; rows++) {
      for (int vectors = 1; vectors <= 32; vectors++) {
        TileShape tile = TileShape.plan(rows, vectors, 25);

        assertThat(tile.fitsRegisters()).as("%d x %d", rows, vectors).isTrue();
        assertThat(tile.rows()).isLessThanOrEqualTo(Math.min(rows, TileShape.MAX_ROWS));
        assertThat(tile.vectors()).isLessThanOrEqualTo(vectors);
        assertThat(tile.cost(rows, vectors, 25)).as("%d x %d", rows, vectors)
            .isLessThanOrEqualTo(fixed.cost(rows, vectors, 25));
      }
    }
  }

  @Test
  void plannedTileCostsNoMoreThanAnyOtherThatFits() {
    int rows = 50;
    int vectors = 7;
    int terms = 32;
    double planned = TileShape.plan(rows, vectors, terms).cost(rows, vectors, terms);

    for (int r = 1; r <= TileShape.MAX_ROWS; r++) {
      for (int v = 1; v <= vectors; v++) {
        TileShape other = new TileShape(r, v);
        if (other.fitsRegisters()) {
          assertThat(planned).as("%s", other)
              .isLessThanOrEqualTo(other.cost(rows, vectors, terms));
        }
      }
    }
  }

  @Test
  void costCountsEdgeTiles() {
    TileShape tile = new TileShape(4, 2);

    // 5 x 3 vectors in 4 x 2 tiles: one whole tile, a 4 x 1, a 1 x 2 and a 1 x 1 edge.
    double whole = tile.cost(4, 2, 10);
    double expected = whole + new TileShape(4, 1).cost(4, 1, 10)
        + new TileShape(1, 2).cost(1, 2, 10) + new TileShape(1, 1).cost(1, 1, 10);
    assertThat(tile.cost(5, 3, 10)).isEqualTo(expected);
  }

  @Test
  void rejectsAnEmptyTile() {
    assertThatThrownBy(() -> new TileShape(0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tile needs at least one row and one vector, was 0 x 2");
  }
}
