package io.github.mlpgen.maven;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.SpecException;
import io.github.mlpgen.generator.spec.SpecProblem;
import io.github.mlpgen.generator.spec.SpecReader;
import io.github.mlpgen.maven.GenerationState.SpecRecord;
import io.github.mlpgen.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One run of the generator over a source directory, incremental across runs:
 *
 * <ol>
 *   <li>find the specs and hash them;
 *   <li>regenerate the specs that are new or changed, or all of them when the generator,
 *       the configuration or the output directory changed, or whose class file is gone;
 *   <li>fail, before writing anything, on every invalid spec and every class two specs
 *       would both generate;
 *   <li>delete the classes of specs that are gone, which the last run's state file names,
 *       and nothing else;
 *   <li>write each generated file whose content differs from what is on disk, and the new
 *       state.
 * </ol>
 *
 * <p>A run keeps no state outside its files, so runs of different projects can proceed in
 * parallel.
 */
final class GenerationRun {

  private final GenerationRequest request;
  private final BuildLog log;

  GenerationRun(GenerationRequest request, BuildLog log) {
    this.request = request;
    this.log = log;
  }

  /**
   * Runs the steps above.
   *
   * @throws InvalidInputException when a spec is invalid or two specs generate one class
   * @throws GenerationException when a file cannot be read or written, or the generator fails
   */
  GenerationResult execute() throws InvalidInputException, GenerationException {
    long started = System.nanoTime();
    try {
      SpecFinder finder = new SpecFinder(request.includes(), request.excludes());
      List<SpecFile> specs = finder.find(request.sourceDirectory());
      warnAboutOverlooked(finder);
      GenerationState previous = previousState();
      Map<SpecFile, String> hashes = hashes(specs);

      List<SpecFile> stale = needingGeneration(specs, hashes, previous);
      Map<SpecFile, NetworkSpec> networks = readAll(stale);
      GenerationState next = nextState(specs, hashes, networks, previous);
      Map<SpecFile, GeneratedSource> sources = generate(networks);

      int removed = removeOutputsOfGoneSpecs(previous, next);
      int written = write(sources);
      storeIfChanged(next);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return new GenerationResult(specs.size(), sources.size(), written, removed, millis);
    } catch (IOException e) {
      throw new GenerationException("mlpgen: " + e, e);
    }
  }

  private void warnAboutOverlooked(SpecFinder finder) throws IOException {
    for (SpecFile file : finder.overlooked(request.sourceDirectory())) {
      log.warn("mlpgen: " + request.display(file.path()) + " is not read as a spec: its name"
          + " matches none of " + request.includes() + ". Rename it to end in .mlp.json,"
          + " .mlp.yaml or .mlp.yml, or add it to <includes> or <excludes>.");
    }
  }

  private GenerationState previousState() {
    try {
      return GenerationState.read(request.stateFile());
    } catch (IOException e) {
      // The state is a cache: without it every spec is regenerated, which is safe, but the
      // classes of specs removed since cannot be told from other files any more.
      log.warn("mlpgen: ignoring the unreadable state file " + request.display(
          request.stateFile()) + " (" + e.getMessage() + "); every spec is regenerated."
          + " If classes of removed specs remain, run 'mvn clean' once.");
      return GenerationState.EMPTY;
    }
  }

  private static Map<SpecFile, String> hashes(List<SpecFile> specs) throws IOException {
    Map<SpecFile, String> hashes = new LinkedHashMap<>();
    for (SpecFile spec : specs) {
      hashes.put(spec, Sha256.ofFile(spec.path()));
    }
    return hashes;
  }

  private List<SpecFile> needingGeneration(
      List<SpecFile> specs, Map<SpecFile, String> hashes, GenerationState previous) {
    boolean sameSetup = previous.sameSetup(
        request.generator(), request.configuration(), outputDirectoryText());
    if (!sameSetup && !previous.specs().isEmpty()) {
      log.debug("mlpgen: generator, configuration or output directory changed since the"
          + " last run; regenerating every spec");
    }
    List<SpecFile> stale = new ArrayList<>();
    for (SpecFile spec : specs) {
      SpecRecord record = previous.spec(spec.relativeName());
      boolean upToDate = sameSetup
          && record != null
          && record.sha256().equals(hashes.get(spec))
          && Files.isRegularFile(request.outputDirectory().resolve(record.output()));
      String decision = upToDate ? " is up to date" : " needs generating";
      log.debug("mlpgen: " + spec.relativeName() + decision);
      if (!upToDate) {
        stale.add(spec);
      }
    }
    return stale;
  }

  private Map<SpecFile, GeneratedSource> generate(Map<SpecFile, NetworkSpec> networks)
      throws GenerationException {
    Map<SpecFile, GeneratedSource> sources = new LinkedHashMap<>();
    for (Map.Entry<SpecFile, NetworkSpec> entry : networks.entrySet()) {
      sources.put(entry.getKey(), generate(entry.getKey(), entry.getValue()));
    }
    return sources;
  }

