package io.github.mlpgen.generator.scalar;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.mlpgen.generator.emit.ElementType;
import io.github.mlpgen.generator.emit.Javadocs;
import io.github.mlpgen.generator.plan.KernelPlan;
import javax.lang.model.element.Modifier;

/**
 * The per-layer kernels of the scalar backend: forward step, output gradient, weight and bias
 * gradients, back-propagation and SGD update. Each is its own method, so no method's size
 * grows with the network's depth, and every sum keeps the reference's order.
 */
final class LayerMethods {

  /** Rows and columns of one block of a transposed copy: 8 doubles fill a cache line. */
  private static final int TRANSPOSE_BLOCK = 8;

  /** A transposed copy up to this size fits a 32 KiB L1 data cache: no blocking needed. */
  private static final long L1_BYTES = 32 * 1024;

  private final KernelPlan plan;
  private final ScalarNames names;
  private final ElementType type;
  private final ProductEmitter products;

  LayerMethods(KernelPlan plan, ScalarNames names, ElementType type) {
    this.plan = plan;
    this.names = names;
    this.type = type;
    this.products = new ProductEmitter(type);
  }

  /** {@code h<l> = a . w<l> + b<l>}, then ReLU and its mask for a hidden layer. */
  MethodSpec forward(int layer) {
    boolean output = layer == plan.layerCount();
    String h = names.preActivation(layer);
    String input = names.layerInput(layer);
    String w = names.weights(layer);
    String b = names.biases(layer);
    MethodSpec.Builder method = kernel(forwardName(layer));
    if (output) {
      method.addJavadoc(Javadocs.wrapped(
          "Output layer: {@code y_pred = $L . $L + $L}.\n\n", input, w, b))
          .addJavadoc(Javadocs.wrapped(
              "<p>Reads {@code $L}, {@code $L}, {@code $L}; writes {@code $L}.\n",
              input, w, b, h));
    } else {
      method.addJavadoc(Javadocs.wrapped(
              "Hidden layer $L: {@code $L = $L . $L + $L}, {@code $L = ReLU($L)}, "
                  + "{@code $L = [$L >= 0]}.\n\n",
              layer, h, input, w, b, names.activation(layer), h, names.reluMask(layer), h))
          .addJavadoc(Javadocs.wrapped(
              "<p>Reads {@code $L}, {@code $L}, {@code $L}; writes {@code $L}, "
                  + "{@code $L}, {@code $L}.\n",
              input, w, b, h, names.activation(layer), names.reluMask(layer)));
    }
    method.addCode(products.emit(plan.forward(layer), new ProductEmitter.Operands(
        h + " = " + input + " . " + w, ProductEmitter.rowsOf(h),
        ProductEmitter.rowMajor(input), w, names.width(layer))));
    return method.addCode(output ? addBias(layer) : activate(layer)).build();
  }

  /** {@code G = 2(y_pred - y)} and the loss. */
  MethodSpec outputGradient() {
    int last = plan.layerCount();
    String delta = names.delta(last);
    MethodSpec.Builder method = kernel("outputGradient")
        .addJavadoc(Javadocs.wrapped("{@code G = 2(y_pred - y)} into {@code $L}, and the loss "
            + "{@code L = sum (y_pred - y)^2}, summed row by row as the reference does.\n\n",
            delta))
        .addJavadoc(Javadocs.wrapped("<p>Reads {@code $L} and {@code y}; writes {@code $L}.\n\n",
            ScalarNames.Y_PRED, delta))
        .addJavadoc(Javadocs.wrapped("@param y the targets, {@code $L x $L} row-major\n",
            ScalarNames.BATCH, ScalarNames.OUTPUT))
        .addJavadoc(Javadocs.wrapped("@return the loss of the batch\n"))
        .addParameter(double[].class, "y")
        .returns(TypeName.DOUBLE)
        .addStatement("double loss = 0.0")
        .beginControlFlow("for (int row = 0; row < $N; row++)", ScalarNames.BATCH)
        .addStatement("$T prediction = $N[row]", type.vector(), ScalarNames.Y_PRED)
        .addStatement("$T g = $N[row]", type.vector(), delta)
        .addStatement("int base = row * $N", ScalarNames.OUTPUT)
        .beginControlFlow("for (int col = 0; col < $N; col++)", ScalarNames.OUTPUT)
        .addStatement("double error = prediction[col] - y[base + col]")
        .addStatement("loss += error * error")
        .addStatement("g[col] = $L", type.fromDouble(CodeBlock.of("2.0 * error")))
        .endControlFlow()
        .endControlFlow()
        .addStatement("return loss");
    return method.build();
  }

