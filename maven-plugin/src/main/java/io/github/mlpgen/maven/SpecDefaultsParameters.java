package io.github.mlpgen.maven;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import io.github.mlpgen.generator.spec.SpecDefaults;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the plugin parameters {@code backend} and {@code dtype}, written exactly as in a spec
 * ({@code scalar}, {@code double}: lower case, no blanks), into the {@link SpecDefaults} of
 * specs that leave those fields out. They are read as strictly as the spec's fields, so a
 * value moved between a spec and the pom means the same in both, and the rejection reads
 * the same.
 */
final class SpecDefaultsParameters {

  private SpecDefaultsParameters() {}

  /**
   * The defaults the parameters name; an unset ({@code null}) or empty parameter keeps the
   * spec format's own default, as {@code -Dmlpgen.backend=} clears the property.
   *
   * @throws InvalidInputException naming the parameter, the value and what is allowed
   */
  static SpecDefaults parse(String backend, String dtype) throws InvalidInputException {
    SpecDefaults defaults = SpecDefaults.STANDARD;
    Optional<Backend> chosenBackend = parse("backend", backend, Backend.class);
    Optional<DType> chosenDtype = parse("dtype", dtype, DType.class);
    if (chosenBackend.isPresent()) {
      defaults = defaults.withBackend(chosenBackend.get());
    }
    if (chosenDtype.isPresent()) {
      defaults = defaults.withDtype(chosenDtype.get());
    }
    return defaults;
  }

  /** A stable text of {@code defaults}, part of the configuration a state file remembers. */
  static String fingerprint(SpecDefaults defaults) {
    return "backend=" + specName(defaults.backend()) + ";dtype=" + specName(defaults.dtype());
  }

  private static <E extends Enum<E>> Optional<E> parse(
      String parameter, String value, Class<E> type) throws InvalidInputException {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (specName(constant).equals(value)) {
        return Optional.of(constant);
      }
    }
    throw new InvalidInputException("mlpgen: parameter " + parameter + " must be "
        + allowed(type) + ", was " + Quoted.of(value) + "; fix <" + parameter + "> in the pom"
        + " or -Dmlpgen." + parameter);
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(SpecDefaultsParameters::specName)
        .collect(Collectors.joining(" or "));
  }

  private static String specName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