  /** Reads every spec before generating any, so one build reports the problems of all. */
  private Map<SpecFile, NetworkSpec> readAll(List<SpecFile> specs)
      throws InvalidInputException, GenerationException {
    Map<SpecFile, NetworkSpec> networks = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int invalidSpecs = 0;
    for (SpecFile spec : specs) {
      try {
        networks.put(spec, read(spec));
      } catch (SpecException e) {
        invalidSpecs++;
        e.problems().forEach(problem -> problems.add(located(spec, problem)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "mlpgen: " + plural(problems.size(), "problem") + " in "
              + plural(invalidSpecs, "spec") + "; fix them and build again:",
          problems);
    }
    return networks;
  }

  private NetworkSpec read(SpecFile spec) throws SpecException, GenerationException {
    try {
      return SpecReader.read(spec.path(), request.specDefaults());
    } catch (RuntimeException e) {
      throw new GenerationException(
          "mlpgen: reading " + request.display(spec.path()) + " failed: " + e, e);
    }
  }

  /** The problem's message, with the spec named by its path in the project. */
  private String located(SpecFile spec, SpecProblem problem) {
    return new SpecProblem(
            request.display(spec.path()), problem.field(), problem.value(), problem.allowed())
        .message();
  }

  private GeneratedSource generate(SpecFile spec, NetworkSpec network)
      throws GenerationException {
    GeneratedSource source;
    try {
      source = MlpGenerator.generate(network, spec.relativeName());
    } catch (RuntimeException e) {
      throw new GenerationException(
          "mlpgen: generating " + network.qualifiedName() + " from "
              + request.display(spec.path()) + " failed: " + e,
          e);
    }
    if (!source.qualifiedName().equals(network.qualifiedName())) {
      throw new GenerationException("mlpgen: the generator wrote " + source.qualifiedName()
          + " for " + request.display(spec.path()) + ", which declares "
          + network.qualifiedName(), null);
    }
    return source;
  }

  private GenerationState nextState(
      List<SpecFile> specs,
      Map<SpecFile, String> hashes,
      Map<SpecFile, NetworkSpec> networks,
      GenerationState previous)
      throws InvalidInputException {
    SortedMap<String, SpecRecord> records = new TreeMap<>();
    for (SpecFile spec : specs) {
      NetworkSpec network = networks.get(spec);
      String output = network != null
          ? outputOf(network)
          : previous.spec(spec.relativeName()).output();
      records.put(spec.relativeName(), new SpecRecord(hashes.get(spec), output));
    }
    requireDistinctClasses(records);
    return new GenerationState(
        request.generator(), request.configuration(), outputDirectoryText(), records);
  }

  /** Where the class of {@code network} goes, by the same rule as {@link GeneratedSource}. */
  private static String outputOf(NetworkSpec network) {
    return slashed(new GeneratedSource(network.qualifiedName(), "").relativePath());
  }

  private void requireDistinctClasses(SortedMap<String, SpecRecord> records)
      throws InvalidInputException {
    Map<String, String> specByOutput = new TreeMap<>();
    List<String> clashes = new ArrayList<>();
    records.forEach(
        (name, record) -> {
          String earlier = specByOutput.putIfAbsent(record.output(), name);
          if (earlier != null) {
            clashes.add(specPath(earlier) + " and " + specPath(name) + " both generate "
                + className(record.output()));
          }
        });
    if (!clashes.isEmpty()) {
      throw new InvalidInputException(
          "mlpgen: two specs generate the same class; change the name or package of one:",
          clashes);
    }
  }

  private String specPath(String relativeName) {
    return request.display(request.sourceDirectory().resolve(relativeName));
  }

  private static String className(String output) {
    return output.substring(0, output.length() - ".java".length()).replace('/', '.');
  }

  private int removeOutputsOfGoneSpecs(GenerationState previous, GenerationState next)
      throws IOException {
    Map<Path, String> current = next.outputsBySpec();
    int removed = 0;
    for (Map.Entry<Path, String> old : previous.outputsBySpec().entrySet()) {
      Path file = old.getKey();
      if (!current.containsKey(file) && Files.deleteIfExists(file)) {
        log.debug("mlpgen: deleted " + request.display(file) + ", generated from "
            + old.getValue() + " which is gone or now generates another class");
        deleteEmptyFolders(file.getParent(), Path.of(previous.outputDirectory()));
        removed++;
      }
    }
    return removed;
  }

  /** Deletes the package folders a deletion emptied, up to but not including the root. */
  private static void deleteEmptyFolders(Path folder, Path root) throws IOException {
    Path current = folder;
    while (current != null && current.startsWith(root) && !current.equals(root)) {
      try {
        Files.deleteIfExists(current);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
      current = current.getParent();
    }
  }

  private int write(Map<SpecFile, GeneratedSource> sources) throws IOException {
    int written = 0;
    for (Map.Entry<SpecFile, GeneratedSource> entry : sources.entrySet()) {
      Path file = request.outputDirectory().resolve(entry.getValue().relativePath());
      boolean changed = writeIfChanged(file, entry.getValue().content());
      log.debug("mlpgen: " + entry.getKey().relativeName() + " -> " + request.display(file)
          + (changed ? " (written)" : " (content unchanged, not rewritten)"));
      written += changed ? 1 : 0;
    }
    return written;
  }

  private void storeIfChanged(GenerationState next) throws IOException {
    boolean nothingToRemember = next.specs().isEmpty() && !Files.exists(request.stateFile());
    if (!nothingToRemember) {
      writeIfChanged(request.stateFile(), next.render());
    }
  }

  /** Writes the file only when its content differs, so unchanged files keep their times. */
  private static boolean writeIfChanged(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    AtomicFiles.write(file, bytes);
    return true;
  }

  private String outputDirectoryText() {
    return request.outputDirectory().toString();
  }

  private static String slashed(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