  /** {@code dW<l> = a^T . delta<l>} and {@code db<l> = column sums of delta<l>}. */
  MethodSpec weightGradients(int layer) {
    String input = names.layerInput(layer);
    String delta = names.delta(layer);
    String dw = names.weightGradient(layer);
    String db = names.biasGradient(layer);
    String deltaName = names.deltaInDerivation(layer);
    MethodSpec.Builder method = kernel("weightGradients" + layer)
        .addJavadoc(Javadocs.wrapped(
            "Layer $L gradients: {@code dW$L = $L^T . $L}, {@code db$L = column sums of "
            + "$L}, with {@code $L} held in {@code $L}.\n\n",
            layer, layer, input, deltaName, layer, deltaName, deltaName, delta))
        .addJavadoc(Javadocs.wrapped(
            "<p>Reads {@code $L}, {@code $L}; writes {@code $L}, {@code $L}.\n",
            input, delta, dw, db));
    method.addCode(products.emit(plan.weightGradient(layer), new ProductEmitter.Operands(
        dw + " = " + input + "^T . " + delta, ProductEmitter.rowsOf(dw),
        ProductEmitter.transposed(input), delta, names.width(layer))));
    method.addCode(products.emit(plan.biasGradient(layer), new ProductEmitter.Operands(
        db + " = column sums of " + delta, ProductEmitter.vector(db), null, delta,
        names.width(layer))));
    return method.build();
  }

  /** {@code delta<l-1> = [h<l-1> >= 0] * (delta<l> . w<l>^T)}, for layers 2 to L. */
  MethodSpec backPropagate(int layer) {
    int below = layer - 1;
    String w = names.weights(layer);
    String wT = names.transposedWeights(layer);
    String delta = names.delta(layer);
    String target = names.delta(below);
    String mask = names.reluMask(below);
    MethodSpec.Builder method = kernel("backPropagate" + layer)
        .addJavadoc(Javadocs.wrapped(
            "Back through layer $L: {@code $L = [h$L >= 0] * ($L . w$L^T)}, into "
                + "{@code $L}; {@code $L = $L^T} is refreshed first so that the product runs "
                + "along rows.\n\n",
            layer, names.deltaInDerivation(below), below, names.deltaInDerivation(layer),
            layer, target, wT, w))
        .addJavadoc(Javadocs.wrapped(
            "<p>Reads {@code $L}, {@code $L}, {@code $L}; writes {@code $L}, "
            + "{@code $L}.\n", w, delta, mask, wT, target));
    method.addCode(transpose(layer));
    method.addCode(products.emit(plan.propagation(layer), new ProductEmitter.Operands(
        target + " = " + delta + " . " + wT, ProductEmitter.rowsOf(target),
        ProductEmitter.rowMajor(delta), wT, names.width(below))));
    method.beginControlFlow("for (int row = 0; row < $N; row++)", ScalarNames.BATCH)
        .addStatement("$T d = $N[row]", type.vector(), target)
        .addStatement("$T m = $N[row]", type.vector(), mask)
        .beginControlFlow("for (int col = 0; col < $N; col++)", names.width(below))
        .addStatement("d[col] *= m[col]")
        .endControlFlow()
        .endControlFlow();
    return method.build();
  }

