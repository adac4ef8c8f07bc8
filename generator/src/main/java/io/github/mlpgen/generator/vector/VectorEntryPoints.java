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
 * The public computing methods ({@code forward}, {@code trainStep}, {@code predict}), the
 * passes they run, and the copies between the interface's {@code double[]} arrays and the
 * network's padded row-major buffers.
 */
final class VectorEntryPoints {

  private static final String LOAD_ROWS = "loadRows";
  private static final String STORE_ROWS = "storeRows";
  private static final String FORWARD_PASS = "forwardPass";
  private static final String BACKWARD_PASS = "backwardPass";
  private static final String INPUT = "input";

  /** Doubles per 256-bit vector: how many values a float class narrows at once. */
  static final int NARROWED = 4;

  private final KernelPlan plan;
  private final VectorNames names;
  private final ElementType element;
  private final VectorTypes types;

  VectorEntryPoints(KernelPlan plan, VectorNames names, VectorTypes types) {
    this.plan = plan;
    this.names = names;
    this.element = types.element();
    this.types = types;
  }

  MethodSpec forward() {
    MethodSpec.Builder method = override("forward", TypeName.get(double[].class))
        .addJavadoc(Javadocs.wrapped(
            "Runs the forward pass on the first {@code $N} rows of {@code x}.\n\n"
            + "<p>Reads {@code x} and every parameter; writes every activation and "
            + "{@code $N}, which it returns.\n", VectorNames.BATCH, VectorNames.PREDICTIONS))
        .addParameter(double[].class, "x")
        .addStatement(requireRows("x", VectorNames.INPUT))
        .addStatement("$N($L)", FORWARD_PASS, batchInput())
        .addStatement("$N($N, 0, $N)", STORE_ROWS, VectorNames.PREDICTIONS, VectorNames.BATCH)
        .addStatement("return $N", VectorNames.PREDICTIONS);
    return method.build();
  }

  MethodSpec trainStep() {
    return override("trainStep", TypeName.DOUBLE)
        .addJavadoc(Javadocs.wrapped(
            "One SGD step: forward pass, {@code G = 2(y_pred - y)}, then layer by layer from "
            + "the output: the delta of the layer below (from the old weights), the weight "
            + "and bias gradients applied at once as {@code W -= learningRate * dW} and "
            + "{@code b -= learningRate * db}.\n\n"
            + "<p>Reads {@code x}, {@code y}; modifies every parameter and buffer.\n\n"
            + "@return the loss {@code sum (y_pred - y)^2} before the update\n"))
        .addParameter(double[].class, "x")
        .addParameter(double[].class, "y")
        .addParameter(double.class, "learningRate")
        .addStatement(requireRows("x", VectorNames.INPUT))
        .addStatement(requireRows("y", VectorNames.OUTPUT))
        .addStatement("$T $N = $L", element.vector(), INPUT, batchInput())
        .addStatement("$N($N)", FORWARD_PASS, INPUT)
        .addStatement("double loss = outputGradient(y)")
        .addStatement("$N($N, $L)", BACKWARD_PASS, INPUT,
            element.fromDouble(CodeBlock.of("learningRate")))
        .addStatement("return loss")
        .build();
  }

  MethodSpec predict() {
    return override("predict", TypeName.VOID)
        .addJavadoc(Javadocs.wrapped(
            "Predicts {@code rows} rows of {@code x} into {@code out}, {@code $N} rows "
            + "at a time; a last, shorter chunk runs on the whole batch buffer and only its "
            + "first rows are copied out (rows never mix in the forward pass).\n\n"
            + "<p>Reads {@code x}; writes {@code out} and every activation.\n",
            VectorNames.BATCH))
        .addParameter(double[].class, "x")
        .addParameter(int.class, "rows")
        .addParameter(double[].class, "out")
        .beginControlFlow("if (rows < 0)")
        .addStatement("throw new $T($S + rows)", IllegalArgumentException.class,
            "rows must be >= 0, was ")
        .endControlFlow()
        .addStatement("$N(x, rows, $N, $S)", NetworkPlumbing.REQUIRE_ROWS,
            VectorNames.INPUT, "x")
        .addStatement("$N(out, rows, $N, $S)", NetworkPlumbing.REQUIRE_ROWS,
            VectorNames.OUTPUT, "out")
        .beginControlFlow("for (int first = 0; first < rows; first += $N)", VectorNames.BATCH)
        .addStatement("int count = Math.min($N, rows - first)", VectorNames.BATCH)
        .addStatement("$N(x, first, count)", LOAD_ROWS)
        .addStatement("$N($N)", FORWARD_PASS, VectorNames.X)
        .addStatement("$N(out, first, count)", STORE_ROWS)
        .endControlFlow()
        .build();
  }

