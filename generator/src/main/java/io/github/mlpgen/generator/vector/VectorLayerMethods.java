package io.github.mlpgen.generator.vector;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import io.github.mlpgen.generator.emit.ElementType;
import io.github.mlpgen.generator.emit.Javadocs;
import io.github.mlpgen.generator.plan.KernelPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The per-layer kernels of the vector backend. The three products of every layer are
 * {@link ProductKernel}s with fused epilogues: the forward product adds the bias and
 * stores {@code h} and {@code ReLU(h)}; back-propagation applies the ReLU mask as it stores;
 * the weight gradient is never stored, the SGD update is applied to each tile of it at once,
 * as one FMA ({@code p + (-lr) g}, rounded once). The rest (output gradient, bias update,
 * transposed copies) is short and not blocked.
 *
 * <p>The update epilogue is one FMA because of how C2 compiles the Vector API on JDK 17: it
 * inlines every vector operation late, after parsing, and a kernel method whose epilogue
 * inlines too much code leaves its last stores as calls, which box every vector of the method
 * (several times slower, megabytes per step). Measured here at the 784-256-128-10 shape with
 * no type profiles ({@code -XX:-TieredCompilation}): with the update written {@code p - lr *
 * g}, the train step allocated 2.3 MB per step for good; with the FMA, nothing once compiled.
 * With profiles, the {@code p - lr * g} form boxed for good in 5 JVMs of 8.
 *
 * <p>Where it can, a vector method is called on a fresh vector with the loop-carried sum as
 * argument ({@code b.add(acc)}, {@code rate.fma(acc, p)}): C2 knows a fresh vector's class
 * exactly, a loop-carried sum's class only from the type profile; {@code a + b == b + a}
 * bit for bit.
 *
 * <p>ReLU is {@code acc.blend(0, acc.compare(LE, 0))}, the value {@code Math.max(acc, 0)} has,
 * NaN and {@code -0.0} included. Both {@code max} forms cost more: JDK 17 compiles {@code
 * zero.max(acc)} into a sequence of blends (VEX-only instructions, so on the 16 lower
 * registers), and with it C2 kept accumulators on the stack through the whole reduction
 * loop, 3 of the 4 x 5 tile of {@code x W1} and 7 of the 8 x 3 tile of {@code h1r W2} at
 * 784-256-128-10, while 9 registers stayed unused: the step took 1.60 ms against 1.45 ms
 * with the blend (best of 12 runs of 200 steps, 2 JVMs each). In a JVM that had trained a
 * float class first, that double class boxed 2.5 MB per step with {@code zero.max(acc)} and
 * nothing with the blend; {@code acc.max(0.0)} boxed 80 MB. The sums start from zero:
 * starting them from the bias spilled 5 accumulators of the 4 x 5 tile.
 */
final class VectorLayerMethods {

  /** Bias columns summed at once: independent add chains that hide the add latency. */
  private static final int BIAS_VECTORS = 4;

  /** Rows and columns of one block of a transposed copy: 8 doubles fill a cache line. */
  private static final int TRANSPOSE_BLOCK = 8;

  /** Rows of a weight matrix that a transposed copy that fits L1 copies per pass. */
  private static final int TRANSPOSE_ROWS = 4;

  /** A transposed copy up to this size fits a 32 KiB L1 data cache: no blocking needed. */
  static final long L1_BYTES = 32 * 1024;

  private final KernelPlan plan;
  private final VectorNames names;
  private final VectorTypes types;
  private final ElementType element;

  VectorLayerMethods(KernelPlan plan, VectorNames names, VectorTypes types) {
    this.plan = plan;
    this.names = names;
    this.types = types;
    this.element = types.element();
  }

