package io.github.mlpgen.runtime.data;

/**
 * The numbers a data cell may hold: an optional sign, digits with an optional decimal point
 * (at least one digit in all), an optional exponent. Narrower than
 * {@link Double#parseDouble}, which also takes hexadecimal, {@code NaN}, {@code Infinity} and
 * type suffixes such as {@code 1d}.
 */
final class DecimalSyntax {

  private DecimalSyntax() {}

  static boolean matches(String text) {
    int position = skipSign(text, 0);
    int integerDigits = skipDigits(text, position) - position;
    position += integerDigits;
    int fractionDigits = 0;
    if (position < text.length() && text.charAt(position) == '.') {
      position++;
      fractionDigits = skipDigits(text, position) - position;
      position += fractionDigits;
    }
    if (integerDigits + fractionDigits == 0) {
      return false;
    }
    if (position < text.length() && "eE".indexOf(text.charAt(position)) >= 0) {
      int exponentStart = skipSign(text, position + 1);
      position = skipDigits(text, exponentStart);
      if (position == exponentStart) {
        return false;
      }
    }
    return position == text.length();
  }

  private static int skipSign(String text, int position) {
    boolean sign = position < text.length()
        && (text.charAt(position) == '+' || text.charAt(position) == '-');
    return sign ? position + 1 : position;
  }

  private static int skipDigits(String text, int position) {
    while (position < text.length() && text.charAt(position) >= '0'
        && text.charAt(position) <= '9') {
      position++;
    }
    return position;
  }
}
