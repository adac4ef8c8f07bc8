package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mlpgen.runtime.io.StagedFolder;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training into a folder that holds an earlier run: every problem with the folder shows up
 * before training, and a run that fails leaves the earlier run's files together.
 */
class OutputFolderTest {

  @TempDir Path dir;

  @Test
  void namesAnOutputThatIsADirectoryBeforeTrainingAndKeepsTheEarlierRun() throws IOException {
    Path out = dir.resolve("p2");
    assertSucceeds(train(out, "--seed", "1"));
    Files.delete(out.resolve("summary.json"));
    Files.createDirectory(out.resolve("summary.json"));
    Map<String, byte[]> before = contents(out);

    CliRun run = CliRun.of(args(out, "--seed", "2"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).isEqualTo("mlpgen: --out: cannot write " + out.resolve("summary.json")
        + ": it is a directory; remove it or choose another --out" + System.lineSeparator());
    assertSameContents(out, before);
  }

  @Test
  void findsAnUnwritableFolderBeforeTraining() throws IOException {
    Path folder = Unwritable.folder(dir);

    CliRun run = CliRun.of(args(folder));

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("mlpgen: --out: cannot write into " + folder + ": ");
  }

  @Test
  void aFailureWhileWritingLeavesTheEarlierFilesAsTheyWere() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectory(out);
    Files.writeString(out.resolve("history.csv"), "earlier\n");
    OutputFolder folder = OutputFolder.prepare(out, List.of("history.csv", "model.npz"));

    assertThatThrownBy(() -> folder.write(staging -> {
      Files.writeString(staging.resolve("history.csv"), "new\n");
      throw new IOException("no space left on device");
    })).isInstanceOf(InputException.class)
        .hasMessage("--out: cannot write into " + out + ": no space left on device");

    assertThat(out.resolve("history.csv")).hasContent("earlier");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("history.csv"));
    }
  }

  @Test
  void aDirectoryThatAppearsDuringTrainingLeavesEveryEarlierFileAsItWas() throws Exception {
    Path out = dir.resolve("out");
    assertSucceeds(train(out));
    OutputFolder folder = OutputFolder.prepare(out, RunFiles.all(2, false));
    Files.delete(out.resolve("summary.json"));
    Path inside = Files.writeString(
        Files.createDirectory(out.resolve("summary.json")).resolve("notes.txt"), "mine");
    Map<String, byte[]> before = contents(out);

    assertThatThrownBy(() -> folder.write(OutputFolderTest::writeNewRun))
        .isInstanceOf(InputException.class)
        .hasMessage("--out: cannot write " + out.resolve("summary.json") + ": it is a "
            + "directory, so " + out + " was left as it was; remove it or choose another --out");

    assertSameContents(out, before);
    assertThat(inside).hasContent("mine");
  }

  @Test
  void aMoveThatFailsPartWayPutsBackEveryFileOfTheEarlierRun() throws Exception {
    Path out = dir.resolve("out");
    Map<String, byte[]> before = earlierRunWithFilesToRemove(out);
    Path summary = out.resolve("summary.json");
    List<Path> movedIn = new ArrayList<>();
    AtomicBoolean failed = new AtomicBoolean();
    OutputFolder folder = OutputFolder.prepare(out, RunFiles.all(2, false))
        .movingWith((from, to) -> {
          if (to.equals(summary) && failed.compareAndSet(false, true)) {
            throw new FileSystemException(from.toString(), to.toString(),
                "Operation not permitted");
          }
          Publication.RENAME.move(from, to);
          if (!failed.get() && to.getParent().equals(out)) {
            movedIn.add(to);
          }
        });

    assertThatThrownBy(() -> folder.writeRun(OutputFolderTest::writeNewRun))
        .isInstanceOf(InputException.class)
        .hasMessage("--out: cannot replace " + summary + ": Operation not permitted; " + out
            + " was left as it was");

    assertThat(movedIn).as("new files moved in before the failure")
        .contains(out.resolve("history.csv"), out.resolve("model.npz"));
    assertSameContents(out, before);
  }

  @Test
  void whenPuttingAFileBackFailsTooTheMessageNamesItAndTheEarlierVersionIsKept()
      throws Exception {
    Path out = dir.resolve("out");
    Map<String, byte[]> before = earlierRunWithFilesToRemove(out);
    Path summary = out.resolve("summary.json");
    Path history = out.resolve("history.csv");
    AtomicBoolean failed = new AtomicBoolean();
    OutputFolder folder = OutputFolder.prepare(out, RunFiles.all(2, false))
        .movingWith((from, to) -> {
          if (to.equals(summary) && failed.compareAndSet(false, true)) {
            throw new FileSystemException(from.toString(), to.toString(),
                "Operation not permitted");
          }
          if (from.equals(history) && isIn(to, StagedFolder.PREFIX)) {
            throw new FileSystemException(from.toString(), to.toString(),
                "Device or resource busy");
          }
          Publication.RENAME.move(from, to);
        });

    Throwable thrown = catchThrowable(() -> folder.writeRun(OutputFolderTest::writeNewRun));

    Map<String, byte[]> after = contents(out);
    List<String> backups = after.keySet().stream()
        .filter(name -> name.startsWith(Publication.BACKUP_PREFIX)).toList();
    assertThat(backups).hasSize(1);
    Path backup = out.resolve(backups.get(0));
    assertThat(thrown).isInstanceOf(InputException.class)
        .hasMessage("--out: cannot replace " + summary + ": Operation not permitted; putting "
            + "the earlier files back failed too (Device or resource busy), so " + history
            + " may be missing or hold the new run's version; the earlier versions that could "
            + "not be put back are in " + backup);
    assertThat(history).hasContent("new history.csv");
    assertThat(contents(backup)).containsOnlyKeys("history.csv");
    assertThat(contents(backup).get("history.csv")).isEqualTo(before.get("history.csv"));
    assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(
        withAll(before.keySet(), backups.get(0)));
    for (String name : before.keySet()) {
      if (!name.equals("history.csv")) {
        assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
      }
    }
  }

  @Test
  void aDivergedRunKeepsTheEarlierRunTogether() throws IOException {
    Path out = dir.resolve("out");
    assertSucceeds(train(out));
    Map<String, byte[]> before = contents(out);

    CliRun diverged = train(out, "--lr", "1e6");

    assertThat(diverged.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(diverged.err()).contains("training diverged");
    Map<String, byte[]> after = contents(out);
    assertThat(after.keySet()).containsAll(before.keySet())
        .contains("diverged-history.csv", "diverged-steps.csv");
    for (String name : before.keySet()) {
      assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
    }
  }

  @Test
  void aFinishedRunRemovesFilesOfAnEarlierRunItDidNotWrite() throws IOException {
    Path out = dir.resolve("out");
    assertSucceeds(train(out, "--folds", "3"));
    assertThat(train(out, "--lr", "1e6").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    Path notes = Files.writeString(out.resolve("notes.txt"), "mine");
    assertThat(out.resolve("fold-3-epochs.png")).exists();
    assertThat(out.resolve("diverged-history.csv")).exists();

    assertSucceeds(train(out, "--folds", "2"));

    assertThat(contents(out).keySet()).containsExactlyInAnyOrderElementsOf(
        withNotes(RunFiles.finished(2, false)));
    assertThat(notes).hasContent("mine");
  }

  @Test
  void writtenFilesFollowTheUmaskLikeAnyNewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
    Path out = dir.resolve("out");
    assertSucceeds(train(out));
    Path ordinary = Files.write(out.resolve("ordinary.txt"), new byte[] {1});
    Set<PosixFilePermission> umaskAllows = Files.getPosixFilePermissions(ordinary);
    assumeTrue(umaskAllows.contains(PosixFilePermission.OTHERS_READ),
        "a umask that lets others read new files");

    for (String name : List.of("summary.json", "history.csv", "model.npz", "final-steps.png")) {
      assertThat(Files.getPosixFilePermissions(out.resolve(name))).as(name)
          .isEqualTo(umaskAllows);
    }
  }

  /**
   * Trains into {@code out} with 3 folds, lets a run diverge there and adds a file of the
   * user's, so the folder holds files a finished 2-fold run replaces, removes and keeps.
   *
   * @return the files of {@code out} by name
   */
  private static Map<String, byte[]> earlierRunWithFilesToRemove(Path out) throws IOException {
    assertSucceeds(train(out, "--folds", "3"));
    assertThat(train(out, "--lr", "1e6").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Map<String, byte[]> before = contents(out);
    assertThat(before).containsKeys("fold-3-steps.png", "diverged-history.csv", "notes.txt");
    return before;
  }

  /** Writes every file of a finished 2-fold run, each holding {@code new NAME}. */
  private static void writeNewRun(Path staging) throws IOException {
    for (String name : RunFiles.finished(2, false)) {
      Files.writeString(staging.resolve(name), "new " + name);
    }
  }

  /** Whether {@code file} is in a folder whose name starts with {@code prefix}. */
  private static boolean isIn(Path file, String prefix) {
    return file.getParent().getFileName().toString().startsWith(prefix);
  }

  private static List<String> withAll(Collection<String> names, String extra) {
    List<String> all = new ArrayList<>(names);
    all.add(extra);
    return all;
  }

  private static List<String> withNotes(List<String> names) {
    List<String> all = new ArrayList<>(names);
    all.add("notes.txt");
    return all;
  }

  private static CliRun train(Path out, String... extra) {
    return CliRun.of(args(out, extra));
  }

  private static String[] args(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("train", "--rows", "120", "--inputs", "2",
        "--outputs", "1", "--hidden", "2", "--batch", "8", "--epochs", "2",
        "--backend", "reference", "--out", out.toString()));
    if (!List.of(extra).contains("--folds")) {
      args.addAll(List.of("--folds", "2"));
    }
    args.addAll(List.of(extra));
    return args.toArray(new String[0]);
  }

  private static void assertSucceeds(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** Every regular file of {@code folder} by name; a directory maps to an empty array. */
  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        contents.put(file.getFileName().toString(),
            Files.isDirectory(file) ? new byte[0] : Files.readAllBytes(file));
      }
    }
    return contents;
  }

  private static void assertSameContents(Path folder, Map<String, byte[]> expected)
      throws IOException {
    Map<String, byte[]> actual = contents(folder);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String name : expected.keySet()) {
      assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
    }
  }
}
