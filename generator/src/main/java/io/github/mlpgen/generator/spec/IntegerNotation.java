package io.github.mlpgen.generator.spec;

import java.util.regex.Pattern;

/**
 * The one way a size may be written: decimal digits with no leading zero, after an optional
 * {@code -} (which the range check then rejects, as it does any negative number).
 *
 * <p>JSON has no other way, but YAML 1.1, which Jackson's YAML parser follows, also reads
 * {@code 0x10}, {@code 0b11}, {@code 1_000} and {@code +5} as integers, and {@code 010} as
 * octal 8, where a reader sees ten; YAML 1.2 reads {@code 010} as ten and {@code 0o7} as
 * seven. A size means the same to every reader only when it is written in plain decimal, so
 * every other notation is rejected, with what to leave out.
 */
final class IntegerNotation {

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)");

  private static final Pattern BASE_PREFIX = Pattern.compile("[-+]?0[xXoObB].*");

  private static final Pattern LEADING_ZERO = Pattern.compile("-?0[0-9]+");

  /** YAML 1.2's integers (core schema); the parser reads {@code 08} and {@code 0o7} as text. */
  private static final Pattern YAML_12_INTEGER =
      Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");

  private IntegerNotation() {}

  /**
   * What {@code written}, the text of an integer, must leave out, such as {@code (no '+'
   * sign)}; null when it is plain decimal. The first of several problems is named.
   */
  static String problem(String written) {
    if (PLAIN_DECIMAL.matcher(written).matches()) {
      return null;
    }
    if (BASE_PREFIX.matcher(written).matches()) {
      return "(no 0x, 0o or 0b prefix)";
    }
    if (written.startsWith("+")) {
      return "(no '+' sign)";
    }
    if (written.indexOf('_') >= 0) {
      return "(no '_' separators)";
    }
    if (LEADING_ZERO.matcher(written).matches()) {
      return "(no leading zero)";
    }
    return "(only decimal digits)";
  }

  /**
   * Whether {@code text}, a plain YAML scalar, is an integer to YAML 1.2. All of YAML 1.1's
   * integers are read as such by the parser already.
   */
  static boolean isYamlInteger(String text) {
    return YAML_12_INTEGER.matcher(text).matches();
  }
}
