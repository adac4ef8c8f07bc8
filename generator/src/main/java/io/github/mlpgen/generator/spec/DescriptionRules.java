package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.IntPredicate;

/**
 * Checks the free-text {@code description}, which the emitter copies into a Javadoc comment.
 * Text that would change how the generated source compiles is rejected with a message rather
 * than rewritten, so the Javadoc always says exactly what the spec says: {@code *}{@code /}
 * would end the comment, a backslash-u is a Unicode escape even inside comments, control
 * characters other than line feed and tab have no place in source, bidirectional controls can
 * make source read differently from how it compiles, and an unpaired surrogate cannot be
 * written as UTF-8.
 */
final class DescriptionRules {

  private static final String FIELD = "description";

  private final Problems problems;
  private final SpecTree tree;

  DescriptionRules(Problems problems, SpecTree tree) {
    this.problems = problems;
    this.tree = tree;
  }

  /** The description, {@code ""} when absent, or null when it has a problem. */
  String check(JsonNode node) {
    if (node == null) {
      return "";
    }
    if (!node.isTextual()) {
      problems.invalid(FIELD, tree.show(node), "must be text");
      return null;
    }
    String text = node.textValue();
    // & rather than &&: every rule reports its problem, not only the first that fails.
    boolean valid = checkLength(text)
        & checkAbsent(text, "*/", "it would end the generated Javadoc comment")
        & checkAbsent(text, "\\u", "javac reads it as a Unicode escape even inside comments")
        & checkCharacters(text, DescriptionRules::isForbiddenControl,
            "must not contain control characters other than line feed and tab")
        & checkCharacters(text, DescriptionRules::isBidiControl,
            "must not contain bidirectional controls (they make source read differently"
                + " from how it compiles)")
        & checkCharacters(text, DescriptionRules::isUnpairedSurrogate,
            "must be valid Unicode text without unpaired surrogates");
    return valid ? text : null;
  }

  private boolean checkLength(String text) {
    if (text.length() <= SpecLimits.MAX_DESCRIPTION_LENGTH) {
      return true;
    }
    problems.invalid(FIELD, text.length() + " characters",
        "must be at most " + SpecLimits.MAX_DESCRIPTION_LENGTH + " characters long");
    return false;
  }

  private boolean checkAbsent(String text, String forbidden, String reason) {
    int index = text.indexOf(forbidden);
    if (index < 0) {
      return true;
    }
    problems.invalid(FIELD, "'" + forbidden + "' at character " + position(text, index),
        "must not contain '" + forbidden + "' (" + reason + ")");
    return false;
  }

  /**
   * Reports the first code point of {@code text} that {@code forbidden} matches. Paired
   * surrogates are read as one code point, so only unpaired ones reach the predicate as such.
   */
  private boolean checkCharacters(String text, IntPredicate forbidden, String allowed) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (forbidden.test(c)) {
        problems.invalid(FIELD,
            ValueText.codePoint(c) + " at character " + position(text, i), allowed);
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** The 1-based position of the code point at {@code index}, as an editor counts it. */
  private static int position(String text, int index) {
    return text.codePointCount(0, index) + 1;
  }

  private static boolean isForbiddenControl(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\t';
  }

  /** Only unpaired surrogates reach here: {@code codePointAt} joins a valid pair. */
  private static boolean isUnpairedSurrogate(int c) {
    return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
  }

  /** The Unicode bidirectional formatting characters (UAX #9): marks, embeddings, isolates. */
  private static boolean isBidiControl(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
