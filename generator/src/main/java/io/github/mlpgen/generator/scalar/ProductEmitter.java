package io.github.mlpgen.generator.scalar;

import com.palantir.javapoet.CodeBlock;
import io.github.mlpgen.generator.emit.ElementType;
import io.github.mlpgen.generator.plan.ProductShape;

/**
 * Emits one matrix product in the form {@link ProductShape} describes. Every array access in
 * the innermost loop is {@code array[col]} on a row hoisted into a local, one shared index
 * and no offset, which is what lets C2 prove the accesses independent and vectorise them.
 * Each column's sum is built in ascending term order starting from zero, exactly as
 * {@code ReferenceNetwork} builds it, so the scalar kernels round exactly as it does.
 */
final class ProductEmitter {

  /** The coefficient {@code a(row, term)} of a product, as an expression. */
  interface Coefficient {
    CodeBlock at(Index row, Index term);
  }

  /**
   * The operands of one product: {@code C[row] = sum a(row, term) * B[term]}.
   *
   * @param formula the product as the derivation writes it, for a comment
   * @param result the rows of {@code C}
   * @param coefficient {@code a(row, term)}, or null for sums of the rows of {@code B}
   * @param right the matrix {@code B}, an array of rows
   * @param widthConstant the constant naming the columns of {@code C} and {@code B}
   */
  record Operands(String formula, ResultRow result, Coefficient coefficient, String right,
      String widthConstant) {}

  /** The row of the result a given row index names, as an expression. */
  interface ResultRow {
    CodeBlock at(Index row);
  }

  private final ElementType type;

  ProductEmitter(ElementType type) {
    this.type = type;
  }

  /** {@code a(row, term) = matrix[row][term]}. */
  static Coefficient rowMajor(String matrix) {
    return (row, term) -> CodeBlock.of("$N[$L][$L]", matrix, row, term);
  }

  /** {@code a(row, term) = matrix[term][row]}: the product of a transposed matrix. */
  static Coefficient transposed(String matrix) {
    return (row, term) -> CodeBlock.of("$N[$L][$L]", matrix, term, row);
  }

  /** Result rows {@code matrix[row]}. */
  static ResultRow rowsOf(String matrix) {
    return row -> CodeBlock.of("$N[$L]", matrix, row);
  }

  /** A single result row: the vector {@code vector} itself. */
  static ResultRow vector(String vector) {
    return row -> CodeBlock.of("$N", vector);
  }

  /** The statements computing the whole product. */
  CodeBlock emit(ProductShape shape, Operands operands) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("// $L, in passes over the columns of $L x $L (rows x terms)\n",
            operands.formula(), shape.rowBlock(), shape.termBlock());
    int blocks = shape.blockedRows() / shape.rowBlock();
    if (blocks > 1) {
      code.beginControlFlow("for (int row = 0; row < $L; row += $L)",
          shape.blockedRows(), shape.rowBlock());
      rows(code, shape, operands, Index.variable("row"), shape.rowBlock());
      code.endControlFlow();
    } else if (blocks == 1) {
      braced(code, () -> rows(code, shape, operands, Index.constant(0), shape.rowBlock()));
    }
    for (int row = shape.blockedRows(); row < shape.rows(); row++) {
      Index last = Index.constant(row);
      braced(code, () -> rows(code, shape, operands, last, 1));
    }
    return code.build();
  }

  private void rows(
      CodeBlock.Builder code, ProductShape shape, Operands operands, Index row, int count) {
    for (int r = 0; r < count; r++) {
      code.addStatement("$T c$L = $L", type.vector(), r, operands.result().at(row.plus(r)));
    }
    Block block = new Block(operands, row, count);
    braced(code, () -> block.emit(code, Index.constant(0), shape.headTerms(), true));
    int loopBlocks = (shape.loopEnd() - shape.headTerms()) / shape.termBlock();
    if (loopBlocks > 1) {
      code.beginControlFlow("for (int term = $L; term < $L; term += $L)",
          shape.headTerms(), shape.loopEnd(), shape.termBlock());
      block.emit(code, Index.variable("term"), shape.termBlock(), false);
      code.endControlFlow();
    } else if (loopBlocks == 1) {
      Index term = Index.constant(shape.headTerms());
      braced(code, () -> block.emit(code, term, shape.termBlock(), false));
    }
    if (shape.tailTerms() > 0) {
      Index tail = Index.constant(shape.loopEnd());
      braced(code, () -> block.emit(code, tail, shape.tailTerms(), false));
    }
  }

  private static void braced(CodeBlock.Builder code, Runnable body) {
    code.add("{\n$>");
    body.run();
    code.add("$<}\n");
  }

  /** One pass over the columns for a block of rows and a block of terms. */
  private final class Block {
    private final Operands operands;
    private final Index row;
    private final int rows;

    Block(Operands operands, Index row, int rows) {
      this.operands = operands;
      this.row = row;
      this.rows = rows;
    }

    void emit(CodeBlock.Builder code, Index term, int terms, boolean start) {
      Coefficient coefficient = operands.coefficient();
      if (coefficient != null) {
        for (int r = 0; r < rows; r++) {
          for (int t = 0; t < terms; t++) {
            code.addStatement("$T a$L$L = $L",
                type.scalar(), r, t, coefficient.at(row.plus(r), term.plus(t)));
          }
        }
      }
      for (int t = 0; t < terms; t++) {
        code.addStatement("$T r$L = $N[$L]", type.vector(), t, operands.right(), term.plus(t));
      }
      code.beginControlFlow("for (int col = 0; col < $N; col++)", operands.widthConstant());
      // With several rows, each element of B is loaded once and used by every row.
      boolean shared = rows > 1;
      if (shared) {
        for (int t = 0; t < terms; t++) {
          code.addStatement("$T u$L = r$L[col]", type.scalar(), t, t);
        }
      }
      for (int r = 0; r < rows; r++) {
        if (start) {
          code.addStatement("$T t$L = $L", type.scalar(), r, type.literal(0));
        } else {
          code.addStatement("$T t$L = c$L[col]", type.scalar(), r, r);
        }
        for (int t = 0; t < terms; t++) {
          String element = shared ? "u" + t : "r" + t + "[col]";
          code.addStatement(coefficient == null ? "t$L += $L" : "t$L += a$L$L * $L",
              coefficient == null ? new Object[] {r, element} : new Object[] {r, r, t, element});
        }
        code.addStatement("c$L[col] = t$L", r, r);
      }
      code.endControlFlow();
    }
  }
}
