package io.github.mlpgen.runtime.data;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Text from a data file as a message shows it: on one line, with every control character
 * visible. A quoted CSV cell may hold a line end; printed as it is, it would break a one-line
 * message in two, and a tab or an escape sequence would hide in it.
 */
public final class MessageText {

  private static final char LINE_SEPARATOR = 0x2028;
  private static final char PARAGRAPH_SEPARATOR = 0x2029;

  private MessageText() {}

  /** {@code '1\n2'}: {@code text} in single quotes, {@linkplain #escaped escaped}. */
  public static String quoted(String text) {
    return "'" + escaped(text) + "'";
  }

  /**
   * {@code text} with line ends and tabs written {@code \n}, {@code \r}, {@code \t}, and every
   * other control character (and the Unicode line and paragraph separators) by its code, such
   * as <code>&#92;u001b</code>. Backslashes are left as they are: a message also names the
   * line and column to look at.
   */
  public static String escaped(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(c)) {
        shown.append(escape(c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  /** The names, {@linkplain #escaped escaped}, separated by commas: {@code a, b, y}. */
  public static String names(List<String> names) {
    return names.stream().map(MessageText::escaped).collect(Collectors.joining(", "));
  }

  private static boolean needsEscape(char c) {
    return Character.isISOControl(c) || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
    };
  }
}
