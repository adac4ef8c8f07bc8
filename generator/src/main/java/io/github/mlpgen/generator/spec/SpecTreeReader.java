package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Builds the tree of a spec file from the parser's tokens, where Jackson's own tree reader
 * would lose what messages need:
 *
 * <ul>
 *   <li>each number keeps the text the file writes ({@code 3e0}, {@code 1e30}), and so does
 *       a plain YAML scalar that YAML 1.2 reads as an integer but this YAML 1.1 parser reads
 *       as text ({@code 0o7}, {@code 08}), so that a size written so is reported as one;
 *   <li>a number that has no {@code BigDecimal} value (YAML's {@code .nan} and {@code .inf},
 *       an exponent beyond {@code int} range) stays a value of its field, which the validator
 *       reports with the other problems, instead of failing the whole file;
 *   <li>a YAML alias, which Jackson reads as a string holding the anchor's name, and YAML's
 *       merge key {@code <<}, which it reads as an ordinary key, are rejected where they stand;
 *   <li>so is a YAML tag ({@code !foo}, {@code !!int}) on any key or value.
 * </ul>
 *
 * <p>Aliases are rejected rather than resolved because Jackson's YAML parser reports the
 * anchor of a list or mapping but not that of a scalar ({@code batch: &n 32}), so the value
 * an alias names is not always known; a spec is short enough to write each value out.
 */
final class SpecTreeReader {

  /** YAML 1.1's key for merging a mapping into another, usually from an alias. */
  private static final String MERGE_KEY = "<<";

  /** The prefix of YAML's own tags, which a file writes as {@code !!}: {@code !!int}. */
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  private static final String NO_ANCHORS =
      "YAML anchors, aliases and merge keys are not supported, ";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final String file;
  private final Map<JsonNode, String> writtenTexts = new IdentityHashMap<>();

  private SpecTreeReader(JsonParser parser, String file) {
    this.parser = parser;
    this.file = file;
  }

  /**
   * Reads the value that starts at the parser's current token, leaving the parser on its last
   * token. The parser bounds the nesting depth, which bounds this reader's recursion.
   *
   * @throws IOException for a syntax error
   * @throws SpecException for a YAML alias, merge key or tag
   */
  static SpecTree read(JsonParser parser, String file) throws IOException, SpecException {
    SpecTreeReader reader = new SpecTreeReader(parser, file);
    JsonNode root = reader.value(parser.currentToken());
    return new SpecTree(root, reader.writtenTexts);
  }

  private JsonNode value(JsonToken token) throws IOException, SpecException {
    if (token == null) {
      throw new JsonEOFException(parser, null, "Unexpected end of input");
    }
    rejectTag();
    return switch (token) {
      case START_OBJECT -> object();
      case START_ARRAY -> array();
      case VALUE_STRING -> text();
      case VALUE_NUMBER_INT -> written(new BigIntegerNode(parser.getBigIntegerValue()));
      case VALUE_NUMBER_FLOAT -> written(decimal());
      case VALUE_TRUE, VALUE_FALSE -> BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
      case VALUE_NULL -> NullNode.getInstance();
      default -> throw new JsonParseException(parser, "Unexpected token " + token);
    };
  }

  private ObjectNode object() throws IOException, SpecException {
    ObjectNode object = NODES.objectNode();
    String key;
    while ((key = parser.nextFieldName()) != null) {
      rejectTag();
      if (parser instanceof SpecYamlParser && key.equals(MERGE_KEY)) {
        throw unsupported("the YAML merge key '<<'", NO_ANCHORS + "write the fields themselves");
      }
      object.set(key, value(parser.nextToken()));
    }
    return object;
  }

  private ArrayNode array() throws IOException, SpecException {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      array.add(value(token));
    }
    return array;
  }

  private JsonNode text() throws IOException, SpecException {
    if (parser instanceof SpecYamlParser yaml && yaml.isCurrentAlias()) {
      String alias = ValueText.singleQuoted("*" + parser.getText());
      throw unsupported("the YAML alias " + alias, NO_ANCHORS + "write the value itself");
    }
    String text = parser.getText();
    TextNode node = new TextNode(text);
    if (parser instanceof SpecYamlParser yaml && yaml.isPlainScalar()
        && IntegerNotation.isYamlInteger(text)) {
      writtenTexts.put(node, text);
    }
    return node;
  }

  /**
   * The number at the current token as a {@code BigDecimal}, or NaN when it has none: its value
   * is never used, since no field takes a fraction, and its text is kept apart.
   */
  private JsonNode decimal() throws IOException {
    try {
      return new DecimalNode(parser.getDecimalValue());
    } catch (StreamReadException | NumberFormatException e) {
      return new DoubleNode(Double.NaN);
    }
  }

  /** {@code number}, a node of its own, with the current token's text as its written form. */
  private JsonNode written(JsonNode number) throws IOException {
    writtenTexts.put(number, parser.getText());
    return number;
  }

  /**
   * Rejects a YAML tag on the current key or value. A tag can change what a value means
   * ({@code !!str 32} is text, {@code !!binary} bytes) or name a type a spec has no use for
   * ({@code !foo}, which Jackson drops, keeping the text after it), so a spec is read only as
   * it looks, untagged; this also keeps the parser's embedded values (bytes) out of the tree.
   */
  private void rejectTag() throws SpecException {
    if (parser instanceof SpecYamlParser yaml && yaml.currentTag() != null) {
      String tag = ValueText.singleQuoted(writtenTag(yaml.currentTag()));
      throw unsupported("the YAML tag " + tag, "YAML tags are not supported, leave the tag out");
    }
  }

  /**
   * A resolved tag as a file writes it: {@code !!int} for YAML's own, {@code !foo} for a local
   * one, and the verbatim {@code !<...>} for any other (a {@code %TAG} handle is not kept).
   */
  private static String writtenTag(String tag) {
    if (tag.startsWith(YAML_TAG_PREFIX)) {
      return "!!" + tag.substring(YAML_TAG_PREFIX.length());
    }
    return tag.startsWith("!") ? tag : "!<" + tag + ">";
  }

  private SpecException unsupported(String what, String rule) {
    String where = SpecFormat.position(parser.currentTokenLocation());
    return Problems.fatal(file, where, SpecFormat.placed("has " + what, where) + "; " + rule);
  }
}
