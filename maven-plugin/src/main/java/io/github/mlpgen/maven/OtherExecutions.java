package io.github.mlpgen.maven;

import io.github.mlpgen.maven.GenerationRequest.FolderParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the other executions of the plugin in the project last generated, as their state
 * files next to this run's say: {@code <goal>@<execution id>.properties} each. Two
 * executions that write to one folder overwrite each other's classes and delete them as
 * stale, so a run must know about the others.
 */
final class OtherExecutions {

  private static final String SUFFIX = ".properties";

  private final SortedMap<String, GenerationState> statesByExecution;

  private OtherExecutions(SortedMap<String, GenerationState> statesByExecution) {
    this.statesByExecution = statesByExecution;
  }

  /**
   * The states beside {@code ownStateFile}, by execution ({@code generate@e2}); a state
   * that cannot be read is left out, with a detail for {@code mvn -X}.
   */
  static OtherExecutions beside(Path ownStateFile, BuildLog log) throws IOException {
    SortedMap<String, GenerationState> states = new TreeMap<>();
    for (Path file : otherStateFiles(ownStateFile)) {
      try {
        states.put(execution(file), GenerationState.read(file));
      } catch (IOException e) {
        log.debug("mlpgen: ignoring the unreadable state file " + file + " of another"
            + " execution (" + e.getMessage() + ")");
      }
    }
    return new OtherExecutions(states);
  }

  /** {@code generate@e1} of {@code generate@e1.properties}. */
  static String execution(Path stateFile) {
    String name = stateFile.getFileName().toString();
    return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
  }

  /**
   * Fails when another execution's last run wrote to the output directory of
   * {@code request}: the run would overwrite that execution's classes, and each would
   * delete the other's classes as stale. A state left by an execution since removed from
   * the pom fails too, as the run cannot tell it from one that runs later in the build.
   *
   * @throws InvalidInputException naming both executions and the folder
   */
  void requireNoneWritingTo(GenerationRequest request) throws InvalidInputException {
    Optional<String> other = writingTo(request.outputDirectory().toString());
    if (other.isPresent()) {
      String own = execution(request.stateFile());
      Path otherState = request.stateFile().resolveSibling(other.get() + SUFFIX);
      throw new InvalidInputException("mlpgen: the executions " + own + " and " + other.get()
          + " both write to " + request.display(request.outputDirectory()) + ", so each"
          + " would overwrite the other's classes and delete them as stale. "
          + ownFolderAdvice(request, own, other.get()) + " If " + other.get() + " is no"
          + " longer in the pom, delete its state " + request.display(otherState) + ".");
    }
  }

  private Optional<String> writingTo(String outputDirectory) {
    return statesByExecution.entrySet().stream()
        .filter(entry -> entry.getValue().outputDirectory().equals(outputDirectory))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The parameters to change, which differ when a generate and a generate-test clash. */
  private static String ownFolderAdvice(GenerationRequest request, String own, String other) {
    String ownParameter = request.parameters().output();
    String otherParameter = FolderParameters.ofGoal(goal(other)).output();
    return ownParameter.equals(otherParameter)
        ? "Give each execution its own <" + ownParameter + ">."
        : "Give each execution its own folder: <" + ownParameter + "> of " + own + ", <"
            + otherParameter + "> of " + other + ".";
  }

  /** {@code generate} of {@code generate@e1}. */
  private static String goal(String execution) {
    int at = execution.indexOf('@');
    return at < 0 ? execution : execution.substring(0, at);
  }

  /** The other execution whose state lists {@code file}, if any. */
  Optional<String> listing(Path file) {
    Path normal = file.normalize();
    return statesByExecution.entrySet().stream()
        .filter(entry -> listedBy(entry.getValue()).contains(normal))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static Set<Path> listedBy(GenerationState state) {
    Set<Path> files = new TreeSet<>();
    state.outputsBySpec().keySet().forEach(file -> files.add(file.normalize()));
    return files;
  }

  private static Set<Path> otherStateFiles(Path ownStateFile) throws IOException {
    Path folder = ownStateFile.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      Set<Path> others = new TreeSet<>();
      files.filter(file -> isStateFileName(file.getFileName().toString()))
          .filter(file -> !file.equals(ownStateFile) && Files.isRegularFile(file))
          .forEach(others::add);
      return others;
    }
  }

  private static boolean isStateFileName(String name) {
    return name.endsWith(SUFFIX) && name.indexOf('@') > 0 && !name.startsWith(".");
  }
}
