package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The two notations of a spec file, chosen by the file name's ending. */
enum SpecFormat {
  JSON("JSON", List.of(".mlp.json"), jsonMapper()),
  YAML("YAML", List.of(".mlp.yaml", ".mlp.yml"), yamlMapper());

  /** The most characters of a parser's message a problem repeats. */
  private static final int MAX_PARSER_MESSAGE = 160;

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  /** Jackson's words for a YAML key that is a list or a mapping; they name SnakeYAML events. */
  private static final String COMPLEX_KEY = "Expected a field name";

  private final String label;
  private final List<String> suffixes;
  private final ObjectMapper mapper;

  SpecFormat(String label, List<String> suffixes, ObjectMapper mapper) {
    this.label = label;
    this.suffixes = suffixes;
    this.mapper = mapper;
  }

  /** Every file name ending a spec file may have, in a fixed order. */
  static List<String> allSuffixes() {
    return Stream.of(values()).flatMap(f -> f.suffixes.stream()).collect(Collectors.toList());
  }

  /** The format a file called {@code fileName} is written in, if it is a spec file. */
  static Optional<SpecFormat> forFileName(String fileName) {
    return Stream.of(values())
        .filter(format -> format.suffixes.stream().anyMatch(fileName::endsWith))
        .findFirst();
  }

  /**
   * Parses {@code content} into a tree: exactly one document, nothing after it, no key twice.
   * Numbers keep their type (integers, big integers, decimals with their written scale), so the
   * validator sees {@code 32.0} and {@code 1e30} for what they are.
   *
   * @throws SpecException for an empty file, a syntax error, a duplicate key or trailing content
   */
  JsonNode readTree(String content, String file) throws SpecException {
    JsonParser parser;
    try {
      parser = mapper.createParser(content);
    } catch (IOException e) {
      throw cannotParse(file);
    }
    try (parser) {
      JsonNode root = mapper.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw Problems.fatal(file, "", "is empty; expected an object with the fields "
            + "name, package, batch, input, hidden and output");
      }
      if (parser.nextToken() != null) {
        throw trailingContent(file, parser.currentTokenLocation());
      }
      return root;
    } catch (JsonProcessingException e) {
      // Limits such as the nesting depth are reported without a location; the parser knows it.
      JsonLocation location =
          e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      throw syntaxError(file, e.getOriginalMessage(), location);
    } catch (IOException e) {
      throw cannotParse(file);
    }
  }

  /** Parsing a String reads no file; Jackson declares IOException for its streams only. */
  private SpecException cannotParse(String file) {
    return Problems.fatal(file, "", "cannot be parsed as " + label);
  }

  private SpecException trailingContent(String file, JsonLocation location) {
    String where = position(location);
    if (this == YAML) {
      return Problems.fatal(file, where, placed("has a second YAML document", where)
          + "; a spec file describes one network");
    }
    return Problems.fatal(file, where,
        placed("has more content after the top-level object", where));
  }

  private SpecException syntaxError(String file, String original, JsonLocation location) {
    String where = position(location);
    String message = parserMessage(original);
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      String key = duplicate.group(1);
      return Problems.fatal(file, key,
          placed("has the field '" + key + "' twice", where) + "; each field may appear once");
    }
    if (message.startsWith(COMPLEX_KEY)) {
      return Problems.fatal(file, where,
          placed("has a key that is a list or a mapping", where) + "; keys must be names");
    }
    return Problems.fatal(file, where, placed("is not valid " + label, where) + ": " + message);
  }

  /**
   * The parser's own words in one short line. SnakeYAML adds lines that quote the source
   * with a caret under the error; those are indented and dropped, since the position is
   * reported separately. Jackson names the setting behind a limit it enforces, which means
   * nothing to the author of a spec, so that reference is dropped too.
   */
  private static String parserMessage(String original) {
    if (original == null) {
      return "syntax error";
    }
    String joined = original.lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .collect(Collectors.joining("; "))
        .replaceAll(", from `[^`]*`", "");
    String printable = ValueText.printable(joined);
    return printable.length() <= MAX_PARSER_MESSAGE
        ? printable
        : printable.substring(0, MAX_PARSER_MESSAGE - 3) + "...";
  }

  private static String placed(String statement, String where) {
    return where.isEmpty() ? statement : statement + " " + where;
  }

  private static String position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static ObjectMapper jsonMapper() {
    JsonFactory factory =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return configure(JsonMapper.builder(factory).build());
  }

  private static ObjectMapper yamlMapper() {
    YAMLFactory factory =
        YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return configure(YAMLMapper.builder(factory).build());
  }

  /** Decimals as written: {@code 32.0} stays a decimal, {@code 1e400} does not overflow. */
  private static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  }
}
