package io.github.mlpgen.generator.scalar;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.mlpgen.generator.emit.CommentText;
import io.github.mlpgen.generator.emit.ElementType;
import io.github.mlpgen.generator.emit.GeneratedFiles;
import io.github.mlpgen.generator.emit.Javadocs;
import io.github.mlpgen.generator.emit.LayerParameters;
import io.github.mlpgen.generator.emit.NetworkPlumbing;
import io.github.mlpgen.generator.plan.KernelPlan;
import io.github.mlpgen.generator.plan.MethodBudget;
import io.github.mlpgen.generator.spec.NetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the scalar backend's class for a spec: every size a constant, every buffer a final
 * field, every matrix an array of rows, one method per layer and step.
 */
public final class ScalarEmitter {

  /** What {@code backend()} of the generated class returns. */
  public static final String BACKEND = "scalar";

  private static final ClassName NETWORK = ClassName.get("io.github.mlpgen.runtime", "Network");

  private final NetworkSpec spec;
  private final KernelPlan plan;
  private final ScalarNames names;
  private final ElementType type;

  private ScalarEmitter(NetworkSpec spec) {
    this.spec = spec;
    this.plan = KernelPlan.of(spec);
    this.names = new ScalarNames(plan.layerCount());
    this.type = ElementType.of(spec.dtype());
  }

  /**
   * The source file of {@code spec}'s network class.
   *
   * @param spec a valid spec with the scalar backend
   * @param specFileName the spec's file name for the generated header
   * @throws IllegalStateException if a method would exceed {@link MethodBudget#TARGET}
   */
  public static JavaFile emit(NetworkSpec spec, String specFileName) {
    ScalarEmitter emitter = new ScalarEmitter(spec);
    return GeneratedFiles.javaFile(spec.packageName(), emitter.networkClass(), specFileName);
  }

