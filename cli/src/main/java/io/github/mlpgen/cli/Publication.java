package io.github.mlpgen.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves the files of a staging folder into their folder together, as far as the file system
 * allows. First every file they replace and every file to remove is moved aside into a backup
 * folder next to the staging folder, then the new files are moved in. If a move fails, the
 * moves done so far are undone in reverse order, so that the folder holds either all the new
 * files or the files it held before. The backup folder is deleted once every move succeeded;
 * if undoing a move fails too, it keeps the earlier files that could not be put back.
 */
final class Publication {

  /** Moves one file to a name that must be free. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  /**
   * Renames within the folder; a name taken in the meantime fails the move instead of being
   * replaced.
   */
  static final Mover RENAME = (from, to) -> Files.move(from, to);

  /** The name every backup folder starts with. */
  static final String BACKUP_PREFIX = ".mlpgen-earlier-";

  /**
   * One move.
   *
   * @param file the file of the folder it concerns, as the user names it
   * @param failure what failed if the move fails, such as {@code cannot replace FILE}
   */
  private record Step(Path from, Path to, Path file, String failure) {}

  private final Path folder;
  private final Path staging;
  private final Mover mover;

  private Publication(Path folder, Path staging, Mover mover) {
    this.folder = folder;
    this.staging = staging;
    this.mover = mover;
  }

  /**
   * Moves the files {@code names} of {@code staging} into {@code folder}, replacing their
   * namesakes, and removes the files {@code removed} of {@code folder}: all of it or none.
   *
   * @throws InputException naming the file of {@code folder} that could not be replaced,
   *     written or removed, and whether the folder was left as it was
   * @throws IOException if the backup folder cannot be created; nothing was moved then
   */
  static void publish(Path folder, Path staging, List<String> names,
      Collection<String> removed, Mover mover) throws InputException, IOException {
    new Publication(folder, staging, mover).publish(names, removed);
  }

  private void publish(List<String> names, Collection<String> removed)
      throws InputException, IOException {
    List<String> replaced = new ArrayList<>();
    for (String name : names) {
      Path file = folder.resolve(name);
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException("--out: cannot write " + file + ": it is a directory, so "
            + folder + " was left as it was; remove it or choose another --out");
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        replaced.add(name);
      }
    }
    Path backup = replaced.isEmpty() && removed.isEmpty()
        ? null : Files.createTempDirectory(folder, BACKUP_PREFIX);
    List<Step> steps = new ArrayList<>();
    for (String name : replaced) {
      Path file = folder.resolve(name);
      steps.add(new Step(file, backup.resolve(name), file, "cannot replace " + file));
    }
    for (String name : removed) {
      Path file = folder.resolve(name);
      steps.add(new Step(file, backup.resolve(name), file,
          "cannot remove " + file + " of an earlier run"));
    }
    for (String name : names) {
      Path file = folder.resolve(name);
      steps.add(new Step(staging.resolve(name), file, file,
          (replaced.contains(name) ? "cannot replace " : "cannot write ") + file));
    }
    run(steps, backup);
    if (backup != null) {
      deleteBackup(backup, steps.subList(0, replaced.size() + removed.size()));
    }
  }

  private void run(List<Step> steps, Path backup) throws InputException {
    List<Step> done = new ArrayList<>();
    for (Step step : steps) {
      try {
        mover.move(step.from(), step.to());
      } catch (IOException e) {
        throw failure(step, e, done, backup);
      }
      done.add(step);
    }
  }

  /** Undoes {@code done} in reverse order and says what failed and where that leaves things. */
  private InputException failure(Step failed, IOException cause, List<Step> done, Path backup) {
    Set<Path> affected = new LinkedHashSet<>();
    IOException firstUndoFailure = null;
    for (int i = done.size() - 1; i >= 0; i--) {
      Step step = done.get(i);
      try {
        mover.move(step.to(), step.from());
      } catch (IOException e) {
        affected.add(step.file());
        if (firstUndoFailure == null) {
          firstUndoFailure = e;
        }
      }
    }
    String message = "--out: " + failed.failure() + ": " + why(cause) + "; ";
    if (affected.isEmpty()) {
      deleteQuietly(backup);
      message += folder + " was left as it was";
    } else {
      message += "putting the earlier files back failed too (" + why(firstUndoFailure)
          + "), so " + affected.stream().map(Path::toString).collect(Collectors.joining(", "))
          + " may be missing or hold the new run's version; the earlier versions that could not"
          + " be put back are in " + backup;
    }
    InputException exception = new InputException(message, cause);
    if (firstUndoFailure != null) {
      exception.addSuppressed(firstUndoFailure);
    }
    return exception;
  }

  /** Deletes the earlier files moved aside by {@code asides}, and then the backup folder. */
  private void deleteBackup(Path backup, List<Step> asides) throws InputException {
    try {
      for (Step step : asides) {
        Files.delete(step.to());
      }
      Files.delete(backup);
    } catch (IOException e) {
      throw new InputException("--out: the new files are in " + folder + ", but the earlier"
          + " ones they replaced cannot be deleted from " + backup + ": "
          + InputFiles.reasonOnly(e), e);
    }
  }

  /** Deletes the backup folder after every file in it was put back; it is empty then. */
  private static void deleteQuietly(Path backup) {
    if (backup == null) {
      return;
    }
    try {
      Files.deleteIfExists(backup);
    } catch (IOException ignored) {
      // An empty hidden folder is left; the failure that matters is reported already.
    }
  }

  /** Why a move failed, in words that do not name the staging or backup folder. */
  private static String why(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name appeared while the run was writing";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "it is a directory that is not empty";
    }
    return InputFiles.reasonOnly(e);
  }
}
