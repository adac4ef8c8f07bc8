package io.github.mlpgen.maven;

import io.github.mlpgen.generator.MlpGenerator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Names the code generator a run uses: the plugin version plus a hash of the generator's
 * classes. The hash matters for snapshot versions, whose code changes while the version
 * stays; with it, a rebuilt generator regenerates every spec instead of leaving stale
 * classes that merely look up to date.
 */
final class GeneratorIdentity {

  private static final int HASH_CHARS = 16;

  private GeneratorIdentity() {}

  /** {@code version+hash} of the generator on this class path. */
  static String of(String pluginVersion) throws IOException {
    return pluginVersion + "+" + hashOf(generatorLocation());
  }

  /**
   * The hash of a jar's bytes, or of every file below a class folder with its relative name.
   */
  static String hashOf(Path location) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    if (Files.isDirectory(location)) {
      for (Path file : filesBelow(location)) {
        String name = location.relativize(file).toString().replace('\\', '/');
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
    } else {
      digest.update(Files.readAllBytes(location));
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_CHARS);
  }

  private static List<Path> filesBelow(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Path generatorLocation() throws IOException {
    CodeSource source = MlpGenerator.class.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      throw new IOException("cannot tell where " + MlpGenerator.class.getName() + " comes from");
    }
    try {
      return Path.of(location.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot read the generator at " + location, e);
    }
  }
}
