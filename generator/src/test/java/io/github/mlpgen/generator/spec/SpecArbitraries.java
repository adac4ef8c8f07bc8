package io.github.mlpgen.generator.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of spec texts for property tests: valid specs with known values, and arbitrary
 * values to swap into them. Texts are written with Jackson's generators, which are not the
 * code under test (the reader uses Jackson's parsers and its own validation).
 */
final class SpecArbitraries {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  /**
   * Suffixes no keyword, literal or type of the generated code starts with, so a name made of
   * one and any identifier characters is always a valid class name.
   */
  private static final String CLASS_PREFIX = "Mlp";

  /** No Java keyword starts with q: a segment made of q and identifier characters is valid. */
  private static final String SEGMENT_PREFIX = "q";

  private SpecArbitraries() {}

  /** A valid spec with sizes up to {@code maxSize} and up to {@code maxHidden} layers. */
  static Arbitrary<NetworkSpec> validSpecs(int maxSize, int maxBatch, int maxHidden) {
    Arbitrary<Integer> sizes = Arbitraries.integers().between(1, maxSize);
    return Combinators.combine(
            classNames(),
            packageNames(),
            Arbitraries.integers().between(1, maxBatch),
            sizes,
            sizes.list().ofMinSize(1).ofMaxSize(maxHidden),
            sizes,
            Arbitraries.of(DType.class),
            Arbitraries.of(Backend.class))
        .as((name, pkg, batch, input, hidden, output, dtype, backend) ->
            new NetworkSpec(name, pkg, batch, input, hidden, output, dtype, backend, ""));
  }

  /** Class names that are valid by construction. */
  static Arbitrary<String> classNames() {
    return identifierTails(20).map(tail -> CLASS_PREFIX + tail);
  }

  /** Package names of one to four segments that are valid by construction. */
  static Arbitrary<String> packageNames() {
    return identifierTails(8).map(tail -> SEGMENT_PREFIX + tail.toLowerCase(Locale.ROOT))
        .list().ofMinSize(1).ofMaxSize(4)
        .map(segments -> String.join(".", segments));
  }

  private static Arbitrary<String> identifierTails(int maxLength) {
    return Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars('_')
        .ofMaxLength(maxLength);
  }

  /** Descriptions without the characters the format forbids, including non-ASCII text. */
  static Arbitrary<String> safeDescriptions() {
    return Arbitraries.strings()
        .withCharRange(' ', '~').withChars('\n', '\t', '\u00e9', '\u00df', '\u4e2d')
        .ofMaxLength(80)
        .filter(text -> !text.contains("*/") && !text.contains("\\u"));
  }

  /** {@code spec}'s fields in the order the format lists them, as plain Java values. */
  static Map<String, Object> fields(NetworkSpec spec) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", spec.name());
    fields.put("package", spec.packageName());
    fields.put("batch", spec.batch());
    fields.put("input", spec.input());
    fields.put("hidden", spec.hidden());
    fields.put("output", spec.output());
    fields.put("dtype", spec.dtype().name().toLowerCase(Locale.ROOT));
    fields.put("backend", spec.backend().name().toLowerCase(Locale.ROOT));
    if (!spec.description().isEmpty()) {
      fields.put("description", spec.description());
    }
    return fields;
  }

  /**
   * Any value a JSON or YAML file may hold where a field is expected: strings (also numeric
   * and empty), integers of every size, decimals and exponents, booleans, null, lists and
   * objects.
   */
  static Arbitrary<Object> anyValues() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().ofMaxLength(12)),
        Tuple.of(3, Arbitraries.integers().between(-10, 5000).map(Object.class::cast)),
        Tuple.of(1, Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
            .map(Object.class::cast)),
        Tuple.of(1, Arbitraries.bigDecimals()
            .between(new BigDecimal("-1e6"), new BigDecimal("1e6")).ofScale(3)
            .map(Object.class::cast)),
        Tuple.of(1, Arbitraries.of(new BigDecimal("1e30"), new BigDecimal("32.0"),
            Double.MAX_VALUE, Long.MIN_VALUE, "", "32", "yes", "null", "[1]", "*/", "\\u0000")
            .map(Object.class::cast)),
        Tuple.of(1, Arbitraries.of(true, false).map(Object.class::cast)),
        Tuple.of(1, Arbitraries.just(null)),
        Tuple.of(1, Arbitraries.integers().between(-2, 5000).list().ofMaxSize(20)
            .map(Object.class::cast)),
        Tuple.of(1, Arbitraries.just(Map.of("n", List.of(1, "x")))));
  }

  /** Any string, with every kind of character: controls, surrogates, bidi, emoji. */
  static Arbitrary<String> anyStrings(int maxLength) {
    return Arbitraries.strings().all().ofMaxLength(maxLength);
  }

  /** {@code fields} as JSON or YAML text. */
  static String write(Map<String, Object> fields, boolean yaml) {
    try {
      return (yaml ? YAML : JSON).writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write test spec " + fields, e);
    }
  }
}
