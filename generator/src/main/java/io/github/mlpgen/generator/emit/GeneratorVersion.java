package io.github.mlpgen.generator.emit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of mlpgen, as the build wrote it into {@code version.properties}. */
public final class GeneratorVersion {

  private static final String RESOURCE = "/io/github/mlpgen/generator/version.properties";

  private static final String VERSION = load();

  private GeneratorVersion() {}

  /** The version string, such as {@code 0.1.0}; the same for every call. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = GeneratorVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isEmpty() || version.contains("${")) {
        // Unfiltered resource: the classes were built outside Maven.
        throw new IllegalStateException(
            RESOURCE + " holds no version (was it filtered by Maven?): '" + version + "'");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