  /** The passes and the copies between the interface's arrays and the buffers. */
  List<MethodSpec> helpers() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(forwardPass());
    methods.add(backwardPass());
    methods.add(loadRows());
    methods.add(storeRows());
    return methods;
  }

  /** The caller's {@code x} itself for double, else its rows converted into {@code x}. */
  private CodeBlock batchInput() {
    if (element.convertsAtBoundary()) {
      return CodeBlock.of("$N(x, 0, $N)", LOAD_ROWS, VectorNames.BATCH);
    }
    return CodeBlock.of("x");
  }

  private MethodSpec forwardPass() {
    MethodSpec.Builder method = helper(FORWARD_PASS)
        .addJavadoc(Javadocs.wrapped("Every layer's forward step, input to output.\n\n"
            + "<p>Reads {@code input} ($N rows) and the parameters; writes every activation "
            + "and {@code $N}.\n", VectorNames.BATCH, VectorNames.Y_PRED))
        .addParameter(element.vector(), INPUT);
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      if (layer == 1) {
        method.addStatement("$N($N)", names.forward(layer), INPUT);
      } else {
        method.addStatement("$N()", names.forward(layer));
      }
    }
    return method.build();
  }

  private MethodSpec backwardPass() {
    MethodSpec.Builder method = helper(BACKWARD_PASS)
        .addJavadoc(Javadocs.wrapped(
            "Every layer's gradients and update, output to input, from {@code G} in "
            + "{@code $N}. Each layer passes its delta down before its weights change.\n\n"
            + "<p>Reads {@code input}, the activations and deltas; modifies every parameter, "
            + "delta and transposed copy.\n", names.delta(plan.layerCount())))
        .addParameter(element.vector(), INPUT)
        .addParameter(element.scalar(), VectorNames.LEARNING_RATE);
    for (int layer = plan.layerCount(); layer >= 1; layer--) {
      if (layer > 1) {
        method.addStatement("$N()", names.backPropagate(layer));
        method.addStatement("$N($N)", names.updateWeights(layer), VectorNames.LEARNING_RATE);
      } else {
        method.addStatement("$N($N, $N)", names.updateWeights(layer), INPUT,
            VectorNames.LEARNING_RATE);
      }
      method.addStatement("$N($N)", names.updateBiases(layer), VectorNames.LEARNING_RATE);
      if (layer > 1) {
        method.addStatement("$N()", names.transpose(layer));
      }
    }
    return method.build();
  }

  /**
   * Copies rows of the caller's {@code x} into the input buffer. A float class narrows them 4
   * at a time with the Vector API: JDK 17 does not vectorise a scalar {@code (float)} loop, which
   * took 0.29 us for the 1,600 inputs of the seed shape against 0.08 us in vectors. Each
   * converted vector fills the low half of a float vector whose high half is zero, and its
   * store's 4 zeros are overwritten by the next store or by the scalar loop after it, so the
   * stores stop 4 elements before the buffer's end.
   */
  private MethodSpec loadRows() {
    MethodSpec.Builder method = helper(LOAD_ROWS)
        .addJavadoc(Javadocs.wrapped(
            "Copies {@code count} rows of {@code source}, from row {@code first} on, "
            + "into the first rows of {@code x}, and returns {@code x}.$L\n\n"
            + "<p>Reads {@code source}; writes {@code x}.\n", element.convertsAtBoundary()
                ? " Values are narrowed 4 at a time; each vector store also writes 4 zeros "
                    + "that the next store or the last loop overwrites."
                : ""))
        .returns(element.vector())
        .addParameter(double[].class, "source")
        .addParameter(int.class, "first")
        .addParameter(int.class, "count");
    if (!element.convertsAtBoundary()) {
      method.addStatement("$T.arraycopy(source, first * $N, $N, 0, count * $N)",
          System.class, VectorNames.INPUT, VectorNames.X, VectorNames.INPUT);
      return method.addStatement("return $N", VectorNames.X).build();
    }
    method.addStatement("int base = first * $N", VectorNames.INPUT);
    int lastStore = plan.batch() * plan.size(0) - NARROWED;
    String scalarStart = "0";
    if (lastStore >= NARROWED) {
      scalarStart = "vectorEnd";
      method.addStatement("int vectorEnd = Math.min(count * $N, $L) / $L * $L",
              VectorNames.INPUT, lastStore, NARROWED, NARROWED)
          .beginControlFlow("for (int i = 0; i < vectorEnd; i += $L)", NARROWED)
          .addStatement("(($T) $T.fromArray($N, source, base + i)$Z.convertShape($T.D2F, $N, "
              + "0)).intoArray($N, i)", types.vector(), VectorTypes.DOUBLE_VECTOR,
              VectorNames.DOUBLE_SPECIES, VectorTypes.OPERATORS, VectorNames.SPECIES,
              VectorNames.X)
          .endControlFlow();
    }
    method.beginControlFlow("for (int i = $L; i < count * $N; i++)", scalarStart,
            VectorNames.INPUT)
        .addStatement("$N[i] = $L", VectorNames.X,
            element.fromDouble(CodeBlock.of("source[base + i]")))
        .endControlFlow();
    return method.addStatement("return $N", VectorNames.X).build();
  }

  private MethodSpec storeRows() {
    String padded = names.width(plan.layerCount());
    MethodSpec.Builder method = helper(STORE_ROWS)
        .addJavadoc(Javadocs.wrapped(
            "Copies the first {@code count} rows of {@code yPred}, without their padding, "
            + "into {@code target}, from row {@code first} on.\n\n"
            + "<p>Reads {@code yPred}; writes {@code target}.\n"))
        .addParameter(double[].class, "target")
        .addParameter(int.class, "first")
        .addParameter(int.class, "count")
        .beginControlFlow("for (int row = 0; row < count; row++)");
    if (element.convertsAtBoundary()) {
      method.addStatement("int base = (first + row) * $N", VectorNames.OUTPUT)
          .beginControlFlow("for (int col = 0; col < $N; col++)", VectorNames.OUTPUT)
          .addStatement("target[base + col] = $N[row * $N + col]", VectorNames.Y_PRED, padded)
          .endControlFlow();
    } else {
      method.addStatement("$T.arraycopy($N, row * $N, target, (first + row) * $N, $N)",
          System.class, VectorNames.Y_PRED, padded, VectorNames.OUTPUT, VectorNames.OUTPUT);
    }
    return method.endControlFlow().build();
  }

  private static CodeBlock requireRows(String argument, String columns) {
    return CodeBlock.of("$N($N, $N, $N, $S)", NetworkPlumbing.REQUIRE_ROWS, argument,
        VectorNames.BATCH, columns, argument);
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static MethodSpec.Builder helper(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE);
  }
}
