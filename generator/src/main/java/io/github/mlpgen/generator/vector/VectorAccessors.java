package io.github.mlpgen.generator.vector;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.mlpgen.generator.emit.ElementType;
import io.github.mlpgen.generator.emit.Javadocs;
import io.github.mlpgen.generator.emit.NetworkPlumbing;
import io.github.mlpgen.generator.plan.KernelPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code getWeights}, {@code setWeights}, {@code getBiases} and {@code setBiases} over flat
 * padded buffers (the shared plumbing serves arrays of rows). Only the real {@code fanIn x
 * fanOut} values are copied, so padding stays zero, and replacing weights refreshes their
 * transposed copy. Messages match the other backends'.
 */
final class VectorAccessors {

  private static final String COPY_OUT = "copyOut";
  private static final String COPY_IN = "copyIn";
  private static final String INVALID_LAYER = "invalidLayer";
  private static final TypeName DOUBLES = TypeName.get(double[].class);

  private final KernelPlan plan;
  private final VectorNames names;
  private final ElementType element;

  VectorAccessors(KernelPlan plan, VectorNames names, ElementType element) {
    this.plan = plan;
    this.names = names;
    this.element = element;
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(accessor("getWeights", "dst", true, true));
    methods.add(accessor("setWeights", "src", true, false));
    methods.add(accessor("getBiases", "dst", false, true));
    methods.add(accessor("setBiases", "src", false, false));
    methods.add(copyOut());
    methods.add(copyIn());
    methods.add(invalidLayer());
    return methods;
  }

  private MethodSpec accessor(String name, String array, boolean weights, boolean reads) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(Javadocs.wrapped(reads
            ? "Copies the $L of {@code layer} into {@code dst}, row-major.\n"
            : "Replaces the $L of {@code layer} with {@code src}, row-major.\n",
            weights ? "weights" : "biases"))
        .addParameter(TypeName.INT, "layer")
        .addParameter(DOUBLES, array)
        .beginControlFlow("switch (layer)");
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      String buffer = weights ? names.weights(layer) : names.biases(layer);
      CodeBlock rows = weights ? CodeBlock.of("$N", names.size(layer - 1)) : CodeBlock.of("1");
      CodeBlock copy = reads
          ? CodeBlock.of("$N($N, $L, $N, $N, dst)", COPY_OUT, buffer, rows, names.size(layer),
              names.width(layer))
          : CodeBlock.of("$N(src, $L, $N, $N, $N)", COPY_IN, rows, names.size(layer),
              names.width(layer), buffer);
      if (weights && !reads && layer > 1) {
        method.addCode("case $L -> {\n$>$L;\n$N();\n$<}\n", layer - 1, copy,
            names.transpose(layer));
      } else {
        method.addCode("case $L -> $L;\n", layer - 1, copy);
      }
    }
    method.addStatement("default -> throw $N(layer)", INVALID_LAYER);
    return method.endControlFlow().build();
  }

  private MethodSpec copyOut() {
    MethodSpec.Builder method = helper(COPY_OUT,
        "Copies {@code rows x columns} values of {@code buffer}, whose rows are {@code "
        + "stride} apart, into {@code dst}, row-major.\n")
        .addParameter(element.vector(), "buffer")
        .addParameter(TypeName.INT, "rows")
        .addParameter(TypeName.INT, "columns")
        .addParameter(TypeName.INT, "stride")
        .addParameter(DOUBLES, "dst")
        .addStatement("$N(dst, rows, columns, $S)", NetworkPlumbing.REQUIRE_ROWS, "dst")
        .beginControlFlow("for (int row = 0; row < rows; row++)")
        .beginControlFlow("for (int col = 0; col < columns; col++)")
        .addStatement("dst[row * columns + col] = buffer[row * stride + col]")
        .endControlFlow()
        .endControlFlow();
    return method.build();
  }

  private MethodSpec copyIn() {
    MethodSpec.Builder method = helper(COPY_IN,
        "Copies {@code src}, {@code rows x columns} row-major, into {@code buffer}, whose "
        + "rows are {@code stride} apart.\n")
        .addParameter(DOUBLES, "src")
        .addParameter(TypeName.INT, "rows")
        .addParameter(TypeName.INT, "columns")
        .addParameter(TypeName.INT, "stride")
        .addParameter(element.vector(), "buffer")
        .addStatement("$N(src, rows, columns, $S)", NetworkPlumbing.REQUIRE_ROWS, "src")
        .beginControlFlow("for (int row = 0; row < rows; row++)")
        .beginControlFlow("for (int col = 0; col < columns; col++)")
        .addStatement("buffer[row * stride + col] = $L",
            element.fromDouble(CodeBlock.of("src[row * columns + col]")))
        .endControlFlow()
        .endControlFlow();
    return method.build();
  }

  private MethodSpec invalidLayer() {
    return helper(INVALID_LAYER, "The exception for a layer index out of range.\n")
        .returns(IllegalArgumentException.class)
        .addParameter(TypeName.INT, "layer")
        .addStatement("return new $T($S + layer)", IllegalArgumentException.class,
            "layer must be between 0 and " + (plan.layerCount() - 1) + ", was ")
        .build();
  }

  private static MethodSpec.Builder helper(String name, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(Javadocs.wrapped("$L", javadoc))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
  }
}
