package io.github.mlpgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The methods of {@code io.github.mlpgen.runtime.Network} that do not compute anything:
 * sizes, the backend's name, parameter accessors and argument checks. Every backend emits the
 * same text for them, so a network's public behaviour outside the kernels never differs
 * between backends.
 */
public final class NetworkPlumbing {

  /** The helper every public entry point calls to check an argument's length. */
  public static final String REQUIRE_ROWS = "requireRows";

  private static final String COPY_ROWS_OUT = "copyRowsOut";
  private static final String COPY_ROWS_IN = "copyRowsIn";
  private static final String COPY_OUT = "copyOut";
  private static final String COPY_IN = "copyIn";
  private static final String INVALID_LAYER = "invalidLayer";

  private static final TypeName DOUBLES = TypeName.get(double[].class);

  private NetworkPlumbing() {}

  /** {@code batchSize()}, returning {@code batchConstant}. */
  public static MethodSpec batchSize(String batchConstant) {
    return override("batchSize", TypeName.INT)
        .addJavadoc(Javadocs.wrapped("Rows per batch: {@code $N}.\n", batchConstant))
        .addStatement("return $N", batchConstant)
        .build();
  }

  /** {@code layerSizes()}, a fresh array of the given constants, input first. */
  public static MethodSpec layerSizes(List<String> sizeConstants) {
    return override("layerSizes", TypeName.get(int[].class))
        .addJavadoc(Javadocs.wrapped(
            "A new array of the layer sizes, input first, output last.\n"))
        .addStatement("return new int[] {$L}", String.join(", ", sizeConstants))
        .build();
  }

  /** {@code backend()}, returning {@code name}. */
  public static MethodSpec backend(String name) {
    return override("backend", TypeName.get(String.class))
        .addJavadoc(Javadocs.wrapped("The name of the backend that emitted this class.\n"))
        .addStatement("return $S", name)
        .build();
  }

  /**
   * {@code getWeights}, {@code setWeights}, {@code getBiases}, {@code setBiases} over
   * {@code layers} (layer {@code 0} first), and the private helpers they call. Only the
   * {@code fanIn x fanOut} values are copied, so padding columns stay zero.
   */
  public static List<MethodSpec> parameterAccessors(
      List<LayerParameters> layers, ElementType type) {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(accessor("getWeights", "dst", layers, NetworkPlumbing::weightsOut));
    methods.add(accessor("setWeights", "src", layers, NetworkPlumbing::weightsIn));
    methods.add(accessor("getBiases", "dst", layers, NetworkPlumbing::biasesOut));
    methods.add(accessor("setBiases", "src", layers, NetworkPlumbing::biasesIn));
    methods.add(copyRowsOut(type));
    methods.add(copyRowsIn(type));
    methods.add(copyOut(type));
    methods.add(copyIn(type));
    methods.add(invalidLayer(layers.size()));
    return methods;
  }

