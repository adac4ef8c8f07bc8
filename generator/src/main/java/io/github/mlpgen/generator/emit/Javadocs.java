package io.github.mlpgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc text wrapped to {@link #WIDTH} columns, since JavaPoet writes each line as given.
 * Inline tags such as {@code {@code h1 = x . w1}} are kept on one line where they fit.
 */
public final class Javadocs {

  /** Columns of text per Javadoc line, leaving room for indentation and {@code " * "}. */
  public static final int WIDTH = 90;

  private Javadocs() {}

  /**
   * {@code format} with {@code args}, as JavaPoet formats a code block, wrapped to {@link
   * #WIDTH}. Free text belongs in {@code args} ({@code $L}), never in {@code format}.
   */
  public static CodeBlock wrapped(String format, Object... args) {
    return CodeBlock.of("$L", wrap(CodeBlock.of(format, args).toString(), WIDTH));
  }

  /** {@code text} with every line longer than {@code width} broken at spaces. */
  public static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(String.join("\n", wrapLine(lines[i], width)));
    }
    return out.toString();
  }

  private static List<String> wrapLine(String line, int width) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : words(line)) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        result.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    result.add(current.toString());
    return result;
  }

  /** The line's words; an inline tag whose braces open in one word runs to where they close. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (String piece : line.split(" ", -1)) {
      if (word.length() > 0) {
        word.append(' ');
      }
      word.append(piece);
      depth += count(piece, '{') - count(piece, '}');
      if (depth <= 0) {
        words.add(word.toString());
        word.setLength(0);
        depth = 0;
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    words.removeIf(String::isEmpty);
    return words;
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