  /** {@code h<l> = in . w<l> + b<l>}, and {@code h<l>r = ReLU(h<l>)} for a hidden layer. */
  List<MethodSpec> forward(int layer) {
    boolean output = layer == plan.layerCount();
    String input = names.layerInput(layer);
    String h = names.preActivation(layer);
    String w = names.weights(layer);
    String b = names.biases(layer);
    Product product = new Product(names.forward(layer), plan.batch(), plan.size(layer - 1),
        plan.width(layer), input, plan.width(layer - 1), 1, w,
        forwardEpilogue(layer, output), layer == 1 ? List.of(inputParameter()) : List.of());
    CodeBlock javadoc = output
        ? Javadocs.wrapped("Output layer: {@code y_pred = $L . $L + $L}.\n\n"
            + "<p>Reads {@code $L}, {@code $L}, {@code $L}; writes {@code $L}.\n",
            input, w, b, input, w, b, h)
        : Javadocs.wrapped("Hidden layer $L: {@code $L = $L . $L + $L}, "
            + "{@code $L = ReLU($L)}.\n\n<p>Reads {@code $L}, {@code $L}, {@code $L}; "
            + "writes {@code $L}, {@code $L}.\n",
            layer, h, input, w, b, names.activation(layer), h, input, w, b, h,
            names.activation(layer));
    return kernel(product).methods(javadoc);
  }

  /** {@code delta<l-1> = [h<l-1> >= 0] * (delta<l> . w<l>^T)}, for layers 2 to L. */
  List<MethodSpec> backPropagate(int layer) {
    String delta = names.delta(layer);
    String previous = names.delta(layer - 1);
    String mask = names.preActivation(layer - 1);
    Product product = new Product(names.backPropagate(layer), plan.batch(), plan.size(layer),
        plan.width(layer - 1), delta, plan.width(layer), 1, names.transposedWeights(layer),
        backPropagationEpilogue(mask, previous), List.of());
    CodeBlock javadoc = Javadocs.wrapped("Back-propagation through layer $L: {@code $L = [$L "
        + ">= 0] * ($L . W$L^T)}, held in {@code $L}, from the transposed copy {@code $L}.\n\n"
        + "<p>Reads {@code $L}, {@code $L}, {@code $L}; writes {@code $L}.\n",
        layer, names.deltaInDerivation(layer - 1), mask, names.deltaInDerivation(layer), layer,
        previous, names.transposedWeights(layer), delta, names.transposedWeights(layer), mask,
        previous);
    return kernel(product).methods(javadoc);
  }

  /**
   * {@code w<l> -= learningRate * (in^T . delta<l>)}: the weight gradient's tiles go straight
   * into the update, so it is never stored.
   */
  List<MethodSpec> updateWeights(int layer) {
    String input = names.layerInput(layer);
    String w = names.weights(layer);
    String delta = names.delta(layer);
    List<ParameterSpec> parameters = new ArrayList<>();
    if (layer == 1) {
      parameters.add(inputParameter());
    }
    parameters.add(learningRateParameter());
    Product product = new Product(names.updateWeights(layer), plan.size(layer - 1),
        plan.batch(), plan.width(layer), input, 1, plan.width(layer - 1), delta,
        updateEpilogue(w), parameters);
    CodeBlock javadoc = Javadocs.wrapped("Layer $L weight gradient and SGD: {@code dW$L = $L^T "
        + ". $L} tile by tile, each tile applied at once as {@code $L -= learningRate * "
        + "dW$L}. Runs after {@code $L} has used the old {@code $L}.\n\n"
        + "<p>Reads {@code $L}, {@code $L}; modifies {@code $L}.\n",
        layer, layer, input, names.deltaInDerivation(layer), w, layer,
        layer > 1 ? names.backPropagate(layer) : "nothing else", w, input, delta, w);
    return kernel(product).methods(javadoc);
  }

  /** {@code b<l> -= learningRate * (column sums of delta<l>)}. */
  MethodSpec updateBiases(int layer) {
    String b = names.biases(layer);
    String delta = names.delta(layer);
    int vectors = plan.width(layer) / plan.lanes();
    MethodSpec.Builder method = kernelMethod(names.updateBiases(layer))
        .addJavadoc(Javadocs.wrapped("Layer $L bias gradient and SGD: {@code db$L = column sums "
            + "of $L}, {@code $L -= learningRate * db$L}, $L columns at a time.\n\n"
            + "<p>Reads {@code $L}; modifies {@code $L}.\n",
            layer, layer, names.deltaInDerivation(layer), b, layer,
            BIAS_VECTORS * plan.lanes(), delta, b))
        .addParameter(learningRateParameter());
    int groups = vectors / BIAS_VECTORS;
    int groupWidth = BIAS_VECTORS * plan.lanes();
    if (groups > 0) {
      method.beginControlFlow("for (int col = 0; col < $L; col += $L)",
          groups * groupWidth, groupWidth);
      method.addCode(biasColumns(layer, CodeBlock.of("col"), BIAS_VECTORS));
      method.endControlFlow();
    }
    if (vectors % BIAS_VECTORS > 0) {
      method.addCode(biasColumns(layer, CodeBlock.of("$L", groups * groupWidth),
          vectors % BIAS_VECTORS));
    }
    return method.build();
  }

