package io.github.mlpgen.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders this process cannot use. Permission bits do not stop root, so when the
 * tests run as root these fall back to places of the Linux kernel's own file systems that
 * refuse root as well; where neither works the test is skipped.
 */
final class Unwritable {

  /** A file of {@code /proc} that only the kernel may read, even for root. */
  private static final Path KERNEL_WRITE_ONLY = Path.of("/proc/sys/vm/compact_memory");

  /** Mounted read-only in containers, and refusing new files everywhere. */
  private static final Path KERNEL_FOLDER = Path.of("/sys");

  private Unwritable() {}

  /** A regular file that exists but cannot be opened for reading. */
  static Path unreadableFile(Path dir) throws IOException {
    assumePosix();
    Path file = Fixtures.write(dir, "secret.csv", "x,y\n1,2\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    if (!canOpen(file)) {
      return file;
    }
    assumeTrue(Files.isRegularFile(KERNEL_WRITE_ONLY) && !canOpen(KERNEL_WRITE_ONLY),
        "no file that this process cannot read");
    return KERNEL_WRITE_ONLY;
  }

  /** An existing folder in which no file can be created. */
  static Path folder(Path dir) throws IOException {
    assumePosix();
    Path folder = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!canCreateIn(folder)) {
      return folder;
    }
    assumeTrue(Files.isDirectory(KERNEL_FOLDER) && !canCreateIn(KERNEL_FOLDER),
        "no folder that this process cannot write");
    return KERNEL_FOLDER;
  }

  private static void assumePosix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
  }

  private static boolean canOpen(Path file) {
    try (var channel = Files.newByteChannel(file)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean canCreateIn(Path folder) {
    Path probe = folder.resolve("probe");
    try {
      Files.createFile(probe);
    } catch (IOException e) {
      return false;
    }
    try {
      Files.delete(probe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }
}
