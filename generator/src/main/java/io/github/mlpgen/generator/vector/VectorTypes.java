package io.github.mlpgen.generator.vector;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.mlpgen.generator.emit.ElementType;

/**
 * The {@code jdk.incubator.vector} types a generated class uses for one element type:
 * {@code DoubleVector} with {@code VectorSpecies<Double>}, or the {@code Float} pair.
 */
final class VectorTypes {

  private static final String PACKAGE = "jdk.incubator.vector";

  /** {@code VectorOperators}, for the comparison in the ReLU mask. */
  static final ClassName OPERATORS = ClassName.get(PACKAGE, "VectorOperators");

  /** {@code DoubleVector}: a float class converts the interface's doubles with it. */
  static final ClassName DOUBLE_VECTOR = ClassName.get(PACKAGE, "DoubleVector");

  /** {@code VectorSpecies<Double>}. */
  static final TypeName DOUBLE_SPECIES =
      ParameterizedTypeName.get(ClassName.get(PACKAGE, "VectorSpecies"),
          ClassName.get("java.lang", "Double"));

  private final ElementType element;
  private final ClassName vector;
  private final TypeName species;

  VectorTypes(ElementType element) {
    this.element = element;
    boolean single = element == ElementType.FLOAT;
    this.vector = ClassName.get(PACKAGE, single ? "FloatVector" : "DoubleVector");
    this.species = single
        ? ParameterizedTypeName.get(ClassName.get(PACKAGE, "VectorSpecies"),
            ClassName.get("java.lang", "Float"))
        : DOUBLE_SPECIES;
  }

  /** {@code DoubleVector} or {@code FloatVector}. */
  ClassName vector() {
    return vector;
  }

  /** {@code VectorSpecies<Double>} or {@code VectorSpecies<Float>}. */
  TypeName species() {
    return species;
  }

  /** The element type of the arrays and vectors. */
  ElementType element() {
    return element;
  }

  /** A literal zero of the element type: {@code 0.0} or {@code 0.0f}. */
  String zero() {
    return element.literal(0.0);
  }
}
