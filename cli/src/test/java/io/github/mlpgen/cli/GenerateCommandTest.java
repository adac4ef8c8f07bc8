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
  void anEmptyOutIsAUsageErrorNotTheWorkingDirectory() {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", "");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --out must name a folder, was empty "
        + "(see 'mlpgen generate --help')");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anOutThatIsAFileIsNamedAsSuch() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);
    Path file = Files.writeString(dir.resolve("afile"), "x");

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --out: " + file + " is a file, not a "
        + "folder");
  }

  @Test
  void aFileInPlaceOfAPackageFolderIsNamed() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);
    Path out = dir.resolve("src");
    Files.createDirectories(out);
    Path file = Files.writeString(out.resolve("org"), "x");

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --out: cannot write "
        + out.resolve("org/example/Tiny.java") + ", as " + file + " is a file, not a folder");
  }

  @Test
  void aFileInPlaceOfAFolderAboveOutIsNamed() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);
    Path file = Files.writeString(dir.resolve("afile"), "x");
    Path out = file.resolve("x");

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --out: cannot write "
        + out.resolve("org/example/Tiny.java") + ", as " + file + " is a file, not a folder");
  }

  @Test
  void rejectsMissingSpecNamingTheOption() {
    Path missing = dir.resolve("none.mlp.json");

    CliRun run = CliRun.of("generate", "--spec", missing.toString(), "--out", "x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --spec: " + missing + " does not exist");
  }

  @Test
  void replacesItsOwnEarlierOutput() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);
    Path out = dir.resolve("src");
    CliRun.of("generate", "--spec", spec.toString(), "--out", out.toString());
    Path generated = out.resolve("org/example/Tiny.java");
    Files.writeString(generated, Files.readString(generated) + "// edited\n");

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(generated)).doesNotContain("// edited");
  }

  @Test
  void refusesToOverwriteAFileItDidNotGenerate() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);
    Path handWritten = dir.resolve("src/org/example/Tiny.java");
    Files.createDirectories(handWritten.getParent());
    Files.writeString(handWritten, "package org.example;\n\nclass Tiny {}\n");

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out",
        dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --out: " + handWritten + " exists and was "
        + "not generated by mlpgen; move it away or choose another --out, so that it is not "
        + "overwritten");
    assertThat(Files.readString(handWritten)).isEqualTo("package org.example;\n\nclass Tiny {}\n");
  }

  @Test
  void refusesAFolderWhereTheClassGoesNamingIt() throws IOException {
    Path spec = Fixtures.spec(dir, 4, 3, "5", 2);
    Path folder = Files.createDirectories(dir.resolve("src/org/example/Tiny.java"));

    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out",
        dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("mlpgen: --out: " + folder + " is a folder, where "
        + "the generated class goes; remove it or choose another --out");
    assertThat(folder).isEmptyDirectory();
    assertThat(folder.getParent()).isDirectoryNotContaining(p -> !p.equals(folder));
  }
}
