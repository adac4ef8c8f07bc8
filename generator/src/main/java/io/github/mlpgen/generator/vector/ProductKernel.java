package io.github.mlpgen.generator.vector;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import io.github.mlpgen.generator.emit.Javadocs;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one {@link Product} as register-blocked micro-kernels: a driver method that walks
 * the result's columns a tile width at a time, and one block method per tile shape (whole
 * tiles, and the narrower or shorter tiles at the edges) that walks the rows.
 *
 * <p>Accumulators start at zero: starting them from a loaded value (such as the bias) makes
 * C2 keep them on the stack, since every row's accumulator would share that one value.
 * Each block method holds exactly one tile body, so its accumulators live in one
 * method's locals (C2 keeps them in registers and never boxes them) and every method stays
 * small enough for both JIT tiers. The reduction loop counts terms one by one and every
 * index in it is that counter times a constant plus a loop-invariant base, the form whose
 * range checks C2 hoists out of the loop (an index kept in a second variable that the loop
 * steps is checked on every load). A product one tile wide has no column loop at all: its
 * block methods read constant columns.
 */
final class ProductKernel {

  private static final String COLUMN = "col";
  private static final String ROW = "row";

  private final Product product;
  private final TileShape tile;
  private final int lanes;
  private final VectorTypes types;

  ProductKernel(Product product, TileShape tile, int lanes, VectorTypes types) {
    if (product.width() % lanes != 0) {
      throw new IllegalArgumentException(
          product.name() + ": width " + product.width() + " is not whole vectors of " + lanes);
    }
    this.product = product;
    this.tile = tile;
    this.lanes = lanes;
    this.types = types;
  }

  /** The driver method, with {@code javadoc}, then every block method it calls. */
  List<MethodSpec> methods(CodeBlock javadoc) {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(driver(javadoc));
    for (int vectors : columnTiles()) {
      for (int rows : rowTiles()) {
        methods.add(block(rows, vectors));
      }
    }
    return methods;
  }

