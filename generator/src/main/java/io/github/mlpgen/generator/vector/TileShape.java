package io.github.mlpgen.generator.vector;

/**
 * A register tile: {@code rows} result rows by {@code vectors} vectors of result columns,
 * {@code rows x vectors} accumulators held in locals while the reduction runs.
 *
 * <p>AVX2 has 16 vector registers. The tile the kernels use ({@link #KERNEL}) needs 12
 * accumulators, 2 vectors of the streamed operand and 1 or 2 broadcasts: it just fits, and
 * its 12 independent FMA chains cover the latency of two FMA units (4 cycles each). Tiles of
 * 4 x 3 or 3 x 4 need 16 registers or more and spill; smaller tiles leave FMA slots idle.
 *
 * @param rows result rows per tile, at least 1
 * @param vectors vectors of result columns per tile, at least 1
 */
record TileShape(int rows, int vectors) {

  /** The tile every product uses where its shape allows: 6 rows by 2 vectors. */
  static final TileShape KERNEL = new TileShape(4, 2);

  TileShape {
    if (rows < 1 || vectors < 1) {
      throw new IllegalArgumentException(
          "a tile needs at least one row and one vector, was " + rows + " x " + vectors);
    }
  }
}
