package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The two notations of a spec file, chosen by the file name's ending. */
enum SpecFormat {
  JSON("JSON", List.of(".mlp.json"), jsonFactory()),
  YAML("YAML", List.of(".mlp.yaml", ".mlp.yml"), yamlFactory());

  /** The most characters of a parser's message a problem repeats. */
  private static final int MAX_PARSER_MESSAGE = 160;

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  /** How Jackson cites a second position inside its message, naming a setting of its own. */
  private static final Pattern CITED_LOCATION =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

  /** How Jackson refuses {@code NaN} and {@code Infinity}, naming a setting of its own. */
  private static final Pattern NON_NUMERIC =
      Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);

  /** How Jackson guesses that a {@code /} or {@code #} starts a comment. */
  private static final String COMMENT = "maybe a (non-standard) comment?";

  /** How Jackson refuses a {@code #} where it does not guess a comment. */
  private static final String HASH = "Unexpected character ('#'";

  /** How Jackson refuses {@code +32}. */
  private static final String PLUS_SIGN = "does not allow numbers to have plus signs";

  /** A setting of Jackson's own that its messages suggest, in either of its phrasings. */
  private static final Pattern SETTING_HINT =
      Pattern.compile(": enable `[^`]*` to allow| \\(consider enabling `.*", Pattern.DOTALL);

  /** Jackson's words for a YAML key that is a list or a mapping; they name SnakeYAML events. */
  private static final String COMPLEX_KEY = "Expected a field name";

  private final String label;
  private final List<String> suffixes;
  private final JsonFactory factory;

  SpecFormat(String label, List<String> suffixes, JsonFactory factory) {
    this.label = label;
    this.suffixes = suffixes;
    this.factory = factory;
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
   * Numbers keep the text they are written as, so the validator sees {@code 32.0} and {@code
   * 1e30} for what they are and messages show them so.
   *
   * @throws SpecException for an empty file, a syntax error, a duplicate key, trailing
   *     content, or a YAML alias, merge key or tag
   */
  SpecTree readTree(String content, String file) throws SpecException {
    JsonParser parser;
    try {
      parser = factory.createParser(content);
    } catch (IOException e) {
      throw cannotParse(file);
    }
    try (parser) {
      if (parser.nextToken() == null) {
        throw Problems.fatal(file, "", "is empty; expected an object with the fields "
            + "name, package, batch, input, hidden and output");
      }
      SpecTree tree = SpecTreeReader.read(parser, file);
      if (parser.nextToken() != null) {
        throw trailingContent(file, parser.currentTokenLocation());
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw syntaxError(file, e, parser, content);
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

  private SpecException syntaxError(
      String file, JsonProcessingException e, JsonParser parser, String content) {
    Optional<YamlSyntaxError> yaml =
        this == YAML ? YamlSyntaxError.of(e.getCause(), content) : Optional.empty();
    if (yaml.isPresent()) {
      return placedBySnakeYaml(file, yaml.get());
    }
    // Limits such as the nesting depth are reported without a location; the parser knows it.
    JsonLocation location =
        e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    return placedByJackson(file, e.getOriginalMessage(), location);
  }

  /** A YAML error where SnakeYAML found it, which Jackson's location can miss by lines. */
  private static SpecException placedBySnakeYaml(String file, YamlSyntaxError error) {
    String where = error.position();
    return Problems.fatal(file, where,
        placed("is not valid YAML", where) + ": " + parserMessage(error.statement()));
  }

  private SpecException placedByJackson(String file, String original, JsonLocation location) {
    String where = position(location);
    String message = parserMessage(
        this == JSON && original != null ? inJsonTerms(original) : original);
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
   * Jackson's message about the JSON text in the terms of a spec: it names settings of the
   * parser that a spec's author cannot change, so those go, and the usual cases say what to
   * write instead.
   */
  static String inJsonTerms(String message) {
    Matcher nonNumeric = NON_NUMERIC.matcher(message);
    if (nonNumeric.matches()) {
      return "JSON does not allow " + nonNumeric.group(1) + "; use a number";
    }
    if (message.contains(COMMENT) || message.startsWith(HASH)) {
      return "comments are not allowed in JSON; use YAML (a .mlp.yaml file) for comments";
    }
    if (message.contains(PLUS_SIGN)) {
      return "JSON does not allow a plus sign before a number; leave it out";
    }
    return SETTING_HINT.matcher(message).replaceAll("");
  }

  /**
   * The parser's own words in one short line. SnakeYAML adds lines that quote the source
   * with a caret under the error; those are indented and dropped, since the position is
   * reported separately. Jackson names the setting behind a limit it enforces, and cites
   * another position with a note on a setting of its own; neither means anything to the author
   * of a spec, so the first is dropped and the second reads as a plain line and column.
   */
  private static String parserMessage(String original) {
    if (original == null) {
      return "syntax error";
    }
    String joined = original.lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .collect(Collectors.joining("; "));
    String plain = CITED_LOCATION.matcher(joined.replaceAll(", from `[^`]*`", ""))
        .replaceAll("line $1, column $2");
    String printable = ValueText.printable(plain);
    return printable.length() <= MAX_PARSER_MESSAGE
        ? printable
        : printable.substring(0, MAX_PARSER_MESSAGE - 3) + "...";
  }

  /** {@code statement}, followed by {@code where} unless it is empty. */
  static String placed(String statement, String where) {
    return where.isEmpty() ? statement : statement + " " + where;
  }

  /** {@code at line 3, column 7}, or {@code ""} when the location is unknown. */
  static String position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static JsonFactory jsonFactory() {
    return JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  private static JsonFactory yamlFactory() {
    return new SpecYamlParser.Factory(
        YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
  }
}
