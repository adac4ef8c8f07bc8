package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, telling what it reads from each SnakeYAML event but does not pass on:
 * the tag a node is written with, and whether a scalar is plain (neither quoted nor a block).
 * The reader needs both: a tag changes what a value means ({@code !!str 32} is text), and
 * only a plain scalar can be a number, so {@code 0o7}, an integer to YAML 1.2 but text to this
 * YAML 1.1 parser, is reported as the integer it is meant to be, while {@code "0o7"} is text.
 */
final class SpecYamlParser extends YAMLParser {

  private SpecYamlParser(IOContext context, int parserFeatures, int yamlFeatures,
      LoaderOptions loaderOptions, ObjectCodec codec, Reader reader) {
    super(context, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
  }

  /**
   * The tag of the current token's node as SnakeYAML resolves it ({@code !foo}, or {@code
   * tag:yaml.org,2002:int} for {@code !!int}), or null when it is written without one. An
   * alias and the end of a list or mapping have none.
   */
  String currentTag() {
    if (_lastEvent instanceof ScalarEvent scalar) {
      return scalar.getTag();
    }
    if (_lastEvent instanceof CollectionStartEvent start) {
      return start.getTag();
    }
    return null;
  }

  /** Whether the current token is a plain scalar: a key or value written without quotes. */
  boolean isPlainScalar() {
    return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
  }

  /** Jackson's YAML factory, making {@link SpecYamlParser}s from text. */
  static final class Factory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder settings) {
      super(settings);
    }

    /** Every parser for text, {@link #createParser(String)} included, is made here. */
    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new SpecYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions,
          _objectCodec, reader);
    }
  }
}
