package io.github.mlpgen.maven;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import io.github.mlpgen.generator.spec.SpecDefaults;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the plugin parameters {@code backend} and {@code dtype}, written as in a spec
 * ({@code scalar}, {@code double}), into the {@link SpecDefaults} of specs that leave those
 * fields out.
 */
final class SpecDefaultsParameters {

  private SpecDefaultsParameters() {}

  /**
   * The defaults the parameters name; an unset ({@code null} or blank) parameter keeps the
   * spec format's own default.
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
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (specName(constant).equals(wanted)) {
        return Optional.of(constant);
      }
    }
    throw new InvalidInputException(
        "mlpgen: parameter " + parameter + " must be one of " + allowed(type) + ", was '"
            + value + "'; fix <" + parameter + "> in the pom or -Dmlpgen." + parameter);
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(SpecDefaultsParameters::specName)
        .collect(Collectors.joining(", "));
  }

  private static String specName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
