package io.github.mlpgen.generator.scalar;

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
 * passes they run, and the copies between the interface's flat arrays and the rows.
 */
final class EntryPoints {

  private static final String LOAD_ROWS = "loadRows";
  private static final String STORE_ROWS = "storeRows";
  private static final String FORWARD_PASS = "forwardPass";
  private static final String BACKWARD_PASS = "backwardPass";
  private static final String SGD_UPDATE = "sgdUpdate";

  private final KernelPlan plan;
  private final ScalarNames names;
  private final ElementType type;

  EntryPoints(KernelPlan plan, ScalarNames names, ElementType type) {
    this.plan = plan;
    this.names = names;
    this.type = type;
  }

  MethodSpec forward() {
    return override("forward", TypeName.get(double[].class))
        .addJavadoc(Javadocs.wrapped(
            "Runs the forward pass on the first {@code $N} rows of {@code x}.\n\n"
            + "<p>Reads {@code x} and every parameter; writes every activation and "
            + "{@code $N}, which it returns.\n", ScalarNames.BATCH, ScalarNames.PREDICTIONS))
        .addParameter(double[].class, "x")
        .addStatement(requireRows("x", ScalarNames.INPUT))
        .addStatement("$N(x, 0, $N)", LOAD_ROWS, ScalarNames.BATCH)
        .addStatement("$N()", FORWARD_PASS)
        .addStatement("$N($N, 0, $N)", STORE_ROWS, ScalarNames.PREDICTIONS, ScalarNames.BATCH)
        .addStatement("return $N", ScalarNames.PREDICTIONS)
        .build();
  }

  MethodSpec trainStep() {
    MethodSpec.Builder method = override("trainStep", TypeName.DOUBLE)
        .addJavadoc(Javadocs.wrapped(
            "One SGD step: forward pass, {@code G = 2(y_pred - y)}, the gradients of "
            + "every layer (all computed before any parameter changes), then "
            + "{@code W -= learningRate * dW} and {@code b -= learningRate * db}.\n\n"
            + "<p>Reads {@code x}, {@code y}; modifies every parameter and buffer.\n\n"
            + "@return the loss {@code sum (y_pred - y)^2} before the update\n"))
        .addParameter(double[].class, "x")
        .addParameter(double[].class, "y")
        .addParameter(double.class, "learningRate")
        .addStatement(requireRows("x", ScalarNames.INPUT))
        .addStatement(requireRows("y", ScalarNames.OUTPUT))
        .addStatement("$N(x, 0, $N)", LOAD_ROWS, ScalarNames.BATCH)
        .addStatement("$N()", FORWARD_PASS)
        .addStatement("double loss = outputGradient(y)")
        .addStatement("$N()", BACKWARD_PASS);
    if (type.convertsAtBoundary()) {
      method.addStatement("$N(($T) learningRate)", SGD_UPDATE, type.scalar());
    } else {
      method.addStatement("$N(learningRate)", SGD_UPDATE);
    }
    return method.addStatement("return loss").build();
  }

  MethodSpec predict() {
    return override("predict", TypeName.VOID)
        .addJavadoc(Javadocs.wrapped(
            "Predicts {@code rows} rows of {@code x} into {@code out}, {@code $N} rows "
            + "at a time; a last, shorter chunk runs on the whole batch buffer and only its "
            + "first rows are copied out (rows never mix in the forward pass).\n\n"
            + "<p>Reads {@code x}; writes {@code out} and every activation.\n",
            ScalarNames.BATCH))
        .addParameter(double[].class, "x")
        .addParameter(int.class, "rows")
        .addParameter(double[].class, "out")
        .beginControlFlow("if (rows < 0)")
        .addStatement("throw new $T($S + rows)", IllegalArgumentException.class,
            "rows must be >= 0, was ")
        .endControlFlow()
        .addStatement("$N(x, rows, $N, $S)", NetworkPlumbing.REQUIRE_ROWS,
            ScalarNames.INPUT, "x")
        .addStatement("$N(out, rows, $N, $S)", NetworkPlumbing.REQUIRE_ROWS,
            ScalarNames.OUTPUT, "out")
        .beginControlFlow("for (int first = 0; first < rows; first += $N)", ScalarNames.BATCH)
        .addStatement("int count = Math.min($N, rows - first)", ScalarNames.BATCH)
        .addStatement("$N(x, first, count)", LOAD_ROWS)
        .addStatement("$N()", FORWARD_PASS)
        .addStatement("$N(out, first, count)", STORE_ROWS)
        .endControlFlow()
        .build();
  }

