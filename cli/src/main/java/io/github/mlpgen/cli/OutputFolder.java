package io.github.mlpgen.cli;

import io.github.mlpgen.runtime.io.StagedFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The {@code --out} folder of a training run. {@link #prepare} checks before any training
 * that the folder can be written and that every file the run may write is absent or a
 * regular writable file, so that a run never trains for nothing. {@link #write} puts a set of
 * files into a staging folder inside it and moves them into place only once all of them were
 * written, so a failure while writing leaves the files of an earlier run as they were; the
 * files then replace their namesakes together or not at all (see {@link Publication}).
 */
final class OutputFolder {

  /** Writes files into the folder it is given. */
  @FunctionalInterface
  interface Writer {
    void writeInto(Path folder) throws IOException;
  }

  private final Path folder;
  private final Publication.Mover mover;

  private OutputFolder(Path folder, Publication.Mover mover) {
    this.folder = folder;
    this.mover = mover;
  }

  /**
   * Creates {@code folder} if needed and checks that the files {@code names} can be written
   * into it.
   *
   * @throws InputException naming the folder or the first file that cannot be written
   */
  static OutputFolder prepare(Path folder, Collection<String> names) throws InputException {
    PathOptions.requireNoFileOnTheWay(folder, folder, "create " + folder);
    create(folder);
    probe(folder);
    for (String name : names) {
      requireReplaceable(folder.resolve(name));
    }
    return new OutputFolder(folder, Publication.RENAME);
  }

  /** The same folder, moving files into place with {@code mover}, so a test can fail a move. */
  OutputFolder movingWith(Publication.Mover mover) {
    return new OutputFolder(folder, mover);
  }

  private static void create(Path folder) throws InputException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new InputException("--out: cannot create " + folder + ": "
          + InputFiles.reason(e), e);
    }
  }

  /** Creates and deletes a file: permissions, read-only mounts and quotas all show up. */
  private static void probe(Path folder) throws InputException {
    Path probe = folder.resolve(".mlpgen-probe-"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), Character.MAX_RADIX));
    try {
      try (OutputStream out = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW)) {
        out.write('\n');
      }
      Files.delete(probe);
    } catch (IOException e) {
      throw new InputException("--out: cannot write into " + folder + ": "
          + InputFiles.reasonOnly(e), e);
    }
  }

  private static void requireReplaceable(Path file) throws InputException {
    if (!Files.exists(file)) {
      return;
    }
    String problem = null;
    if (Files.isDirectory(file)) {
      problem = "it is a directory";
    } else if (!Files.isRegularFile(file)) {
      problem = "it is not a regular file";
    } else if (!Files.isWritable(file)) {
      problem = "it is read-only";
    }
    if (problem != null) {
      throw new InputException("--out: cannot write " + file + ": " + problem
          + "; remove it or choose another --out");
    }
  }

  /**
   * Writes what {@code writer} produces into the folder, all files or none, replacing files of
   * the same names.
   *
   * @return the names of the files written, sorted
   */
  List<String> write(Writer writer) throws InputException {
    return publish(writer, false);
  }

  /**
   * Writes the files of a finished run like {@link #write}, and removes in the same step the
   * files an earlier run left that this run did not write, such as the pictures of folds this
   * run does not have, so that the folder holds one run only.
   *
   * @return the names of the files written, sorted
   */
  List<String> writeRun(Writer writer) throws InputException {
    return publish(writer, true);
  }

  private List<String> publish(Writer writer, boolean removeOtherRunOutputs)
      throws InputException {
    try (StagedFolder staged = StagedFolder.in(folder)) {
      writer.writeInto(staged.path());
      List<String> names = regularFiles(staged.path());
      List<String> removed = removeOtherRunOutputs ? otherRunOutputs(names) : List.of();
      Publication.publish(folder, staged.path(), names, removed, mover);
      return names;
    } catch (IOException e) {
      throw new InputException("--out: cannot write into " + folder + ": "
          + InputFiles.reason(e), e);
    }
  }

  /** The names of the regular files in {@code folder}, sorted. */
  private static List<String> regularFiles(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  /** The files of the folder that some run writes but that are not among {@code written}. */
  private List<String> otherRunOutputs(Collection<String> written) throws IOException {
    Set<String> writtenNames = Set.copyOf(written);
    List<String> others = new ArrayList<>();
    for (String name : regularFiles(folder)) {
      if (RunFiles.isRunOutput(name) && !writtenNames.contains(name)) {
        others.add(name);
      }
    }
    return others;
  }
}
