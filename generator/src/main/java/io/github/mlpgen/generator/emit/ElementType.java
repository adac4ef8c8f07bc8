package io.github.mlpgen.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;

/**
 * The element type of a generated network's arrays and arithmetic, with the bits of source
 * that differ between {@code double} and {@code float}. The {@code Network} interface speaks
 * {@code double} in either case, so a {@code float} network converts at its boundary.
 */
public enum ElementType {
  /** 64-bit arithmetic, the same as the interface: no conversions. */
  DOUBLE(TypeName.DOUBLE, "", 8),
  /** 32-bit arithmetic: twice the elements per vector, converted at the interface. */
  FLOAT(TypeName.FLOAT, "f", 4);

  private final TypeName scalar;
  private final String literalSuffix;
  private final int bytes;

  ElementType(TypeName scalar, String literalSuffix, int bytes) {
    this.scalar = scalar;
    this.literalSuffix = literalSuffix;
    this.bytes = bytes;
  }

  /** The element type a spec asks for. */
  public static ElementType of(DType dtype) {
    return dtype == DType.FLOAT ? FLOAT : DOUBLE;
  }

  /** {@code double} or {@code float}. */
  public TypeName scalar() {
    return scalar;
  }

  /** {@code double[]} or {@code float[]}. */
  public ArrayTypeName vector() {
    return ArrayTypeName.of(scalar);
  }

  /** {@code double[][]} or {@code float[][]}: a matrix held as an array of rows. */
  public ArrayTypeName matrix() {
    return ArrayTypeName.of(vector());
  }

  /** Bytes per element. */
  public int bytes() {
    return bytes;
  }

  /** A literal of this type, such as {@code 0.0} or {@code 0.0f}. */
  public String literal(double value) {
    return value + literalSuffix;
  }

  /** True when values must be converted to and from the interface's {@code double}. */
  public boolean convertsAtBoundary() {
    return this != DOUBLE;
  }

  /**
   * {@code expression}, a {@code double}, as this type: a narrowing cast for {@code float},
   * the expression itself for {@code double} (a redundant cast would fail {@code -Xlint}).
   */
  public CodeBlock fromDouble(CodeBlock expression) {
    return convertsAtBoundary()
        ? CodeBlock.of("($T) ($L)", scalar, expression)
        : expression;
  }
}
