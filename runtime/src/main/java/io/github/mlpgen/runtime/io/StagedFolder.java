package io.github.mlpgen.runtime.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A set of files that replace their namesakes in a folder only once all of them were
 * written. The files go into a hidden staging folder inside the target folder (so that moving
 * them is a rename on the same file system); {@link #commit} moves them into place, and
 * {@link #close} deletes the staging folder with whatever it still holds. A failure while
 * writing therefore leaves the target folder as it was.
 *
 * <pre>{@code
 * try (StagedFolder staged = StagedFolder.in(out)) {
 *   Files.writeString(staged.path().resolve("a.csv"), ...);
 *   Files.writeString(staged.path().resolve("b.csv"), ...);
 *   staged.commit();
 * }
 * }</pre>
 */
public final class StagedFolder implements AutoCloseable {

  /** The name every staging folder starts with. */
  public static final String PREFIX = ".mlpgen-staging-";

  private final Path target;
  private final Path staging;

  private StagedFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Starts a set of files for {@code folder}, creating the folder if needed. */
  public static StagedFolder in(Path folder) throws IOException {
    Files.createDirectories(folder);
    return new StagedFolder(folder, Files.createTempDirectory(folder, PREFIX));
  }

  /** The folder to write the files into until {@link #commit}. */
  public Path path() {
    return staging;
  }

  /**
   * Moves every file written into {@link #path()} into the target folder, replacing files of
   * the same names, in name order. Each move is atomic, the set is not: if a move fails, the
   * files moved before it stay in place and the earlier versions they replaced are gone.
   * Where that matters, move the files that will be replaced aside first and put them back
   * on a failure.
   *
   * @return the names of the files moved, sorted
   */
  public List<String> commit() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(staging)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      AtomicFiles.move(file, target.resolve(name));
      names.add(name);
    }
    return names;
  }

  /** Deletes the staging folder and every file that was not committed. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(staging)) {
      return;
    }
    try (Stream<Path> listing = Files.list(staging)) {
      for (Path file : listing.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(staging);
  }
}
