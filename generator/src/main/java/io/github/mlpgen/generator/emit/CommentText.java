package io.github.mlpgen.generator.emit;

/**
 * Makes free text (a spec's description, a file name) safe to place in generated comments.
 * Such text must reach JavaPoet as an argument ({@code $L}), never as a format string, so a
 * {@code $} in it is printed rather than read as a format character.
 */
public final class CommentText {

  private CommentText() {}

  /**
   * {@code text} as Javadoc that shows the text as written: HTML characters become entities,
   * and nothing can end the comment ({@code *}{@code /}), start a tag ({@code @}) or become a
   * Unicode escape (a backslash, which javac reads even inside comments). Line feeds are
   * kept; other control characters become spaces.
   */
  public static String javadoc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(isControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} on one line that is safe in a {@code //} comment: line breaks and other
   * control characters become spaces, and every backslash is doubled so that none starts a
   * Unicode escape.
   */
  public static String lineComment(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else {
        out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static boolean isControl(char c) {
    return Character.isISOControl(c) && c != '\n';
  }
}
