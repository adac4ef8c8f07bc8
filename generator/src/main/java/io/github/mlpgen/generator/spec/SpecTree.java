package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The parsed content of one spec file: its top-level value, and the text of every number in it
 * as the file writes it, so that a message can show {@code 3e0} rather than the {@code 3} it
 * means. Plain YAML scalars that YAML 1.2 reads as integers ({@code 0o7}, {@code 08}) keep
 * their text too, though the parser reads them as text. Built by {@link SpecTreeReader}.
 */
final class SpecTree {

  private final JsonNode root;

  /**
   * Keyed by identity, not equality: {@code 3} and {@code 3e0} are different nodes with
   * different texts. The reader creates a fresh node for every value it keeps a text of, so
   * no two share one.
   */
  private final Map<JsonNode, String> writtenTexts;

  SpecTree(JsonNode root, Map<JsonNode, String> writtenTexts) {
    this.root = root;
    this.writtenTexts = writtenTexts;
  }

  /** The top-level value of the file. */
  JsonNode root() {
    return root;
  }

  /** {@code node} for a one-line message, numbers as the file writes them. */
  String show(JsonNode node) {
    return ValueText.of(node, value -> value.isTextual() ? null : writtenTexts.get(value));
  }

  /**
   * {@code node} where an integer is expected: as {@link #show}, but a plain YAML scalar that
   * YAML 1.2 reads as an integer shows as written, without the quotes of text.
   */
  String showAsInteger(JsonNode node) {
    return ValueText.of(node, writtenTexts::get);
  }

  /**
   * Whether {@code node} is a number written with a fraction or an exponent, such as {@code
   * 2.5}, {@code 32.0} or {@code 3e0}. YAML's {@code .nan} and {@code .inf} are not: they are
   * not integers for another reason.
   */
  boolean hasFractionOrExponent(JsonNode node) {
    String text = writtenTexts.get(node);
    return node.isFloatingPointNumber() && text != null
        && text.chars().anyMatch(c -> c >= '0' && c <= '9')
        && text.chars().anyMatch(c -> c == '.' || c == 'e' || c == 'E');
  }

  /**
   * What {@code node}, an integer in some notation, must leave out to be written in plain
   * decimal, such as {@code (no 0x, 0o or 0b prefix)}; null when it is so written or is no
   * integer. A plain YAML scalar that YAML 1.2 reads as an integer counts as one.
   */
  String integerNotationProblem(JsonNode node) {
    String text = writtenTexts.get(node);
    if (text == null || !(node.isIntegralNumber() || node.isTextual())) {
      return null;
    }
    return IntegerNotation.problem(text);
  }
}
