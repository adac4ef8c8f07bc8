package io.github.mlpgen.cli;

import io.github.mlpgen.runtime.io.StagedFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * written, so a failure while writing leaves the files of an earlier run as they were.
 */
final class OutputFolder {

  /** Writes files into the folder it is given. */
  @FunctionalInterface
  interface Writer {
    void writeInto(Path folder) throws IOException;
  }

  private final Path folder;

  private OutputFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * Creates {@code folder} if needed and checks that the files {@code names} can be written
   * into it.
   *
   * @throws InputException naming the folder or the first file that cannot be written
   */
  static OutputFolder prepare(Path folder, Collection<String> names) throws InputException {
    create(folder);
    probe(folder);
    for (String name : names) {
      requireReplaceable(folder.resolve(name));
    }
    return new OutputFolder(folder);
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
   * Writes what {@code writer} produces into the folder, all files or none.
   *
   * @return the names of the files written, sorted
   */
  List<String> write(Writer writer) throws InputException {
    try (StagedFolder staged = StagedFolder.in(folder)) {
      writer.writeInto(staged.path());
      return staged.commit();
    } catch (IOException e) {
      throw new InputException("--out: cannot write into " + folder + ": "
          + InputFiles.reason(e), e);
    }
  }

  /**
   * Deletes the files an earlier run left that this run did not write, such as the pictures
   * of folds this run does not have, so that the folder holds one run only.
   */
  void removeOtherRunOutputs(Set<String> written) throws InputException {
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path file : listing.toList()) {
        String name = file.getFileName().toString();
        if (RunFiles.isRunOutput(name) && !written.contains(name) && Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new InputException("--out: cannot remove a file of an earlier run from " + folder
          + ": " + InputFiles.reason(e), e);
    }
  }
}
