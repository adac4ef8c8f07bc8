package io.github.mlpgen.maven;

/**
 * A parameter's value in a message, shown as the generator shows a spec's text values: in
 * double quotes, so that an empty or blank value is visible, with quotes, backslashes and
 * characters that would not print escaped.
 */
final class Quoted {

  private Quoted() {}

  /** {@code "Scalar"}, {@code " "}, {@code "a\"b"}, {@code "\t"}. */
  static String of(String value) {
    StringBuilder out = new StringBuilder("\"");
    value.codePoints().forEach(c -> appendEscaped(out, c));
    return out.append('"').toString();
  }

  private static void appendEscaped(StringBuilder out, int c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      default -> {
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
          out.append(String.format("\\u%04x", c));
        } else {
          out.appendCodePoint(c);
        }
      }
    }
  }
}
