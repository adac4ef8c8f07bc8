package io.github.mlpgen.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a
 * temporary file in the same folder, which then replaces the target in one move. A crash
 * or an exception while writing leaves the previous file untouched.
 *
 * <p>The temporary file is created like any new file, so the written file gets the
 * permissions the process's umask allows (such as {@code rw-r--r--}), not the owner-only
 * permissions of {@link Files#createTempFile}.
 */
public final class AtomicFiles {

  /** Writes the content of one file to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Names drawn before giving up; a clash needs another writer using the same random name. */
  private static final int NAME_ATTEMPTS = 16;

  private static final SecureRandom NAMES = new SecureRandom();

  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target} atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Writes what {@code content} produces to {@code target} atomically. */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temporary = createTemporary(folder, absolute.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      move(temporary, absolute);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** An empty new file {@code .<name>.<random>.tmp} in {@code folder}. */
  private static Path createTemporary(Path folder, String name) throws IOException {
    for (int attempt = 1; ; attempt++) {
      String suffix = Long.toUnsignedString(NAMES.nextLong(), Character.MAX_RADIX);
      Path candidate = folder.resolve("." + name + "." + suffix + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * Moves {@code from} onto {@code to} in one step where the file system can, replacing
   * whatever file {@code to} names.
   */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
