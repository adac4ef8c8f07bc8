package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecGlobTest {

  @Test
  void doubleStarSlashMatchesAtTheTopAndInAnyFolder() {
    SpecGlob glob = SpecGlob.of("**/*.mlp.json");

    assertThat(glob.matches("Seed.mlp.json")).isTrue();
    assertThat(glob.matches("a/b/Seed.mlp.json")).isTrue();
    assertThat(glob.matches("Seed.mlp.yaml")).isFalse();
    assertThat(glob.matches("Seedxmlpxjson")).isFalse();
  }

  @Test
  void singleStarStaysWithinOneFolder() {
    SpecGlob glob = SpecGlob.of("*.mlp.json");

    assertThat(glob.matches("Seed.mlp.json")).isTrue();
    assertThat(glob.matches("nets/Seed.mlp.json")).isFalse();
  }

  @Test
  void trailingDoubleStarMatchesEverythingBelowAFolder() {
    SpecGlob glob = SpecGlob.of("drafts/**");

    assertThat(glob.matches("drafts/a/B.mlp.json")).isTrue();
    assertThat(glob.matches("final/B.mlp.json")).isFalse();
  }

  @Test
  void questionMarkMatchesOneCharacterButNoSeparator() {
    SpecGlob glob = SpecGlob.of("net?.mlp.json");

    assertThat(glob.matches("net1.mlp.json")).isTrue();
    assertThat(glob.matches("net12.mlp.json")).isFalse();
    assertThat(glob.matches("net/.mlp.json")).isFalse();
  }

  @Test
  void backslashesAreFolderSeparatorsAndRegexCharactersAreLiteral() {
    assertThat(SpecGlob.of("nets\\*.mlp.json").matches("nets/A.mlp.json")).isTrue();
    assertThat(SpecGlob.of("(a)+[b].json").matches("(a)+[b].json")).isTrue();
    assertThat(SpecGlob.of("(a)+[b].json").matches("aab.json")).isFalse();
  }
}