  /**
   * {@code requireRows(values, rows, columns, name)}: throws an {@code
   * IllegalArgumentException} naming the argument when {@code values} holds fewer than {@code
   * rows x columns} values.
   */
  public static MethodSpec requireRows() {
    return MethodSpec.methodBuilder(REQUIRE_ROWS)
        .addJavadoc(Javadocs.wrapped(
            "Checks that {@code values} holds {@code rows x columns} values.\n"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(DOUBLES, "values")
        .addParameter(TypeName.INT, "rows")
        .addParameter(TypeName.INT, "columns")
        .addParameter(String.class, "name")
        .beginControlFlow("if (values.length < (long) rows * columns)")
        .addStatement(
            "throw new $T(name + $S + rows + $S + columns$W+ $S + values.length)",
            IllegalArgumentException.class, " must hold ", " rows of ", " values, has ")
        .endControlFlow()
        .build();
  }

  private interface LayerCopy {
    CodeBlock copy(LayerParameters layer, int index, String array);
  }

  private static MethodSpec accessor(
      String name, String array, List<LayerParameters> layers, LayerCopy copy) {
    boolean reads = array.equals("dst");
    MethodSpec.Builder method = override(name, TypeName.VOID)
        .addParameter(TypeName.INT, "layer")
        .addParameter(DOUBLES, array)
        .beginControlFlow("switch (layer)");
    for (int index = 0; index < layers.size(); index++) {
      method.addCode("case $L -> $L;\n", index, copy.copy(layers.get(index), index, array));
    }
    method.addStatement("default -> throw $N(layer)", INVALID_LAYER);
    return method.endControlFlow()
        .addJavadoc(Javadocs.wrapped(reads
            ? "Copies the $L of {@code layer} into {@code dst}, row-major.\n"
            : "Replaces the $L of {@code layer} with {@code src}, row-major.\n",
            name.endsWith("Weights") ? "weights" : "biases"))
        .build();
  }

  private static CodeBlock weightsOut(LayerParameters layer, int index, String dst) {
    return CodeBlock.of("$N($N, $N, $N)", COPY_ROWS_OUT, layer.weights(), layer.fanOut(), dst);
  }

  private static CodeBlock weightsIn(LayerParameters layer, int index, String src) {
    return CodeBlock.of("$N($N, $N, $N)", COPY_ROWS_IN, src, layer.fanOut(), layer.weights());
  }

  private static CodeBlock biasesOut(LayerParameters layer, int index, String dst) {
    return CodeBlock.of("$N($N, $N, $N)", COPY_OUT, layer.biases(), layer.fanOut(), dst);
  }

  private static CodeBlock biasesIn(LayerParameters layer, int index, String src) {
    return CodeBlock.of("$N($N, $N, $N)", COPY_IN, src, layer.fanOut(), layer.biases());
  }

  private static MethodSpec copyRowsOut(ElementType type) {
    MethodSpec.Builder method = helper(COPY_ROWS_OUT,
        "Copies the first {@code columns} values of every row into {@code dst}, row-major.\n")
        .addParameter(type.matrix(), "rows")
        .addParameter(TypeName.INT, "columns")
        .addParameter(DOUBLES, "dst")
        .addStatement("$N(dst, rows.length, columns, $S)", REQUIRE_ROWS, "dst")
        .beginControlFlow("for (int row = 0; row < rows.length; row++)");
    if (type.convertsAtBoundary()) {
      method.beginControlFlow("for (int column = 0; column < columns; column++)")
          .addStatement("dst[row * columns + column] = rows[row][column]")
          .endControlFlow();
    } else {
      method.addStatement("$T.arraycopy(rows[row], 0, dst, row * columns, columns)", System.class);
    }
    return method.endControlFlow().build();
  }

  private static MethodSpec copyRowsIn(ElementType type) {
    MethodSpec.Builder method = helper(COPY_ROWS_IN,
        "Copies {@code src}, row-major, into the first {@code columns} values of every row.\n")
        .addParameter(DOUBLES, "src")
        .addParameter(TypeName.INT, "columns")
        .addParameter(type.matrix(), "rows")
        .addStatement("$N(src, rows.length, columns, $S)", REQUIRE_ROWS, "src")
        .beginControlFlow("for (int row = 0; row < rows.length; row++)");
    if (type.convertsAtBoundary()) {
      method.beginControlFlow("for (int column = 0; column < columns; column++)")
          .addStatement("rows[row][column] = $L",
              type.fromDouble(CodeBlock.of("src[row * columns + column]")))
          .endControlFlow();
    } else {
      method.addStatement("$T.arraycopy(src, row * columns, rows[row], 0, columns)", System.class);
    }
    return method.endControlFlow().build();
  }

  private static MethodSpec copyOut(ElementType type) {
    MethodSpec.Builder method = helper(COPY_OUT,
        "Copies the first {@code count} values of {@code vector} into {@code dst}.\n")
        .addParameter(type.vector(), "vector")
        .addParameter(TypeName.INT, "count")
        .addParameter(DOUBLES, "dst")
        .addStatement("$N(dst, 1, count, $S)", REQUIRE_ROWS, "dst");
    if (type.convertsAtBoundary()) {
      method.beginControlFlow("for (int column = 0; column < count; column++)")
          .addStatement("dst[column] = vector[column]")
          .endControlFlow();
    } else {
      method.addStatement("$T.arraycopy(vector, 0, dst, 0, count)", System.class);
    }
    return method.build();
  }

  private static MethodSpec copyIn(ElementType type) {
    MethodSpec.Builder method = helper(COPY_IN,
        "Copies the first {@code count} values of {@code src} into {@code vector}.\n")
        .addParameter(DOUBLES, "src")
        .addParameter(TypeName.INT, "count")
        .addParameter(type.vector(), "vector")
        .addStatement("$N(src, 1, count, $S)", REQUIRE_ROWS, "src");
    if (type.convertsAtBoundary()) {
      method.beginControlFlow("for (int column = 0; column < count; column++)")
          .addStatement("vector[column] = $L", type.fromDouble(CodeBlock.of("src[column]")))
          .endControlFlow();
    } else {
      method.addStatement("$T.arraycopy(src, 0, vector, 0, count)", System.class);
    }
    return method.build();
  }

  private static MethodSpec invalidLayer(int layerCount) {
    return helper(INVALID_LAYER, "The exception for a layer index out of range.\n")
        .returns(IllegalArgumentException.class)
        .addParameter(TypeName.INT, "layer")
        .addStatement("return new $T($S + layer)", IllegalArgumentException.class,
            "layer must be between 0 and " + (layerCount - 1) + ", was ")
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static MethodSpec.Builder helper(String name, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(Javadocs.wrapped("$L", javadoc))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
  }
}
