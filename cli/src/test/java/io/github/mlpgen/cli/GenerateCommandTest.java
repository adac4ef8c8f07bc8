package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheSourceIntoPackageFoldersAndPrintsItsPath() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);
    Path out = dir.resolve("src");

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", out.toString());

    Path expected = out.resolve("org/example/Tiny.java");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo(expected.toString());
    assertThat(Files.readString(expected))
        .contains("package org.example;")
        .contains("class Tiny")
        .contains("tiny.mlp.json");
  }

  @Test
  void generatingTwiceGivesTheSameBytes() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);

    CliRun.of("generate", "--spec", spec.toString(), "--out", dir.resolve("a").toString());
    CliRun.of("generate", "--spec", spec.toString(), "--out", dir.resolve("b").toString());

    assertThat(Files.readAllBytes(dir.resolve("a/org/example/Tiny.java")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b/org/example/Tiny.java")));
  }

  @Test
  void rejectsInvalidSpecWithoutWritingAnything() {
    Path spec = Fixtures.spec(dir, 4, -3, "5", 2);
    Path out = dir.resolve("src");

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("mlpgen: ").contains("input");
    assertThat(out).doesNotExist();
  }

  @Test
  void rejectsMissingSpecNamingTheOption() {
    Path missing = dir.resolve("none.mlp.json");

    CliRun run = CliRun.of("generate", "--spec", missing.toString(), "--out", "x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --spec: " + missing + " does not exist");
  }
}
