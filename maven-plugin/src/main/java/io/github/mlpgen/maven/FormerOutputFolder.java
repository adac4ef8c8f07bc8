package io.github.mlpgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The output folder of the last run, after the output directory changed. The classes
 * generated there would stay behind, and wherever that folder is still a source root (an
 * IDE that has not re-read the pom, a build helper adding it) the compiler finds each class
 * twice. So they are deleted, by the rules of stale classes and two more, as a state that
 * names another folder may also be one copied with the project or tampered with: the
 * folder lies inside the project, and each file still begins with mlpgen's mark for the
 * spec the state records. What those rules keep is named in a warning instead.
 */
final class FormerOutputFolder {

  private final GenerationRequest request;
  private final BuildLog log;
  private final Path root;
  private final OutputFolder folder;

  /** @param root the absolute output directory the last run recorded */
  private FormerOutputFolder(GenerationRequest request, BuildLog log, Path root) {
    this.request = request;
    this.log = log;
    this.root = root;
    this.folder = new OutputFolder(root);
  }

  /**
   * The folder {@code previous} wrote to, when it is another one than this run's and a
   * folder of this project: one outside the project, such as that of the project this one
   * was copied from, is none of this run's business.
   */
  static Optional<FormerOutputFolder> of(
      GenerationRequest request, BuildLog log, GenerationState previous) {
    if (previous.outputDirectory().isEmpty()) {
      return Optional.empty();
    }
    Path recorded = Path.of(previous.outputDirectory()).normalize();
    if (recorded.equals(request.outputDirectory())) {
      return Optional.empty();
    }
    if (!recorded.isAbsolute() || !recorded.startsWith(request.baseDirectory())) {
      log.debug("mlpgen: the last run wrote to " + recorded + ", outside the project; its"
          + " classes there are left alone");
      return Optional.empty();
    }
    return Optional.of(new FormerOutputFolder(request, log, recorded));
  }

  /**
   * Deletes the classes {@code previous} records in this folder that may be deleted, and
   * warns once, naming the folder, about what was deleted and what was left.
   *
   * @param current the files this run generates, which are never deleted
   * @return how many classes were deleted
   */
  int clean(GenerationState previous, Set<Path> current, OtherExecutions others)
      throws IOException {
    int deleted = 0;
    List<String> left = new ArrayList<>();
    for (Map.Entry<Path, String> entry : previous.outputsBySpec().entrySet()) {
      Path file = entry.getKey().normalize();
      if (!isCandidate(file, current, others)) {
        continue;
      }
      if (folder.holds(file) && folder.isMarkedFor(file, entry.getValue())
          && folder.delete(file)) {
        log.debug("mlpgen: deleted " + request.display(file) + ", generated from "
            + entry.getValue() + " into the former output folder");
        deleted++;
      } else if (file.getFileName().toString().endsWith(".java")) {
        left.add(request.display(file));
      }
    }
    warn(deleted, left);
    return deleted;
  }

  /** A file that exists, that this run does not write, and that no other state lists. */
  private boolean isCandidate(Path file, Set<Path> current, OtherExecutions others) {
    if (current.contains(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Optional<String> owner = others.listing(file);
    owner.ifPresent(execution -> log.debug("mlpgen: not deleting " + request.display(file)
        + " in the former output folder, as the state of " + execution + " lists it"));
    return owner.isEmpty();
  }

  private void warn(int deleted, List<String> left) {
    if (deleted == 0 && left.isEmpty()) {
      return;
    }
    String former = request.display(root);
    String moved = "mlpgen: " + request.parameters().output() + " changed from " + former
        + " to " + request.display(request.outputDirectory()) + " since the last run";
    String deletion = deleted == 0 ? "" : ", so the " + GenerationResult.count(deleted, "class")
        + " generated into " + former + " before " + (deleted == 1 ? "was" : "were")
        + " deleted";
    log.warn(moved + deletion + (left.isEmpty() ? "." : leftOver(deleted, former, left)));
  }

  private static String leftOver(int deleted, String former, List<String> left) {
    String which = deleted == 0 ? "these files generated into " + former + " before were"
        : "these others were";
    return "; " + which + " left there, as mlpgen deletes only files in that folder that"
        + " still begin with its mark: " + String.join(", ", left) + ". Delete them unless you"
        + " keep them on purpose, or the compiler may find their classes twice.";
  }
}