  /**
   * The estimated bytecode size of every method of {@code spec}'s class, by method name in
   * source order, as {@link MethodBudget#estimate} computes it.
   */
  public static Map<String, Integer> estimatedMethodSizes(NetworkSpec spec) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (MethodSpec method : new ScalarEmitter(spec).methods()) {
      sizes.put(method.name(), MethodBudget.estimate(method.code()));
    }
    return sizes;
  }

  private TypeSpec networkClass() {
    TypeSpec.Builder type = TypeSpec.classBuilder(spec.name())
        .addJavadoc(Javadocs.wrapped("$L", classJavadoc()))
        .addAnnotation(GeneratedFiles.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(NETWORK)
        .addFields(constants())
        .addFields(buffers())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc(Javadocs.wrapped("Creates the network with every weight and bias 0.\n"))
            .addModifiers(Modifier.PUBLIC)
            .build());
    List<MethodSpec> methods = methods();
    for (MethodSpec method : methods) {
      MethodBudget.require(method.name(), MethodBudget.estimate(method.code()));
    }
    return type.addMethods(methods).build();
  }

  private List<MethodSpec> methods() {
    EntryPoints entries = new EntryPoints(plan, names, type);
    LayerMethods layers = new LayerMethods(plan, names, type);
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(NetworkPlumbing.batchSize(ScalarNames.BATCH));
    methods.add(NetworkPlumbing.layerSizes(sizeConstants()));
    methods.add(NetworkPlumbing.backend(BACKEND));
    methods.add(entries.forward());
    methods.add(entries.trainStep());
    methods.add(entries.predict());
    methods.addAll(NetworkPlumbing.parameterAccessors(layerParameters(), type));
    methods.addAll(entries.helpers());
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      methods.add(layers.forward(layer));
    }
    methods.add(layers.outputGradient());
    for (int layer = plan.layerCount(); layer >= 1; layer--) {
      methods.add(layers.weightGradients(layer));
      if (layer > 1) {
        methods.add(layers.backPropagate(layer));
      }
    }
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      methods.add(layers.update(layer));
    }
    methods.add(NetworkPlumbing.requireRows());
    return methods;
  }

  private List<String> sizeConstants() {
    List<String> constants = new ArrayList<>();
    for (int units = 0; units <= plan.layerCount(); units++) {
      constants.add(names.size(units));
    }
    return constants;
  }

  private List<LayerParameters> layerParameters() {
    List<LayerParameters> layers = new ArrayList<>();
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      layers.add(new LayerParameters(names.weights(layer), names.biases(layer),
          names.size(layer - 1), names.size(layer)));
    }
    return layers;
  }

  private List<FieldSpec> constants() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(constant(ScalarNames.BATCH, plan.batch(), "Rows per batch, {@code n}."));
    for (int units = 0; units <= plan.layerCount(); units++) {
      fields.add(constant(names.size(units), plan.size(units), sizeJavadoc(units)));
    }
    for (int units = 1; units <= plan.layerCount(); units++) {
      fields.add(FieldSpec.builder(TypeName.INT, names.width(units))
          .addJavadoc(Javadocs.wrapped(
              "{@code $N} rounded up to whole vectors of $L: the length of every row "
              + "over these units; the extra columns hold zeros.\n",
              names.size(units), plan.lanes()))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$L", plan.width(units))
          .build());
    }
    return fields;
  }

  private String sizeJavadoc(int units) {
    if (units == 0) {
      return "Inputs per row, {@code d_in}.";
    }
    return units == plan.layerCount()
        ? "Outputs per row, {@code d_out} (identity activation)."
        : "Units of hidden layer " + units + ", {@code d" + units + "} (ReLU).";
  }

  private static FieldSpec constant(String name, int value, String javadoc) {
    return FieldSpec.builder(TypeName.INT, name)
        .addJavadoc(Javadocs.wrapped("$L\n", javadoc))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", value)
        .build();
  }

  private List<FieldSpec> buffers() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(matrix(ScalarNames.X, ScalarNames.BATCH, ScalarNames.INPUT,
        "The input batch {@code x}, one row per sample."));
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      fields.addAll(layerBuffers(layer));
    }
    fields.add(FieldSpec.builder(double[].class, ScalarNames.PREDICTIONS)
        .addJavadoc(Javadocs.wrapped(
            "The predictions {@code forward} returns, {@code BATCH x OUTPUT} "
            + "row-major.\n"))
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new double[$N * $N]", ScalarNames.BATCH, ScalarNames.OUTPUT)
        .build());
    return fields;
  }

  private List<FieldSpec> layerBuffers(int layer) {
    String fanIn = names.size(layer - 1);
    String width = names.width(layer);
    boolean hidden = layer < plan.layerCount();
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(matrix(names.weights(layer), fanIn, width, "Layer " + layer + " weights {@code W"
        + layer + "}, {@code " + fanIn + " x " + names.size(layer) + "}."));
    fields.add(vector(names.biases(layer), width, "Layer " + layer + " biases {@code b"
        + layer + "}."));
    fields.add(matrix(names.weightGradient(layer), fanIn, width,
        "The gradient {@code dW" + layer + "} of the last step."));
    fields.add(vector(names.biasGradient(layer), width,
        "The gradient {@code db" + layer + "} of the last step."));
    fields.add(matrix(names.preActivation(layer), ScalarNames.BATCH, width, hidden
        ? "The pre-activation {@code h" + layer + "}."
        : "The output {@code y_pred} (identity activation of the last layer)."));
    if (hidden) {
      fields.add(matrix(names.activation(layer), ScalarNames.BATCH, width,
          "The activation {@code h" + layer + "r = ReLU(h" + layer + ")}."));
      fields.add(matrix(names.reluMask(layer), ScalarNames.BATCH, width,
          "The ReLU derivative {@code [h" + layer + " >= 0]}: 1 or 0."));
    }
    fields.add(matrix(names.delta(layer), ScalarNames.BATCH, width, "The loss gradient with "
        + "respect to {@code h" + layer + "}: {@code " + names.deltaInDerivation(layer)
        + "} in the derivation."));
    if (layer > 1) {
      fields.add(matrix(names.transposedWeights(layer), names.size(layer),
          names.width(layer - 1), "{@code W" + layer + "^T}, refreshed before each use, so "
              + "that back-propagation runs along rows."));
    }
    return fields;
  }

  private FieldSpec matrix(String name, String rows, String columns, String javadoc) {
    return FieldSpec.builder(type.matrix(), name)
        .addJavadoc(Javadocs.wrapped("$L\n", javadoc))
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T[$N][$N]", type.scalar(), rows, columns)
        .build();
  }

  private FieldSpec vector(String name, String length, String javadoc) {
    return FieldSpec.builder(type.vector(), name)
        .addJavadoc(Javadocs.wrapped("$L\n", javadoc))
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T[$N]", type.scalar(), length)
        .build();
  }

  private CodeBlock classJavadoc() {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L: $L, trained on batches of $L rows, in $L precision on scalar loops.\n",
            spec.name(), shapeText(), plan.batch(), type.scalar());
    if (!spec.description().isBlank()) {
      doc.add("\n<p>$L\n", CommentText.javadoc(spec.description().strip()));
    }
    doc.add("\n<p>Forward, as in the derivation: $L. Loss {@code L = sum (y_pred - y)^2}, "
        + "{@code G = 2(y_pred - y)}; backward: $L; then plain SGD on every layer.\n",
        forwardFormula(), backwardFormula());
    doc.add("\n<p>Every matrix is held as an array of rows, and every row over a layer's units "
        + "is padded with zeros to whole vectors of $L, so each product's innermost loop "
        + "runs over one shared index that C2 vectorises. Padding stays exactly zero. Each "
        + "sum is taken in the same order as in {@code ReferenceNetwork}.\n", plan.lanes());
    if (type.convertsAtBoundary()) {
      doc.add("\n<p>Parameters and buffers are {@code $T}; the {@code Network} interface "
          + "speaks {@code double}, so inputs, targets and parameters are converted on every "
          + "call that passes them.\n", type.scalar());
    }
    doc.add("\n<p>Instances hold all their buffers as fields, allocate nothing in "
        + "{@code forward} and {@code trainStep}, and are not thread-safe.\n");
    return doc.build();
  }

  private String shapeText() {
    StringBuilder text = new StringBuilder().append(plan.size(0));
    for (int units = 1; units < plan.layerCount(); units++) {
      text.append(" -> ").append(plan.size(units)).append(" (ReLU)");
    }
    return text.append(" -> ").append(plan.size(plan.layerCount())).toString();
  }

  private String forwardFormula() {
    List<String> steps = new ArrayList<>();
    for (int layer = 1; layer < plan.layerCount(); layer++) {
      steps.add("{@code h" + layer + " = " + names.layerInput(layer) + " . w" + layer + " + b"
          + layer + "}, {@code h" + layer + "r = ReLU(h" + layer + ")}");
    }
    int last = plan.layerCount();
    steps.add("{@code y_pred = " + names.layerInput(last) + " . w" + last + " + b" + last + "}");
    return String.join(", ", steps);
  }

  private String backwardFormula() {
    List<String> steps = new ArrayList<>();
    for (int layer = plan.layerCount(); layer >= 1; layer--) {
      String delta = names.deltaInDerivation(layer);
      steps.add("{@code dW" + layer + " = " + names.layerInput(layer) + "^T . " + delta
          + "}, {@code db" + layer + " = column sums of " + delta + "}");
      if (layer > 1) {
        steps.add("{@code " + names.deltaInDerivation(layer - 1) + " = [h" + (layer - 1)
            + " >= 0] * (" + delta + " . W" + layer + "^T)}");
      }
    }
    return String.join(", ", steps);
  }
}
