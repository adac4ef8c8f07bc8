package io.github.mlpgen.generator.vector;

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
import io.github.mlpgen.generator.emit.NetworkPlumbing;
import io.github.mlpgen.generator.plan.KernelPlan;
import io.github.mlpgen.generator.plan.MethodBudget;
import io.github.mlpgen.generator.spec.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the vector backend's class for a spec: every size a constant, every buffer a flat
 * row-major final field padded to whole 256-bit vectors, and the six products of a training
 * step as register-blocked broadcast-FMA kernels on {@code jdk.incubator.vector}.
 *
 * <p>The generated source needs {@code --add-modules jdk.incubator.vector} to compile and to
 * run, as long as the Vector API is incubating.
 */
public final class VectorEmitter {

  /** What {@code backend()} of the generated class returns. */
  public static final String BACKEND = "vector";

  /** javac and java need this option pair for the generated class. */
  public static final List<String> MODULE_OPTIONS =
      List.of("--add-modules", "jdk.incubator.vector");

  private static final ClassName NETWORK = ClassName.get("io.github.mlpgen.runtime", "Network");

  private final NetworkSpec spec;
  private final KernelPlan plan;
  private final VectorNames names;
  private final ElementType element;
  private final VectorTypes types;

  private VectorEmitter(NetworkSpec spec) {
    this.spec = spec;
    this.plan = KernelPlan.of(spec);
    this.names = new VectorNames(plan.layerCount());
    this.element = ElementType.of(spec.dtype());
    this.types = new VectorTypes(element);
  }

