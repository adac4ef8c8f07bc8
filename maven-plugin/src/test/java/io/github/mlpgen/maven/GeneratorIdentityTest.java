package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorIdentityTest {

  @TempDir Path classes;

  @Test
  void classFolderHashFollowsContentAndNames() throws Exception {
    Files.createDirectories(classes.resolve("a"));
    Files.writeString(classes.resolve("a/B.class"), "one");
    String first = GeneratorIdentity.hashOf(classes);

    Files.writeString(classes.resolve("a/B.class"), "two");
    String changed = GeneratorIdentity.hashOf(classes);
    Files.move(classes.resolve("a/B.class"), classes.resolve("a/C.class"));
    String renamed = GeneratorIdentity.hashOf(classes);
    Files.writeString(classes.resolve("a/C.class"), "one");
    Files.move(classes.resolve("a/C.class"), classes.resolve("a/B.class"));

    assertThat(changed).isNotEqualTo(first);
    assertThat(renamed).isNotEqualTo(changed);
    assertThat(GeneratorIdentity.hashOf(classes)).isEqualTo(first).hasSize(16);
  }

  @Test
  void identityStartsWithThePluginVersion() throws Exception {
    assertThat(GeneratorIdentity.of("1.2.3")).matches("1\\.2\\.3\\+[0-9a-f]{16}");
  }
}