  /** Sums {@code vectors} vectors of columns from {@code column} over the batch, then SGD. */
  private CodeBlock biasColumns(int layer, CodeBlock column, int vectors) {
    int width = plan.width(layer);
    CodeBlock.Builder code = CodeBlock.builder().add("{\n").indent();
    for (int v = 0; v < vectors; v++) {
      code.addStatement("$T sum$L = $T.zero($N)", types.vector(), v, types.vector(),
          VectorNames.SPECIES);
    }
    code.beginControlFlow("for (int row = 0; row < $L; row += $L)",
        plan.batch() * width, width);
    for (int v = 0; v < vectors; v++) {
      code.addStatement("sum$L = $T.fromArray($N, $N, row + $L).add(sum$L)", v,
          types.vector(), VectorNames.SPECIES, names.delta(layer), offset(column, v), v);
    }
    code.endControlFlow();
    for (int v = 0; v < vectors; v++) {
      CodeBlock index = offset(column, v);
      code.addStatement("$L.fma(sum$L,$W$T.fromArray($N, $N, $L))$Z.intoArray($N, $L)",
          descentRate(), v, types.vector(), VectorNames.SPECIES, names.biases(layer), index,
          names.biases(layer), index);
    }
    return code.unindent().add("}\n").build();
  }

  private CodeBlock offset(CodeBlock column, int vector) {
    return vector == 0 ? column : CodeBlock.of("$L + $L", column, vector * plan.lanes());
  }

  /**
   * {@code G = 2(y_pred - y)} and the loss. In a double class, whole vectors of each row's
   * outputs are differenced at once and their squares summed lane by lane, the last {@code
   * OUTPUT % lanes} outputs of a row one at a time; the lanes are added in a fixed order at
   * the end, so the loss is the same on every run (a lane-wise reduction of the Vector API
   * may add in any order). At the seed shape this took the method from 0.26 us to 0.14 us
   * (best of 15 runs), the scalar loop being one chain of dependent adds.
   *
   * <p>A float class first narrows the targets into a padded float buffer, then runs one loop
   * of float vectors over the whole padded batch, padding included (0 - 0 there), as {@link
   * #floatOutputGradient} says.
   */
  MethodSpec outputGradient() {
    if (element.convertsAtBoundary()) {
      return floatOutputGradient();
    }
    int last = plan.layerCount();
    String delta = names.delta(last);
    int lanes = plan.lanes();
    int vectorColumns = plan.size(last) / lanes * lanes;
    MethodSpec.Builder method = kernelMethod("outputGradient")
        .addJavadoc(Javadocs.wrapped("{@code G = 2(y_pred - y)} into {@code $L}, and the loss "
            + "{@code L = sum (y_pred - y)^2}, $L.\n\n"
            + "<p>Reads {@code $L} and {@code y}; writes {@code $L}.\n\n"
            + "@param y the targets, {@code $L x $L} row-major\n@return the loss of the batch\n",
            delta, vectorColumns > 0
                ? "summed lane by lane over whole vectors of each row, then in a fixed order"
                : "summed row by row as the reference does",
            VectorNames.Y_PRED, delta, VectorNames.BATCH, VectorNames.OUTPUT))
        .addParameter(double[].class, "y")
        .returns(TypeName.DOUBLE);
    String scalarSum = vectorColumns > 0 ? "tail" : "loss";
    if (vectorColumns > 0) {
      method.addStatement("$T squares = $T.zero($N)", types.vector(), types.vector(),
          VectorNames.SPECIES);
    }
    boolean scalarColumns = vectorColumns < plan.size(last);
    if (scalarColumns) {
      method.addStatement("double $L = 0.0", scalarSum);
    }
    method.beginControlFlow("for (int row = 0; row < $N; row++)", VectorNames.BATCH)
        .addStatement("int padded = row * $N", names.width(last))
        .addStatement("int target = row * $N", VectorNames.OUTPUT);
    if (vectorColumns > 0) {
      method.beginControlFlow("for (int col = 0; col < $L; col += $L)", vectorColumns, lanes)
          .addStatement("$T error = $T.fromArray($N, $N, padded + col)$Z.sub($T.fromArray($N, "
              + "y, target + col))", types.vector(), types.vector(), VectorNames.SPECIES,
              VectorNames.Y_PRED, types.vector(), VectorNames.SPECIES)
          .addStatement("squares = error.fma(error, squares)")
          .addStatement("error.add(error).intoArray($N, padded + col)", delta)
          .endControlFlow();
    }
    if (scalarColumns) {
      method.beginControlFlow("for (int col = $L; col < $N; col++)", vectorColumns,
              VectorNames.OUTPUT)
          .addStatement("double error = $N[padded + col] - y[target + col]", VectorNames.Y_PRED)
          .addStatement("$L += error * error", scalarSum)
          .addStatement("$N[padded + col] = $L", delta,
              element.fromDouble(CodeBlock.of("2.0 * error")))
          .endControlFlow();
    }
    method.endControlFlow();
    if (vectorColumns > 0) {
      method.addStatement("$T lanes = $T.zero($N).add(squares)", types.vector(), types.vector(),
          VectorNames.SPECIES);
      CodeBlock.Builder sum = CodeBlock.builder().add("lanes.lane(0)");
      for (int lane = 1; lane < lanes; lane++) {
        sum.add(" + lanes.lane($L)", lane);
      }
      method.addStatement("return $L$L", sum.build(), scalarColumns ? " + tail" : "");
    } else {
      method.addStatement("return loss");
    }
    return method.build();
  }

