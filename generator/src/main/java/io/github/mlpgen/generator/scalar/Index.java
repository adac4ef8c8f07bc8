package io.github.mlpgen.generator.scalar;

/**
 * An array index in generated code: a constant, or a loop variable plus a constant offset.
 * Its {@code toString} is the Java expression.
 */
record Index(String variable, int offset) {

  static Index constant(int value) {
    return new Index(null, value);
  }

  static Index variable(String name) {
    return new Index(name, 0);
  }

  Index plus(int delta) {
    return new Index(variable, offset + delta);
  }

  @Override
  public String toString() {
    if (variable == null) {
      return Integer.toString(offset);
    }
    return offset == 0 ? variable : variable + " + " + offset;
  }
}
