package io.github.mlpgen.generator.vector;

/**
 * A register tile: {@code rows} result rows by {@code vectors} vectors of result columns,
 * {@code rows x vectors} accumulators held in locals while the reduction runs.
 *
 * <p>{@link #plan} picks the tile of each product from its constant sizes with a small cost
 * model of one core: two FMA units of latency 4 (so at least 8 independent accumulators keep
 * them busy), two vector loads per cycle, and 32 vector registers (AVX-512, also on
 * AArch64), of which a tile may fill {@link #REGISTERS}. The other 4 are C2's: on JDK 17 it
 * issues all loads of a term before its FMAs, and a seed-shape tile of 3 rows x 7 vectors
 * (21 accumulators, 7 streamed vectors, a broadcast: 29 registers) kept 4 of its
 * accumulators on the stack, loading and storing them on every term. With at most 28, the
 * seed shape's train step ran 5 to 10% faster (best of 15 runs) and its reduction loops keep
 * every accumulator in a register but 2 of the 8 x 3 tile of {@code G W3^T}; 8 x 3 tiles
 * spill a few because their 8 broadcasts are loaded up front too (7 accumulators in
 * {@code h1r W2} at 784-256-128-10). On a machine with 16 vector registers (AVX2
 * alone) the larger tiles spill; the generated code stays correct, only slower.
 *
 * @param rows result rows per tile, at least 1
 * @param vectors vectors of result columns per tile, at least 1
 */
record TileShape(int rows, int vectors) {

  /** Vector registers the tile, its streamed vectors and one broadcast may occupy. */
  static final int REGISTERS = 28;

  /** Rows per tile at most: more rows add broadcasts and gain nothing. */
  static final int MAX_ROWS = 8;

  /** Fused multiply-adds issued per cycle. */
  private static final double FMA_PER_CYCLE = 2;

  /** Cycles before an FMA's result can feed the next FMA of its chain. */
  private static final double FMA_LATENCY = 4;

  /** Loads (streamed vectors and broadcasts) per cycle. */
  private static final double LOADS_PER_CYCLE = 2;

  /** Cycles a tile costs besides its terms: setup, the epilogue's loads and stores. */
  private static final double TILE_OVERHEAD = 10;

  TileShape {
    if (rows < 1 || vectors < 1) {
      throw new IllegalArgumentException(
          "a tile needs at least one row and one vector, was " + rows + " x " + vectors);
    }
  }

  /**
   * The tile that the cost model finds cheapest for a product of {@code rows} result rows,
   * {@code vectors} vectors of columns and {@code terms} terms per sum, edge tiles included.
   * Ties go to the wider tile, then to the taller one, so the choice is deterministic.
   */
  static TileShape plan(int rows, int vectors, int terms) {
    TileShape best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int v = vectors; v >= 1; v--) {
      for (int r = Math.min(rows, MAX_ROWS); r >= 1; r--) {
        TileShape tile = new TileShape(r, v);
        if (!tile.fitsRegisters()) {
          continue;
        }
        double cost = tile.cost(rows, vectors, terms);
        if (cost < bestCost) {
          best = tile;
          bestCost = cost;
        }
      }
    }
    return best;
  }

  /** Accumulators, the streamed vectors of one term and one broadcast fit in registers. */
  boolean fitsRegisters() {
    return rows * vectors + vectors + 1 <= REGISTERS;
  }

  /** Modelled cycles of a whole product in tiles of this shape and the edge tiles. */
  double cost(int productRows, int productVectors, int terms) {
    int wholeRows = productRows / rows;
    int edgeRows = productRows % rows;
    int wholeVectors = productVectors / vectors;
    int edgeVectors = productVectors % vectors;
    return wholeRows * wholeVectors * tileCost(rows, vectors, terms)
        + wholeRows * (edgeVectors > 0 ? tileCost(rows, edgeVectors, terms) : 0)
        + (edgeRows > 0 ? wholeVectors * tileCost(edgeRows, vectors, terms) : 0)
        + (edgeRows > 0 && edgeVectors > 0 ? tileCost(edgeRows, edgeVectors, terms) : 0);
  }

  private static double tileCost(int rows, int vectors, int terms) {
    double perTerm = Math.max(rows * vectors / FMA_PER_CYCLE,
        Math.max(FMA_LATENCY, (rows + vectors) / LOADS_PER_CYCLE));
    return terms * perTerm + TILE_OVERHEAD + rows * vectors;
  }
}
