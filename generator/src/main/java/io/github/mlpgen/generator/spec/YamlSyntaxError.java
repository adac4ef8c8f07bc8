package io.github.mlpgen.generator.spec;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML syntax error placed where SnakeYAML, the parser under Jackson's, found it. Jackson
 * places every such error where the last token it read ends, which can be lines before the
 * problem: a tab that begins line 2 at the end of line 1, an unclosed quote at the key before
 * it. SnakeYAML checks characters as it loads the text, before it reads any token there, so
 * Jackson places a character YAML never allows (such as U+007F) at line 1, column 1, whatever
 * its line. SnakeYAML's own exception knows the places: the problem's, and that of the
 * construct it was reading, which Jackson's message quotes with source lines rather than as a
 * line and column; or, for a character it does not allow, the character and its offset.
 *
 * <p>Lines and columns are counted as SnakeYAML counts them: from 1, in code points, with
 * line feed, carriage return (or both together), U+0085, U+2028 and U+2029 ending a line.
 *
 * @param line the line of the offending character
 * @param column its column
 * @param statement what is wrong, in one or more lines
 */
record YamlSyntaxError(int line, int column, String statement) {

  private static final String TAB =
      "a tab (U+0009) is not allowed here; indent and separate with spaces";

  /** The error behind {@code cause}, in the text {@code content}; empty if it has no place. */
  static Optional<YamlSyntaxError> of(Throwable cause, String content) {
    if (cause instanceof ReaderException reader) {
      return Optional.of(notAllowed(reader, content));
    }
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      String statement = codePointAt(content, mark.getIndex()) == '\t' ? TAB : words(marked);
      return Optional.of(new YamlSyntaxError(mark.getLine() + 1, mark.getColumn() + 1,
          statement));
    }
    return Optional.empty();
  }

  /**
   * SnakeYAML's words, with the construct it was reading placed by line and column: {@code
   * while scanning a quoted scalar at line 1, column 7}, then {@code found unexpected end of
   * stream} on a line of its own.
   */
  private static String words(MarkedYAMLException marked) {
    String problem = String.valueOf(marked.getProblem());
    if (marked.getContext() == null) {
      return problem;
    }
    Mark start = marked.getContextMark();
    String where = start == null ? "" : " " + position(start.getLine() + 1, start.getColumn() + 1);
    return marked.getContext() + where + "\n" + problem;
  }

  /**
   * A character YAML allows nowhere, named, since an editor may not show it: the C0 controls
   * but tab, line feed and carriage return, DEL, the C1 controls but U+0085, unpaired
   * surrogates, U+FFFE and U+FFFF.
   */
  private static YamlSyntaxError notAllowed(ReaderException reader, String content) {
    int line = 1;
    int column = 1;
    int i = 0;
    for (int n = 0; n < reader.getPosition() && i < content.length(); n++) {
      int c = content.codePointAt(i);
      i += Character.charCount(c);
      if (endsLine(c, content, i)) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new YamlSyntaxError(line, column,
        "the character " + ValueText.codePoint(reader.getCodePoint()) + " is not allowed");
  }

  /** Whether {@code c}, followed by the text from {@code next}, ends a line. */
  private static boolean endsLine(int c, String content, int next) {
    return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
        || (c == '\r' && !content.startsWith("\n", next));
  }

  /** The code point at code-point offset {@code index} of {@code content}, or -1 past it. */
  private static int codePointAt(String content, int index) {
    if (index < 0 || index >= content.codePointCount(0, content.length())) {
      return -1;
    }
    return content.codePointAt(content.offsetByCodePoints(0, index));
  }

  /** {@code at line 3, column 7}. */
  String position() {
    return position(line, column);
  }

  private static String position(int line, int column) {
    return "at line " + line + ", column " + column;
  }
}