  /**
   * The float class's {@code G = 2(y_pred - y)}: the targets narrowed to float one by one into
   * a buffer padded like {@code yPred} (its padding stays zero), then one loop of float
   * vectors over the whole padded batch. Each error is {@code y_pred - (float) y} rounded to
   * float, and the squares are summed in float lanes, added in double in a fixed order at the
   * end. At the seed shape the method takes 0.13 us, against 0.21 us as a scalar loop in
   * double (best of 9 runs of 20,000 calls each). Widening the predictions to {@code
   * DoubleVector}s instead ({@code F2D}) made a double class trained after the float one in
   * the same JVM box its vectors, 296 MB per 100 steps at 784-256-128-10, in 3 JVMs of 5.
   */
  private MethodSpec floatOutputGradient() {
    int last = plan.layerCount();
    String delta = names.delta(last);
    int padded = plan.batch() * plan.width(last);
    CodeBlock.Builder lanes = CodeBlock.builder().add("(double) lanes.lane(0)");
    for (int lane = 1; lane < plan.lanes(); lane++) {
      lanes.add(" +$Wlanes.lane($L)", lane);
    }
    return kernelMethod("outputGradient")
        .addJavadoc(Javadocs.wrapped("{@code G = 2(y_pred - y)} into {@code $L}, and the loss "
            + "{@code L = sum (y_pred - y)^2}, in float: the targets are narrowed into "
            + "{@code $L}, the squares summed lane by lane over the padded batch, then in a "
            + "fixed order.\n\n<p>Reads {@code $L} and {@code y}; writes {@code $L}, "
            + "{@code $L}.\n\n@param y the targets, {@code $L x $L} row-major\n"
            + "@return the loss of the batch\n", delta, VectorNames.TARGETS,
            VectorNames.Y_PRED, VectorNames.TARGETS, delta, VectorNames.BATCH,
            VectorNames.OUTPUT))
        .addParameter(double[].class, "y")
        .returns(TypeName.DOUBLE)
        .beginControlFlow("for (int row = 0; row < $N; row++)", VectorNames.BATCH)
        .addStatement("int padded = row * $N", names.width(last))
        .addStatement("int target = row * $N", VectorNames.OUTPUT)
        .beginControlFlow("for (int col = 0; col < $N; col++)", VectorNames.OUTPUT)
        .addStatement("$N[padded + col] = $L", VectorNames.TARGETS,
            element.fromDouble(CodeBlock.of("y[target + col]")))
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T squares = $T.zero($N)", types.vector(), types.vector(),
            VectorNames.SPECIES)
        .beginControlFlow("for (int i = 0; i < $L; i += $L)", padded, plan.lanes())
        .addStatement("$T error = $T.fromArray($N, $N, i)$Z.sub($T.fromArray($N, $N, i))",
            types.vector(), types.vector(), VectorNames.SPECIES, VectorNames.Y_PRED,
            types.vector(), VectorNames.SPECIES, VectorNames.TARGETS)
        .addStatement("squares = error.fma(error, squares)")
        .addStatement("error.add(error).intoArray($N, i)", delta)
        .endControlFlow()
        .addStatement("$T lanes = $T.zero($N).add(squares)", types.vector(), types.vector(),
            VectorNames.SPECIES)
        .addStatement("return $L", lanes.build())
        .build();
  }

  /**
   * {@code w<l>T = w<l>^T}: refreshed whenever {@code w<l>} changes. A copy larger than
   * {@link #L1_BYTES} walks square blocks of {@link #TRANSPOSE_BLOCK}, so that both the rows
   * it reads and the rows it writes stay in cache: a plain double loop writes one element
   * per cache line and, at 256 x 128, took longer than the product that needs the copy. A
   * smaller one stays in L1 anyway, where a plain loop is faster (measured here at 25 x 25:
   * 0.17 us plain, 0.44 us blocked). The plain loop copies {@link #TRANSPOSE_ROWS} rows per
   * pass, writing that many neighbours of each transposed row at once: at 25 x 25 in float
   * 0.10 us, against 0.16 us a row at a time (best of 9 runs); at 256 x 128 the blocks stay
   * faster (15 us, against 35 us).
   */
  MethodSpec transpose(int layer) {
    String w = names.weights(layer);
    String transposed = names.transposedWeights(layer);
    String inputs = names.size(layer - 1);
    String outputs = names.size(layer);
    String inputWidth = names.width(layer - 1);
    String outputWidth = names.width(layer);
    long bytes = (long) plan.width(layer - 1) * plan.size(layer) * element.bytes();
    boolean blocked = bytes > L1_BYTES;
    MethodSpec.Builder method = kernelMethod(names.transpose(layer))
        .addJavadoc(Javadocs.wrapped("Refreshes {@code $L = $L^T} after {@code $L} changed, so "
            + "that back-propagation reads rows$L. Padding columns stay zero.\n\n"
            + "<p>Reads {@code $L}; writes {@code $L}.\n", transposed, w, w,
            blocked ? ", in blocks of " + TRANSPOSE_BLOCK + " x " + TRANSPOSE_BLOCK
                : ", " + TRANSPOSE_ROWS + " rows of {@code " + w + "} at a time", w,
            transposed));
    CodeBlock oneElement = CodeBlock.of("$N[out * $N + in] = $N[in * $N + out]", transposed,
        inputWidth, w, outputWidth);
    if (blocked) {
      return method
          .beginControlFlow("for (int in0 = 0; in0 < $N; in0 += $L)", inputs, TRANSPOSE_BLOCK)
          .addStatement("int inEnd = Math.min(in0 + $L, $N)", TRANSPOSE_BLOCK, inputs)
          .beginControlFlow("for (int out0 = 0; out0 < $N; out0 += $L)", outputs,
              TRANSPOSE_BLOCK)
          .addStatement("int outEnd = Math.min(out0 + $L, $N)", TRANSPOSE_BLOCK, outputs)
          .beginControlFlow("for (int in = in0; in < inEnd; in++)")
          .beginControlFlow("for (int out = out0; out < outEnd; out++)")
          .addStatement(oneElement)
          .endControlFlow()
          .endControlFlow()
          .endControlFlow()
          .endControlFlow()
          .build();
    }
    int wholeRows = plan.size(layer - 1) / TRANSPOSE_ROWS * TRANSPOSE_ROWS;
    if (wholeRows > 0) {
      method.beginControlFlow("for (int in = 0; in < $L; in += $L)", wholeRows, TRANSPOSE_ROWS)
          .beginControlFlow("for (int out = 0; out < $N; out++)", outputs)
          .addStatement("int to = out * $N + in", inputWidth)
          .addStatement("int from = in * $N + out", outputWidth);
      for (int row = 0; row < TRANSPOSE_ROWS; row++) {
        method.addStatement("$N[$L] = $N[$L]", transposed, row == 0 ? "to" : "to + " + row, w,
            row == 0 ? "from" : row == 1 ? CodeBlock.of("from + $N", outputWidth)
                : CodeBlock.of("from + $L * $N", row, outputWidth));
      }
      method.endControlFlow().endControlFlow();
    }
    if (wholeRows < plan.size(layer - 1)) {
      method.beginControlFlow("for (int in = $L; in < $N; in++)", wholeRows, inputs)
          .beginControlFlow("for (int out = 0; out < $N; out++)", outputs)
          .addStatement(oneElement)
          .endControlFlow()
          .endControlFlow();
    }
    return method.build();
  }


  private Product.Epilogue forwardEpilogue(int layer, boolean output) {
    String b = names.biases(layer);
    String h = names.preActivation(layer);
    String activation = names.activation(layer);
    return new Product.Epilogue() {
      @Override
      public CodeBlock store(String accumulator, CodeBlock index, CodeBlock column) {
        CodeBlock.Builder code = CodeBlock.builder()
            .addStatement("$N = $T.fromArray($N, $N, $L).add($N)", accumulator,
                types.vector(), VectorNames.SPECIES, b, column, accumulator)
            .addStatement("$N.intoArray($N, $L)", accumulator, h, index);
        if (!output) {
          code.addStatement("$N.blend($L, $N.compare($T.LE, $L)).intoArray($N, $L)",
              accumulator, types.zero(), accumulator, VectorTypes.OPERATORS, types.zero(),
              activation, index);
        }
        return code.build();
      }
    };
  }

  private Product.Epilogue backPropagationEpilogue(String mask, String target) {
    return new Product.Epilogue() {
      @Override
      public CodeBlock store(String accumulator, CodeBlock index, CodeBlock column) {
        return CodeBlock.builder()
            .addStatement("$L.blend($N,$W$T.fromArray($N, $N, $L)$Z.compare($T.GE, $L))$Z"
                + ".intoArray($N, $L)", zeroVector(), accumulator, types.vector(),
                VectorNames.SPECIES, mask, index, VectorTypes.OPERATORS, types.zero(), target,
                index)
            .build();
      }
    };
  }

  private Product.Epilogue updateEpilogue(String weights) {
    return new Product.Epilogue() {
      @Override
      public CodeBlock store(String accumulator, CodeBlock index, CodeBlock column) {
        return CodeBlock.builder()
            .addStatement("$L.fma($N,$W$T.fromArray($N, $N, $L))$Z.intoArray($N, $L)",
                descentRate(), accumulator, types.vector(), VectorNames.SPECIES, weights,
                index, weights, index)
            .build();
      }
    };
  }

  /** {@code -learningRate} in every lane: {@code rate.fma(g, p)} is the step {@code p - lr g}. */
  private CodeBlock descentRate() {
    return CodeBlock.of("$T.broadcast($N, -$N)", types.vector(), VectorNames.SPECIES,
        VectorNames.LEARNING_RATE);
  }

  private CodeBlock zeroVector() {
    return CodeBlock.of("$T.zero($N)", types.vector(), VectorNames.SPECIES);
  }

  /** The product's kernel, in the tile {@link TileShape#plan} finds cheapest for its sizes. */
  private ProductKernel kernel(Product product) {
    int vectors = product.width() / plan.lanes();
    TileShape tile = TileShape.plan(product.rows(), vectors, product.terms());
    return new ProductKernel(product, tile, plan.lanes(), types);
  }

  private ParameterSpec inputParameter() {
    return ParameterSpec.builder(element.vector(), names.layerInput(1)).build();
  }

  private ParameterSpec learningRateParameter() {
    return ParameterSpec.builder(element.scalar(), VectorNames.LEARNING_RATE).build();
  }

  private static MethodSpec.Builder kernelMethod(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE);
  }
}
