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

  /** Characters of a value a message shows before it cuts the rest, as spec messages do. */
  public static final int MAX_SHOWN = 60;

  private static final String ELLIPSIS = "...";

  private static final char LINE_SEPARATOR = 0x2028;
  private static final char PARAGRAPH_SEPARATOR = 0x2029;

  private MessageText() {}

  /**
   * {@code '1\n2'}: {@code text} in single quotes, {@linkplain #escaped escaped}, and cut
   * short with {@code ...} after {@value #MAX_SHOWN} characters: a cell of megabytes would
   * otherwise be the whole message.
   */
  public static String quoted(String text) {
    return "'" + escaped(shortened(text)) + "'";
  }

  /**
   * {@code text}, or its first characters and {@code ...} if it is longer than allowed; spec
   * messages cut their values the same way.
   */
  public static String shortened(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    int end = MAX_SHOWN - ELLIPSIS.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
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

  /**
   * The names, {@linkplain #escaped escaped} and each cut short like {@link #quoted},
   * separated by commas: {@code a, b, y}.
   */
  public static String names(List<String> names) {
    return names.stream().map(MessageText::name).collect(Collectors.joining(", "));
  }

  /** One name, {@linkplain #escaped escaped} and cut short like {@link #quoted}. */
  public static String name(String name) {
    return escaped(shortened(name));
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
