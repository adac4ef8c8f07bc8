package io.github.mlpgen.generator.vector;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import java.util.List;
import java.util.Objects;

/**
 * One matrix product in broadcast-FMA form: {@code C[r][j] = sum over q of a(r, q) *
 * B[q][j]}, with {@code a(r, q) = scalars[r * rowStride + q * termStride]}
 * broadcast to every lane and {@code B} a row-major array of {@code terms} rows of {@code
 * width} columns. The result has {@code rows} rows of {@code width} columns, row-major, and
 * leaves each tile through {@link Epilogue#store}, which fuses whatever follows the product
 * (bias and ReLU, the ReLU mask, the SGD update).
 *
 * @param name the name of the method that computes the product
 * @param rows result rows
 * @param terms terms of each sum
 * @param width columns of {@code B} and of the result, a whole number of vectors
 * @param scalars the array whose elements are broadcast
 * @param rowStride how far apart two result rows' scalars are
 * @param termStride how far apart two terms' scalars are
 * @param vectors the array {@code B}, read one row of vectors per term
 * @param epilogue where the accumulators go
 * @param parameters the parameters of the method (arrays and scalars the product reads)
 */
record Product(
    String name,
    int rows,
    int terms,
    int width,
    String scalars,
    int rowStride,
    int termStride,
    String vectors,
    Epilogue epilogue,
    List<ParameterSpec> parameters) {

  Product {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scalars, "scalars");
    Objects.requireNonNull(vectors, "vectors");
    Objects.requireNonNull(epilogue, "epilogue");
    parameters = List.copyOf(parameters);
    if (rows < 1 || terms < 1 || width < 1) {
      throw new IllegalArgumentException("a product needs rows, terms and columns, was "
          + rows + " x " + terms + " x " + width);
    }
  }

  /** How each accumulator of a finished tile is written out. */
  interface Epilogue {

    /**
     * Statements that write accumulator {@code accumulator}, the vector at result index
     * {@code index} (row-major, {@code width} per row) whose first column is {@code column}.
     */
    CodeBlock store(String accumulator, CodeBlock index, CodeBlock column);
  }
}
