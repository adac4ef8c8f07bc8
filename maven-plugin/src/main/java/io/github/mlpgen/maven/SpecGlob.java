package io.github.mlpgen.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style file pattern, as Maven users write them in {@code <includes>}: {@code *}
 * matches within one folder, {@code ?} one character, and {@code **} any number of folders,
 * none included, so {@code **}{@code /*.mlp.json} also matches a spec at the top.
 */
final class SpecGlob {

  private final String glob;
  private final Pattern regex;

  private SpecGlob(String glob, Pattern regex) {
    this.glob = glob;
    this.regex = regex;
  }

  /** Compiles {@code glob}; backslashes count as folder separators. */
  static SpecGlob of(String glob) {
    return new SpecGlob(glob, Pattern.compile(toRegex(glob.trim().replace('\\', '/'))));
  }

  /** Whether {@code relativePath} (folders separated by {@code /}) matches. */
  boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return glob;
  }

  private static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 3;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else {
        regex.append(translate(glob.charAt(i)));
        i++;
      }
    }
    return regex.toString();
  }

  private static String translate(char c) {
    if (c == '*') {
      return "[^/]*";
    }
    if (c == '?') {
      return "[^/]";
    }
    return Pattern.quote(String.valueOf(c));
  }
}