  /** {@code w<l> -= lr * dw<l>}, {@code b<l> -= lr * db<l>}. */
  MethodSpec update(int layer) {
    String w = names.weights(layer);
    String b = names.biases(layer);
    String dw = names.weightGradient(layer);
    String db = names.biasGradient(layer);
    String width = names.width(layer);
    return kernel("update" + layer)
        .addJavadoc(Javadocs.wrapped("SGD on layer $L: {@code W$L -= learningRate * dW$L}, "
            + "{@code b$L -= learningRate * db$L}.\n\n", layer, layer, layer, layer, layer))
        .addJavadoc(Javadocs.wrapped(
            "<p>Reads {@code $L}, {@code $L}; modifies {@code $L}, {@code $L}.\n",
            dw, db, w, b))
        .addParameter(type.scalar(), "learningRate")
        .beginControlFlow("for (int row = 0; row < $N; row++)", names.size(layer - 1))
        .addStatement("$T weights = $N[row]", type.vector(), w)
        .addStatement("$T gradient = $N[row]", type.vector(), dw)
        .beginControlFlow("for (int col = 0; col < $N; col++)", width)
        .addStatement("weights[col] -= learningRate * gradient[col]")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for (int col = 0; col < $N; col++)", width)
        .addStatement("$N[col] -= learningRate * $N[col]", b, db)
        .endControlFlow()
        .build();
  }

  static String forwardName(int layer) {
    return "forwardLayer" + layer;
  }

  private CodeBlock activate(int layer) {
    String zero = type.literal(0);
    return CodeBlock.builder()
        .beginControlFlow("for (int row = 0; row < $N; row++)", ScalarNames.BATCH)
        .addStatement("$T h = $N[row]", type.vector(), names.preActivation(layer))
        .addStatement("$T relu = $N[row]", type.vector(), names.activation(layer))
        .addStatement("$T mask = $N[row]", type.vector(), names.reluMask(layer))
        .beginControlFlow("for (int col = 0; col < $N; col++)", names.width(layer))
        .addStatement("$T v = h[col] + $N[col]", type.scalar(), names.biases(layer))
        .addStatement("h[col] = v")
        .addStatement("relu[col] = Math.max(v, $L)", zero)
        .addStatement("mask[col] = v >= $L ? $L : $L", zero, type.literal(1), zero)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private CodeBlock addBias(int layer) {
    return CodeBlock.builder()
        .beginControlFlow("for (int row = 0; row < $N; row++)", ScalarNames.BATCH)
        .addStatement("$T h = $N[row]", type.vector(), names.preActivation(layer))
        .beginControlFlow("for (int col = 0; col < $N; col++)", names.width(layer))
        .addStatement("h[col] += $N[col]", names.biases(layer))
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /**
   * {@code wT = w^T}. A copy larger than {@link #L1_BYTES} walks square blocks of {@link
   * #TRANSPOSE_BLOCK}: a plain double loop writes one element into every row of {@code wT}
   * in turn, a cache miss each at large sizes. A smaller one stays in L1, where the plain
   * loop is faster.
   */
  private CodeBlock transpose(int layer) {
    String inputs = names.size(layer - 1);
    String outputs = names.size(layer);
    long bytes = (long) plan.size(layer - 1) * plan.width(layer) * type.bytes();
    if (bytes <= L1_BYTES) {
      return CodeBlock.builder()
          .beginControlFlow("for (int row = 0; row < $N; row++)", inputs)
          .addStatement("$T w = $N[row]", type.vector(), names.weights(layer))
          .beginControlFlow("for (int col = 0; col < $N; col++)", outputs)
          .addStatement("$N[col][row] = w[col]", names.transposedWeights(layer))
          .endControlFlow()
          .endControlFlow()
          .build();
    }
    return CodeBlock.builder()
        .beginControlFlow("for (int row0 = 0; row0 < $N; row0 += $L)", inputs, TRANSPOSE_BLOCK)
        .addStatement("int rowEnd = Math.min(row0 + $L, $N)", TRANSPOSE_BLOCK, inputs)
        .beginControlFlow("for (int col0 = 0; col0 < $N; col0 += $L)", outputs,
            TRANSPOSE_BLOCK)
        .addStatement("int colEnd = Math.min(col0 + $L, $N)", TRANSPOSE_BLOCK, outputs)
        .beginControlFlow("for (int row = row0; row < rowEnd; row++)")
        .addStatement("$T w = $N[row]", type.vector(), names.weights(layer))
        .beginControlFlow("for (int col = col0; col < colEnd; col++)")
        .addStatement("$N[col][row] = w[col]", names.transposedWeights(layer))
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private static MethodSpec.Builder kernel(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE);
  }
}