  private MethodSpec driver(CodeBlock javadoc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(product.name())
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PRIVATE)
        .addParameters(product.parameters());
    int tileColumns = tile.vectors() * lanes;
    int wholeColumns = wholeColumnTiles() * tileColumns;
    if (oneColumnTile()) {
      addBlockCalls(method, tile.vectors(), CodeBlock.of("0"));
    } else if (wholeColumnTiles() > 0) {
      method.beginControlFlow("for (int $L = 0; $L < $L; $L += $L)",
          COLUMN, COLUMN, wholeColumns, COLUMN, tileColumns);
      addBlockCalls(method, tile.vectors(), CodeBlock.of("$L", COLUMN));
      method.endControlFlow();
    }
    if (remainderVectors() > 0) {
      addBlockCalls(method, remainderVectors(), CodeBlock.of("$L", wholeColumns));
    }
    return method.build();
  }

  private void addBlockCalls(MethodSpec.Builder method, int vectors, CodeBlock column) {
    for (int rows : rowTiles()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (ParameterSpec parameter : product.parameters()) {
        arguments.add(CodeBlock.of("$N", parameter));
      }
      if (!oneColumnTile()) {
        arguments.add(column);
      }
      method.addStatement("$L($L)", blockName(rows, vectors), CodeBlock.join(arguments, ", "));
    }
  }

  /** Whether one tile spans the whole width, so that every tile starts at column 0. */
  private boolean oneColumnTile() {
    return wholeColumnTiles() == 1 && remainderVectors() == 0;
  }

  /** The first column of the tile: the {@code col} parameter, or 0 for a one-tile width. */
  private CodeBlock column() {
    return oneColumnTile() ? CodeBlock.of("0") : CodeBlock.of("$L", COLUMN);
  }

  /** Vectors per column tile: whole tiles, then the remainder if any. */
  private List<Integer> columnTiles() {
    List<Integer> tiles = new ArrayList<>();
    if (wholeColumnTiles() > 0) {
      tiles.add(tile.vectors());
    }
    if (remainderVectors() > 0) {
      tiles.add(remainderVectors());
    }
    return tiles;
  }

  /** Rows per row tile: whole tiles, then the remainder if any. */
  private List<Integer> rowTiles() {
    List<Integer> tiles = new ArrayList<>();
    if (wholeRows() > 0) {
      tiles.add(tile.rows());
    }
    if (product.rows() % tile.rows() > 0) {
      tiles.add(product.rows() % tile.rows());
    }
    return tiles;
  }

  private int wholeColumnTiles() {
    return product.width() / lanes / tile.vectors();
  }

  private int remainderVectors() {
    return product.width() / lanes % tile.vectors();
  }

  private int wholeRows() {
    return product.rows() / tile.rows() * tile.rows();
  }

  private String blockName(int rows, int vectors) {
    return product.name() + "Block" + rows + "x" + vectors;
  }

  /** One tile shape: a loop over whole row tiles, or the single tile of the last rows. */
  private MethodSpec block(int rows, int vectors) {
    boolean whole = rows == tile.rows();
    String from = oneColumnTile() ? "all columns" : "from column {@code col}";
    MethodSpec.Builder method = MethodSpec.methodBuilder(blockName(rows, vectors))
        .addJavadoc(Javadocs.wrapped(whole
            ? "Tiles of $L rows x $L columns of {@code $L}, for rows 0 to $L, $L.\n"
            : "The last $L rows x $L columns of {@code $L}, row $L on, $L.\n",
            rows, vectors * lanes, product.name(), whole ? wholeRows() - 1 : wholeRows(), from))
        .addModifiers(Modifier.PRIVATE)
        .addParameters(product.parameters());
    if (!oneColumnTile()) {
      method.addParameter(TypeName.INT, COLUMN);
    }
    if (whole) {
      method.beginControlFlow("for (int $L = 0; $L < $L; $L += $L)",
          ROW, ROW, wholeRows(), ROW, rows);
    } else {
      method.addStatement("int $L = $L", ROW, wholeRows());
    }
    method.addCode(tileBody(rows, vectors));
    if (whole) {
      method.endControlFlow();
    }
    return method.build();
  }

  private CodeBlock tileBody(int rows, int vectors) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (int r = 0; r < rows; r++) {
      for (int v = 0; v < vectors; v++) {
        body.addStatement("$T $L = $T.zero($N)", types.vector(), accumulator(r, v),
            types.vector(), VectorNames.SPECIES);
      }
    }
    body.addStatement("int aq = $L", times(ROW, product.rowStride()));
    body.beginControlFlow("for (int q = 0; q < $L; q++)", product.terms());
    body.addStatement("int bq = $L", plus(times("q", product.width()), column()));
    body.addStatement("int sq = $L", plus(CodeBlock.of("aq"), times("q", product.termStride())));
    for (int v = 0; v < vectors; v++) {
      body.addStatement("$T v$L = $T.fromArray($N, $N, $L)", types.vector(), v,
          types.vector(), VectorNames.SPECIES, product.vectors(),
          plus(CodeBlock.of("bq"), v * lanes));
    }
    for (int r = 0; r < rows; r++) {
      body.addStatement("$T s$L = $T.broadcast($N, $N[$L])", types.vector(), r,
          types.vector(), VectorNames.SPECIES, product.scalars(),
          plus(CodeBlock.of("sq"), r * product.rowStride()));
      for (int v = 0; v < vectors; v++) {
        body.addStatement("$L = s$L.fma(v$L, $L)", accumulator(r, v), r, v, accumulator(r, v));
      }
    }
    body.endControlFlow();
    body.addStatement("int out = $L", plus(times(ROW, product.width()), column()));
    for (int r = 0; r < rows; r++) {
      for (int v = 0; v < vectors; v++) {
        body.add(product.epilogue().store(accumulator(r, v),
            plus(CodeBlock.of("out"), r * product.width() + v * lanes),
            plus(column(), v * lanes)));
      }
    }
    return body.build();
  }

  private static String accumulator(int row, int vector) {
    return "acc" + row + "_" + vector;
  }

  private static CodeBlock plus(CodeBlock base, int offset) {
    if (base.toString().equals("0")) {
      return CodeBlock.of("$L", offset);
    }
    return offset == 0 ? base : CodeBlock.of("$L + $L", base, offset);
  }

  /** {@code left + right}, leaving out a literal 0 on either side. */
  private static CodeBlock plus(CodeBlock left, CodeBlock right) {
    if (right.toString().equals("0")) {
      return left;
    }
    return left.toString().equals("0") ? right : CodeBlock.of("$L + $L", left, right);
  }

  private static CodeBlock times(String variable, int factor) {
    return factor == 1 ? CodeBlock.of("$L", variable) : CodeBlock.of("$L * $L", variable, factor);
  }
}
