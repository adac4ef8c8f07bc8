package io.github.mlpgen.generator;

import java.nio.file.Path;

/**
 * One generated Java source file.
 *
 * @param qualifiedName the fully qualified name of the class it declares
 * @param content the complete source text
 */
public record GeneratedSource(String qualifiedName, String content) {

  /** Where the file goes below a source root: package folders, then {@code Name.java}. */
  public Path relativePath() {
    return Path.of(qualifiedName.replace('.', '/') + ".java");
  }
}
