package io.github.mlpgen.generator.spec;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Spec texts for tests: the seed spec with fields replaced, and fixture files. */
final class SpecTexts {

  /** The file name inline texts are parsed under; every message starts with it. */
  static final String FILE = "seed.mlp.json";

  /** The seed network's fields as JSON text, in the order the format lists them. */
  private static final Map<String, String> SEED_FIELDS = seedFields();

  private SpecTexts() {}

  private static Map<String, String> seedFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "\"SeedNetwork\"");
    fields.put("package", "\"org.example.nn\"");
    fields.put("batch", "32");
    fields.put("input", "50");
    fields.put("hidden", "[25, 25]");
    fields.put("output", "10");
    return fields;
  }

  /** The seed spec as JSON. */
  static String seed() {
    return json(SEED_FIELDS);
  }

  /** The seed spec as YAML, one field a line, in the order the format lists them. */
  static String yaml() {
    return "name: SeedNetwork\npackage: org.example.nn\nbatch: 32\ninput: 50\n"
        + "hidden: [25, 25]\noutput: 10\n";
  }

  /**
   * The seed spec as JSON with {@code field} set to {@code rawJson} (added if new, such as an
   * optional or unknown field), or removed when {@code rawJson} is null.
   */
  static String seedWith(String field, String rawJson) {
    Map<String, String> fields = new LinkedHashMap<>(SEED_FIELDS);
    if (rawJson == null) {
      fields.remove(field);
    } else {
      fields.put(field, rawJson);
    }
    return json(fields);
  }

  /** A JSON object of {@code fields}, each value given as raw JSON text. */
  static String json(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> "  \"" + e.getKey() + "\": " + e.getValue())
        .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
  }

  /** The messages of the problems {@code content} has, in the order they are reported. */
  static List<String> problems(String content, String fileName) {
    return messagesOf(() -> SpecReader.parse(content, fileName));
  }

  /** The messages of the problems of the inline JSON text {@code content}. */
  static List<String> problems(String content) {
    return problems(content, FILE);
  }

  /** The messages of the problems of reading {@code file}. */
  static List<String> problems(Path file) {
    return messagesOf(() -> SpecReader.read(file));
  }

  private static List<String> messagesOf(SpecAction action) {
    try {
      NetworkSpec accepted = action.run();
      throw new AssertionError("expected problems, but the spec was accepted: " + accepted);
    } catch (SpecException e) {
      return e.problems().stream().map(SpecProblem::message).collect(Collectors.toList());
    }
  }

  /** A test resource below {@code specs/}, as a file. */
  static Path fixture(String relativePath) {
    URL url = SpecTexts.class.getResource("/specs/" + relativePath);
    if (url == null) {
      throw new AssertionError("no fixture specs/" + relativePath);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @FunctionalInterface
  private interface SpecAction {
    NetworkSpec run() throws SpecException;
  }
}
