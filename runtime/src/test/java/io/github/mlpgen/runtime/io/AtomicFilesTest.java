package io.github.mlpgen.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path folder;

  @Test
  void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(folder.resolve("table.csv"), "old\n");

    AtomicFiles.write(target, "new\n".getBytes(StandardCharsets.UTF_8));

    assertThat(target).hasContent("new");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailureWhileWritingKeepsThePreviousFile() throws IOException {
    Path target = Files.writeString(folder.resolve("table.csv"), "old\n");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(target).hasContent("old");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void writtenFilesGetThePermissionsOfAnOrdinaryNewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
    Path ordinary = Files.write(folder.resolve("ordinary.txt"), new byte[] {1});
    Set<PosixFilePermission> umaskAllows = Files.getPosixFilePermissions(ordinary);
    assumeTrue(umaskAllows.contains(PosixFilePermission.OTHERS_READ),
        "a umask that lets others read new files");

    Path written = folder.resolve("written.txt");
    AtomicFiles.write(written, new byte[] {1});

    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(umaskAllows);
  }
}
