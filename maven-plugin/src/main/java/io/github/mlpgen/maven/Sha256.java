package io.github.mlpgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lowercase hex, the form state files record. */
final class Sha256 {

  private Sha256() {}

  /** A digest that later calls to {@link MessageDigest#update} feed. */
  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** The digest of {@code bytes}. */
  static String of(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  /** The digest of the file's content. */
  static String ofFile(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }
}