  /** The passes and the copies between flat arrays and rows. */
  List<MethodSpec> helpers() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(forwardPass());
    methods.add(backwardPass());
    methods.add(sgdUpdate());
    methods.add(loadRows());
    methods.add(storeRows());
    return methods;
  }

  private MethodSpec forwardPass() {
    MethodSpec.Builder method = helper(FORWARD_PASS)
        .addJavadoc(Javadocs.wrapped("Every layer's forward step, input to output.\n\n"
            + "<p>Reads {@code x} and the parameters; writes every activation and "
            + "{@code yPred}.\n"));
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      method.addStatement("$N()", LayerMethods.forwardName(layer));
    }
    return method.build();
  }

  private MethodSpec backwardPass() {
    MethodSpec.Builder method = helper(BACKWARD_PASS)
        .addJavadoc(Javadocs.wrapped(
            "Every layer's gradients, output to input, from {@code G} in {@code $N}.\n\n"
            + "<p>Reads the activations, masks, weights and deltas; writes every gradient, "
            + "delta and transposed weight copy.\n", names.delta(plan.layerCount())));
    for (int layer = plan.layerCount(); layer >= 1; layer--) {
      method.addStatement("weightGradients$L()", layer);
      if (layer > 1) {
        method.addStatement("backPropagate$L()", layer);
      }
    }
    return method.build();
  }

  private MethodSpec sgdUpdate() {
    MethodSpec.Builder method = helper(SGD_UPDATE)
        .addJavadoc(Javadocs.wrapped("SGD on every layer, after all gradients are computed.\n\n"
            + "<p>Reads every gradient; modifies every weight and bias.\n"))
        .addParameter(type.scalar(), "learningRate");
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      method.addStatement("update$L(learningRate)", layer);
    }
    return method.build();
  }

  private MethodSpec loadRows() {
    MethodSpec.Builder method = helper(LOAD_ROWS)
        .addJavadoc(Javadocs.wrapped(
            "Copies {@code count} rows of {@code source}, from row {@code first} on, "
            + "into the first rows of {@code x}.\n\n<p>Reads {@code source}; writes {@code x}.\n"))
        .addParameter(double[].class, "source")
        .addParameter(int.class, "first")
        .addParameter(int.class, "count")
        .beginControlFlow("for (int row = 0; row < count; row++)");
    if (type.convertsAtBoundary()) {
      // The interface speaks double: every input value is narrowed once per call.
      method.addStatement("$T target = $N[row]", type.vector(), ScalarNames.X)
          .addStatement("int base = (first + row) * $N", ScalarNames.INPUT)
          .beginControlFlow("for (int col = 0; col < $N; col++)", ScalarNames.INPUT)
          .addStatement("target[col] = $L", type.fromDouble(CodeBlock.of("source[base + col]")))
          .endControlFlow();
    } else {
      method.addStatement("$T.arraycopy(source, (first + row) * $N, $N[row], 0, $N)",
          System.class, ScalarNames.INPUT, ScalarNames.X, ScalarNames.INPUT);
    }
    return method.endControlFlow().build();
  }

  private MethodSpec storeRows() {
    MethodSpec.Builder method = helper(STORE_ROWS)
        .addJavadoc(Javadocs.wrapped(
            "Copies the first {@code count} rows of {@code yPred} into {@code target}, "
            + "from row {@code first} on.\n\n<p>Reads {@code yPred}; writes {@code target}.\n"))
        .addParameter(double[].class, "target")
        .addParameter(int.class, "first")
        .addParameter(int.class, "count")
        .beginControlFlow("for (int row = 0; row < count; row++)");
    if (type.convertsAtBoundary()) {
      method.addStatement("$T source = $N[row]", type.vector(), ScalarNames.Y_PRED)
          .addStatement("int base = (first + row) * $N", ScalarNames.OUTPUT)
          .beginControlFlow("for (int col = 0; col < $N; col++)", ScalarNames.OUTPUT)
          .addStatement("target[base + col] = source[col]")
          .endControlFlow();
    } else {
      method.addStatement("$T.arraycopy($N[row], 0, target, (first + row) * $N, $N)",
          System.class, ScalarNames.Y_PRED, ScalarNames.OUTPUT, ScalarNames.OUTPUT);
    }
    return method.endControlFlow().build();
  }

  private static CodeBlock requireRows(String argument, String columns) {
    return CodeBlock.of("$N($N, $N, $N, $S)", NetworkPlumbing.REQUIRE_ROWS, argument,
        ScalarNames.BATCH, columns, argument);
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
