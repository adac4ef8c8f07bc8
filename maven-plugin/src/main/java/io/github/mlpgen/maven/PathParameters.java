package io.github.mlpgen.maven;

import java.util.List;

/**
 * Checks the plugin parameters that name files, the include and exclude patterns, before a
 * run relies on them. Maven passes an empty {@code <include></include>} as {@code null}, which
 * would otherwise surface as a {@link NullPointerException} far from the pom.
 */
final class PathParameters {

  private PathParameters() {}

  /**
   * The patterns of {@code <includes>} or {@code <excludes>}, as given; an empty list when
   * the parameter is unset.
   *
   * @param parameter {@code includes} or {@code excludes}
   * @param element the name of one entry in the pom, {@code include} or {@code exclude}
   * @throws InvalidInputException when an entry is empty or blank, naming the parameter
   */
  static List<String> patterns(String parameter, String element, List<String> patterns)
      throws InvalidInputException {
    if (patterns == null) {
      return List.of();
    }
    for (String pattern : patterns) {
      if (pattern == null || pattern.isBlank()) {
        throw new InvalidInputException("mlpgen: parameter " + parameter + " has an empty <"
            + element + ">; each must be an Ant-style pattern such as **/*.mlp.json. Remove"
            + " the empty <" + element + "> from <" + parameter + "> in the pom, or write a"
            + " pattern in it.");
      }
    }
    return List.copyOf(patterns);
  }
}
