package io.github.mlpgen.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFolderTest {

  @TempDir Path folder;

  @Test
  void committedFilesReplaceTheirNamesakesAndTheStagingFolderGoes() throws IOException {
    Files.writeString(folder.resolve("a.csv"), "old a");
    Files.writeString(folder.resolve("keep.txt"), "kept");

    try (StagedFolder staged = StagedFolder.in(folder)) {
      Files.writeString(staged.path().resolve("a.csv"), "new a");
      Files.writeString(staged.path().resolve("b.csv"), "new b");
      assertThat(folder.resolve("a.csv")).hasContent("old a");

      assertThat(staged.commit()).containsExactly("a.csv", "b.csv");
    }

    assertThat(folder.resolve("a.csv")).hasContent("new a");
    assertThat(folder.resolve("b.csv")).hasContent("new b");
    assertThat(folder.resolve("keep.txt")).hasContent("kept");
    assertThat(names(folder)).containsExactlyInAnyOrder("a.csv", "b.csv", "keep.txt");
  }

  @Test
  void withoutCommitTheFolderStaysAsItWas() throws IOException {
    Files.writeString(folder.resolve("a.csv"), "old a");

    try (StagedFolder staged = StagedFolder.in(folder)) {
      Files.writeString(staged.path().resolve("a.csv"), "half of a new a");
      assertThat(staged.path().getFileName().toString()).startsWith(StagedFolder.PREFIX);
    }

    assertThat(folder.resolve("a.csv")).hasContent("old a");
    assertThat(names(folder)).containsExactly("a.csv");
  }

  private static Stream<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).toList().stream();
    }
  }
}