  /**
   * The source file of {@code spec}'s network class.
   *
   * @param spec a valid spec (its backend is not consulted)
   * @param specFileName the spec's file name for the generated header
   * @throws IllegalStateException if a method would exceed {@link MethodBudget#TARGET}
   */
  public static JavaFile emit(NetworkSpec spec, String specFileName) {
    VectorEmitter emitter = new VectorEmitter(spec);
    return GeneratedFiles.javaFile(spec.packageName(), emitter.networkClass(), specFileName);
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
    VectorEntryPoints entries = new VectorEntryPoints(plan, names, types);
    VectorLayerMethods layers = new VectorLayerMethods(plan, names, types);
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(NetworkPlumbing.batchSize(VectorNames.BATCH));
    methods.add(NetworkPlumbing.layerSizes(sizeConstants()));
    methods.add(NetworkPlumbing.backend(BACKEND));
    methods.add(entries.forward());
    methods.add(entries.trainStep());
    methods.add(entries.predict());
    methods.addAll(new VectorAccessors(plan, names, element).methods());
    methods.addAll(entries.helpers());
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      methods.addAll(layers.forward(layer));
    }
    methods.add(layers.outputGradient());
    for (int layer = plan.layerCount(); layer >= 1; layer--) {
      if (layer > 1) {
        methods.addAll(layers.backPropagate(layer));
      }
      methods.addAll(layers.updateWeights(layer));
      methods.add(layers.updateBiases(layer));
      if (layer > 1) {
        methods.add(layers.transpose(layer));
      }
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

  private List<FieldSpec> constants() {
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(constant(VectorNames.BATCH, plan.batch(), "Rows per batch, {@code n}."));
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
    fields.add(FieldSpec.builder(types.species(), VectorNames.SPECIES)
        .addJavadoc(Javadocs.wrapped("256-bit vectors of $L lanes: the width every row is "
            + "padded to.\n", plan.lanes()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.SPECIES_256", types.vector())
        .build());
    if (element.convertsAtBoundary()) {
      fields.add(FieldSpec.builder(VectorTypes.DOUBLE_SPECIES, VectorNames.DOUBLE_SPECIES)
          .addJavadoc(Javadocs.wrapped("256-bit vectors of 4 {@code double}s: the inputs the "
              + "interface passes are narrowed 4 at a time.\n"))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.SPECIES_256", VectorTypes.DOUBLE_VECTOR)
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
    fields.add(buffer(VectorNames.X, VectorNames.BATCH, VectorNames.INPUT,
        "A batch of inputs for {@code predict}"
            + (element.convertsAtBoundary() ? " and the converted {@code x} of every call."
                : "; {@code forward} and {@code trainStep} read the caller's array.")));
    for (int layer = 1; layer <= plan.layerCount(); layer++) {
      fields.addAll(layerBuffers(layer));
    }
    if (element.convertsAtBoundary()) {
      fields.add(buffer(VectorNames.TARGETS, VectorNames.BATCH, names.width(plan.layerCount()),
          "The targets of the last {@code trainStep}, narrowed to float and padded like "
              + "{@code yPred}; the padding stays zero."));
    }
    fields.add(FieldSpec.builder(double[].class, VectorNames.PREDICTIONS)
        .addJavadoc(Javadocs.wrapped(
            "The predictions {@code forward} returns, {@code BATCH x OUTPUT} row-major.\n"))
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new double[$N * $N]", VectorNames.BATCH, VectorNames.OUTPUT)
        .build());
    return fields;
  }

  private List<FieldSpec> layerBuffers(int layer) {
    String fanIn = names.size(layer - 1);
    String width = names.width(layer);
    boolean hidden = layer < plan.layerCount();
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(buffer(names.weights(layer), fanIn, width, "Layer " + layer + " weights {@code W"
        + layer + "}, {@code " + fanIn + " x " + names.size(layer) + "} in rows of {@code "
        + width + "}."));
    fields.add(buffer(names.biases(layer), "1", width, "Layer " + layer + " biases {@code b"
        + layer + "}."));
    if (layer > 1) {
      fields.add(buffer(names.transposedWeights(layer), names.size(layer),
          names.width(layer - 1), "{@code W" + layer + "^T}, refreshed whenever {@code w"
              + layer + "} changes, so that back-propagation reads rows."));
    }
    fields.add(buffer(names.preActivation(layer), VectorNames.BATCH, width, hidden
        ? "The pre-activation {@code h" + layer + "}; its sign is the ReLU mask."
        : "The output {@code y_pred} (identity activation of the last layer)."));
    if (hidden) {
      fields.add(buffer(names.activation(layer), VectorNames.BATCH, width,
          "The activation {@code h" + layer + "r = ReLU(h" + layer + ")}."));
    }
    fields.add(buffer(names.delta(layer), VectorNames.BATCH, width, "The loss gradient with "
        + "respect to {@code h" + layer + "}: {@code " + names.deltaInDerivation(layer)
        + "} in the derivation."));
    return fields;
  }

  private FieldSpec buffer(String name, String rows, String columns, String javadoc) {
    CodeBlock length = rows.equals("1")
        ? CodeBlock.of("$N", columns) : CodeBlock.of("$N * $N", rows, columns);
    return FieldSpec.builder(element.vector(), name)
        .addJavadoc(Javadocs.wrapped("$L\n", javadoc))
        .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T[$L]", element.scalar(), length)
        .build();
  }

  private CodeBlock classJavadoc() {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L: $L, trained on batches of $L rows, in $L precision on the Vector API.\n",
            spec.name(), shapeText(), plan.batch(), element.scalar());
    if (!spec.description().isBlank()) {
      doc.add("\n<p>$L\n", CommentText.javadoc(spec.description().strip()));
    }
    doc.add("\n<p>Loss {@code L = sum (y_pred - y)^2}, {@code G = 2(y_pred - y)}, ReLU "
        + "derivative 1 where {@code h >= 0}, bias gradients as column sums, plain SGD, as in "
        + "{@code ReferenceNetwork}.\n");
    doc.add("\n<p>Every buffer is one flat row-major array whose rows over a layer's units are "
        + "padded with zeros to whole vectors of $L; padding is exact, padded units stay 0 "
        + "and so do their gradients. Each product runs in tiles of rows x vectors held in "
        + "registers, sized for the product by the generator, one broadcast and one FMA per "
        + "element and term; sums are fused multiply-adds in another order than the "
        + "reference's, so results agree with it to rounding, not bit for bit.\n",
        plan.lanes());
    doc.add("\n<p>The vectors are 256 bits wide whatever the machine prefers, since the "
        + "padding is fixed when the class is generated: on AVX-512 it runs at half width, "
        + "and where 256-bit vectors are not native (128-bit SIMD only) the Vector API "
        + "falls back to slow Java code. Needs {@code --add-modules jdk.incubator.vector} "
        + "to compile and run.\n");
    // Not yet robust: C2 on JDK 17 resolves the Vector API's classes partly from type
    // profiles, and a benchmark fork now and then never settles though alone in its JVM (in
    // the last run one double train-step fork of 3 at n=256 64-64-64-16); see the README's
    // limits.
    doc.add("\n<p>C2 can compile these kernels so that they box their vectors, several times "
        + "slower; that is least likely in a JVM that runs one vector network class.\n");
    if (element.convertsAtBoundary()) {
      doc.add("\n<p>Parameters and buffers are {@code $T}; the {@code Network} interface "
          + "speaks {@code double}, so inputs, targets and parameters are converted on every "
          + "call that passes them.\n", element.scalar());
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
}
