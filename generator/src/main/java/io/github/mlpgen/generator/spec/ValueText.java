package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mlpgen.runtime.data.MessageText;
import java.util.Map;
import java.util.function.Function;

/**
 * Shows a value of a spec file in a one-line message: strings quoted, numbers as written,
 * lists and objects as compact JSON, every character that would not print escaped, and
 * anything long cut short.
 */
final class ValueText {

  /** Characters of a value a message shows before it cuts the rest, as data messages do. */
  static final int MAX_SHOWN = MessageText.MAX_SHOWN;

  private ValueText() {}

  /**
   * {@code node} as the user wrote it, as nearly as the parsed tree allows.
   *
   * @param written the text a node is written as in the file (a number, or a YAML scalar that
   *     is one to YAML 1.2), or null if unknown
   */
  static String of(JsonNode node, Function<JsonNode, String> written) {
    if (node.isTextual() && written.apply(node) == null) {
      return quoted(node.textValue());
    }
    StringBuilder out = new StringBuilder();
    appendCompact(out, node, written);
    return printable(shorten(out.toString()));
  }

  /** {@code text} in double quotes, with quotes, backslashes and unprintables escaped. */
  static String quoted(String text) {
    return "\"" + printable(escapeQuotes(shorten(text))) + "\"";
  }

  /** {@code 'text'}, for names such as keys: unprintables escaped, cut short if long. */
  static String singleQuoted(String text) {
    return "'" + printable(shorten(text)) + "'";
  }

  /** {@code U+0007}: one character named by its code point. */
  static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  /**
   * {@code text} with every character that would break or hide in a one-line message
   * (controls, format characters, line separators, unpaired surrogates) as {@code \}{@code
   * uXXXX}, and line feed, tab and carriage return as {@code \n}, {@code \t}, {@code \r}.
   */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      appendPrintable(out, c);
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** Whether {@code c} shows as itself in a message line. */
  static boolean isPrintable(int c) {
    int type = Character.getType(c);
    return !Character.isISOControl(c)
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }

  private static void appendPrintable(StringBuilder out, int c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      default -> {
        if (isPrintable(c)) {
          out.appendCodePoint(c);
        } else {
          for (char unit : Character.toChars(c)) {
            out.append(String.format("\\u%04x", (int) unit));
          }
        }
      }
    }
  }

  /**
   * Appends {@code node} as compact JSON, with numbers as written. Stops adding once the text
   * is longer than a message shows, so a long list costs no more than a short one.
   */
  private static void appendCompact(
      StringBuilder out, JsonNode node, Function<JsonNode, String> written) {
    if (isFull(out)) {
      return;
    }
    if (node.isArray()) {
      appendList(out, node, written);
    } else if (node.isObject()) {
      appendObject(out, node, written);
    } else {
      out.append(scalar(node, written));
    }
  }

  private static void appendList(
      StringBuilder out, JsonNode list, Function<JsonNode, String> written) {
    out.append('[');
    String separator = "";
    for (JsonNode element : list) {
      if (isFull(out)) {
        break;
      }
      out.append(separator);
      appendCompact(out, element, written);
      separator = ",";
    }
    out.append(']');
  }

  private static void appendObject(
      StringBuilder out, JsonNode object, Function<JsonNode, String> written) {
    out.append('{');
    String separator = "";
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (isFull(out)) {
        break;
      }
      out.append(separator).append(jsonString(field.getKey())).append(':');
      appendCompact(out, field.getValue(), written);
      separator = ",";
    }
    out.append('}');
  }

  /** Whether {@code out} is already longer than a message shows, so more would be cut. */
  private static boolean isFull(StringBuilder out) {
    return out.length() > MAX_SHOWN;
  }

  private static String scalar(JsonNode node, Function<JsonNode, String> written) {
    String text = written.apply(node);
    if (text != null) {
      return text;
    }
    if (node.isTextual()) {
      return jsonString(node.textValue());
    }
    return node.isBinary() ? "binary data" : node.toString();
  }

  private static String jsonString(String text) {
    return "\"" + escapeQuotes(text) + "\"";
  }

  private static String escapeQuotes(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String shorten(String text) {
    return MessageText.shortened(text);
  }
}
