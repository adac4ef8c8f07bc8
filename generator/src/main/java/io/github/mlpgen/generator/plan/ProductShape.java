package io.github.mlpgen.generator.plan;

/**
 * One matrix product in the contiguous form the scalar kernels use: for every result row
 * {@code r}, {@code C[r][:] = sum over q of a(r, q) * B[q][:]}, the sum taken in ascending
 * {@code q} from 0, over {@code width} columns.
 *
 * <p>The innermost loop runs over the columns of one row of {@code C} and one row of each
 * {@code B[q]}, all at the same index, so HotSpot's C2 can vectorise it. Rows are taken
 * {@code rowBlock} at a time, so each loaded element of {@code B} serves several rows, and
 * terms {@code termBlock} at a time, so each column's partial sum is loaded and stored once
 * per block rather than once per term. The first block of terms starts the sums at zero; the
 * rest accumulate; a short tail of terms follows at constant indices.
 *
 * @param rows result rows
 * @param terms terms of each sum (the reduced dimension)
 * @param width columns of {@code C} and of every {@code B[q]}, padding included
 * @param rowBlock result rows per pass over the columns
 * @param termBlock terms per pass over the columns
 */
public record ProductShape(int rows, int terms, int width, int rowBlock, int termBlock) {

  public ProductShape {
    requirePositive("rows", rows);
    requirePositive("terms", terms);
    requirePositive("width", width);
    requirePositive("rowBlock", rowBlock);
    requirePositive("termBlock", termBlock);
  }

  /** Rows handled {@code rowBlock} at a time: {@code [0, blockedRows())}. */
  public int blockedRows() {
    return rows - rows % rowBlock;
  }

  /** Terms of the first block, which starts the sums at zero: {@code [0, headTerms())}. */
  public int headTerms() {
    return Math.min(termBlock, terms);
  }

  /** End of the loop over whole blocks of terms: {@code [headTerms(), loopEnd())}. */
  public int loopEnd() {
    return headTerms() + (terms - headTerms()) / termBlock * termBlock;
  }

  /** Terms left after the loop, handled at constant indices: {@code [loopEnd(), terms)}. */
  public int tailTerms() {
    return terms - loopEnd();
  }

  /** Multiply-adds the product performs, padding included. */
  public long multiplyAdds() {
    return (long) rows * terms * width;
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
  }
}
