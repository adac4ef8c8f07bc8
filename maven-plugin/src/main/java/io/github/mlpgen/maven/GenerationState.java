package io.github.mlpgen.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the last successful run generated: the generator, configuration and folders it ran
 * with, and for each spec its content hash and the class file it produced. Stored as a
 * properties file with sorted keys and no date, so an unchanged state is an unchanged file.
 *
 * @param generator the generator's identity
 * @param configuration {@link GenerationRequest#configuration()} of that run
 * @param outputDirectory the absolute output directory of that run, {@code ""} for none
 * @param sourceDirectory the absolute source directory of that run, which the specs are
 *     relative to, for messages about their classes; {@code ""} when unknown, as in states
 *     written before it was recorded
 * @param specs by spec name relative to the source directory
 */
record GenerationState(
    String generator,
    String configuration,
    String outputDirectory,
    String sourceDirectory,
    SortedMap<String, SpecRecord> specs) {

  /** The state before any run. */
  static final GenerationState EMPTY = new GenerationState("", "", "", "", new TreeMap<>());

  private static final String HEADER =
      "# Written by mlpgen-maven-plugin: what its last run generated. Deleting this file"
          + " makes the next run regenerate every spec.\n";
  private static final String SPEC_PREFIX = "spec.";
  private static final String HASH_SUFFIX = ".sha256";
  private static final String OUTPUT_SUFFIX = ".output";

  /**
   * One spec as generated.
   *
   * @param sha256 the hash of the spec file's bytes
   * @param output the generated file relative to the output directory, folders separated by
   *     {@code /}
   */
  record SpecRecord(String sha256, String output) {
    SpecRecord {
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(output, "output");
    }
  }

  GenerationState {
    specs = Collections.unmodifiableSortedMap(new TreeMap<>(specs));
  }

  /** A state that does not know its source directory. */
  GenerationState(
      String generator,
      String configuration,
      String outputDirectory,
      SortedMap<String, SpecRecord> specs) {
    this(generator, configuration, outputDirectory, "", specs);
  }

  /**
   * Reads a state file; {@link #EMPTY} when there is none.
   *
   * @throws IOException when the file cannot be read or is not a complete state
   */
  static GenerationState read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return EMPTY;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException("it is not UTF-8 text", e);
    }
    return parse(text);
  }

  /** Parses the text {@link #render()} produces. */
  static GenerationState parse(String text) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new StringReader(text)) {
      properties.load(reader);
    } catch (IllegalArgumentException e) {
      throw new IOException("malformed escape: " + e.getMessage(), e);
    }
    return new GenerationState(
        required(properties, "generator"),
        required(properties, "configuration"),
        path(properties, "outputDirectory"),
        optionalPath(properties, "sourceDirectory"),
        specs(properties));
  }

  /** The file's text: a comment line, then {@code key=value} lines in key order. */
  String render() {
    Properties properties = new Properties();
    properties.setProperty("generator", generator);
    properties.setProperty("configuration", configuration);
    properties.setProperty("outputDirectory", outputDirectory);
    properties.setProperty("sourceDirectory", sourceDirectory);
    specs.forEach(
        (name, spec) -> {
          properties.setProperty(SPEC_PREFIX + name + HASH_SUFFIX, spec.sha256());
          properties.setProperty(SPEC_PREFIX + name + OUTPUT_SUFFIX, spec.output());
        });
    return HEADER + escapedLines(properties);
  }

  private static String escapedLines(Properties properties) {
    StringWriter out = new StringWriter();
    try {
      properties.store(out, null);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    // store() adds a date comment and writes in hash order: drop the one, sort the other.
    return out.toString()
        .lines()
        .filter(line -> !line.startsWith("#"))
        .sorted()
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String required(Properties properties, String key) throws IOException {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IOException("the key '" + key + "' is missing");
    }
    return value;
  }

  /** A value the state uses as a path; a garbled one makes the whole state unreadable. */
  private static String path(Properties properties, String key) throws IOException {
    String value = required(properties, key);
    try {
      Path.of(value);
    } catch (InvalidPathException e) {
      throw new IOException("the value of '" + key + "' is not a path", e);
    }
    return value;
  }

  /** As {@link #path}, but {@code ""} when the key is missing, as in older states. */
  private static String optionalPath(Properties properties, String key) throws IOException {
    return properties.containsKey(key) ? path(properties, key) : "";
  }

  private static SortedMap<String, SpecRecord> specs(Properties properties)
      throws IOException {
    SortedMap<String, SpecRecord> specs = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(SPEC_PREFIX) && key.endsWith(HASH_SUFFIX)) {
        String name = key.substring(SPEC_PREFIX.length(), key.length() - HASH_SUFFIX.length());
        String output = path(properties, SPEC_PREFIX + name + OUTPUT_SUFFIX);
        specs.put(name, new SpecRecord(properties.getProperty(key), output));
      }
    }
    return specs;
  }

  /** Whether the last run had the same generator, configuration and output directory. */
  boolean sameSetup(String otherGenerator, String otherConfiguration, String otherOutput) {
    return generator.equals(otherGenerator)
        && configuration.equals(otherConfiguration)
        && outputDirectory.equals(otherOutput);
  }

  /** The recorded spec of that name, or {@code null}. */
  SpecRecord spec(String name) {
    return specs.get(name);
  }

  /**
   * Every recorded output resolved against the recorded output directory; a tampered state
   * may name any path, so callers check where each lies before touching it.
   */
  Map<Path, String> outputsBySpec() {
    Map<Path, String> outputs = new TreeMap<>();
    if (!outputDirectory.isEmpty()) {
      Path directory = Path.of(outputDirectory);
      specs.forEach((name, spec) -> outputs.put(directory.resolve(spec.output()), name));
    }
    return outputs;
  }
}
