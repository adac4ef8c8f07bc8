package io.github.mlpgen.maven;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the plugin parameters that name files, the folders and the include and exclude
 * patterns, before a run relies on them. Maven passes an empty {@code <include></include>}
 * as {@code null}, which would otherwise surface as a {@link NullPointerException} far from
 * the pom; and it resolves an empty folder parameter to the project's folder, so the folders
 * are taken as text and checked here before they become paths.
 */
final class PathParameters {

  private PathParameters() {}

  /**
   * The folder a folder parameter names, relative paths left for the request to resolve.
   * An empty value would put the project's folder in its place: as the output directory
   * every generated package lands beside the pom and the project's folder becomes a source
   * root, and a blank one makes a folder named by spaces.
   *
   * @param parameter such as {@code outputDirectory}; its property is {@code mlpgen.} and
   *     the parameter's name
   * @throws InvalidInputException when the value is unset, blank or no path, naming the
   *     parameter
   */
  static Path folder(String parameter, String value) throws InvalidInputException {
    if (value != null && !value.isBlank()) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        // A path the file system cannot spell, such as one with a NUL character, names no
        // folder either: the message below says so.
      }
    }
    String shown = value == null ? "\"\"" : Quoted.of(value);
    throw new InvalidInputException("mlpgen: parameter " + parameter + " must name a folder,"
        + " was " + shown + "; set <" + parameter + "> in the pom or -Dmlpgen." + parameter
        + " to a folder, or leave it unset for the default.");
  }

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
