package io.github.mlpgen.maven;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.SpecException;
import io.github.mlpgen.generator.spec.SpecProblem;
import io.github.mlpgen.generator.spec.SpecReader;
import io.github.mlpgen.maven.GenerationRequest.FolderParameters;
import io.github.mlpgen.maven.GenerationState.SpecRecord;
import io.github.mlpgen.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * One run of the generator over a source directory, incremental across runs:
 *
 * <ol>
 *   <li>check the folders and find the specs, failing on selected files not named as specs
 *       and on specs that are symbolic links to nothing or folders, and fail when another
 *       execution's state records the same output directory;
 *   <li>regenerate the specs that are new or changed, or all of them when the generator,
 *       the configuration or the output directory changed, or whose class file is gone;
 *   <li>fail, before writing anything, on every invalid spec, every pair of specs whose
 *       classes clash ({@link ClassClashes}), every spec the generator refuses, every
 *       file in the way that the plugin did not write and every file where a package folder
 *       goes; and, before deleting anything, when the output directory cannot be created or
 *       written to;
 *   <li>delete the classes of specs that are gone, which the last run's state file names,
 *       if they are {@code .java} files in the output directory that no other execution's
 *       state lists, and nothing else; or, when the output directory changed, the classes
 *       generated into the former one ({@link FormerOutputFolder});
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
  private final BiFunction<NetworkSpec, String, GeneratedSource> generator;
  private final OutputFolder output;

  GenerationRun(GenerationRequest request, BuildLog log) {
    this(request, log, MlpGenerator::generate);
  }

  /** A run with another generator than {@link MlpGenerator#generate}, to test failures. */
  GenerationRun(
      GenerationRequest request,
      BuildLog log,
      BiFunction<NetworkSpec, String, GeneratedSource> generator) {
    this.request = request;
    this.log = log;
    this.generator = generator;
    this.output = new OutputFolder(request.outputDirectory());
  }

  /**
   * Runs the steps above.
   *
   * @throws InvalidInputException when a folder parameter names a file, a selected file is
   *     not named as a spec, is a link to nothing or a folder, a spec is invalid or cannot be
   *     generated, the classes of two specs clash, a file the plugin did not write or a
   *     folder is where a class or the state goes, another execution writes to the same
   *     output directory, or the output directory cannot be created or written to
   * @throws GenerationException when a file cannot be read or written, or the generator fails
   */
  GenerationResult execute() throws InvalidInputException, GenerationException {
    long started = System.nanoTime();
    try {
      requireFolders();
      boolean sourceMissing = !Files.exists(request.sourceDirectory());
      List<SpecFile> specs = findSpecs();
      GenerationState previous = previousState();
      OtherExecutions others = OtherExecutions.beside(request.stateFile(), log);
      others.requireNoneWritingTo(request);
      Map<SpecFile, String> hashes = hashes(specs);

      List<SpecFile> stale = needingGeneration(specs, hashes, previous);
      Map<SpecFile, NetworkSpec> networks = readAll(stale);
      GenerationState next = nextState(specs, hashes, networks, previous);
      Map<SpecFile, GeneratedSource> sources = generate(networks);
      requireNoFoldersInTheWay(sources.values());
      requireNoFilesWherePackagesGo(sources);
      requireNoForeignFiles(sources, output.recordedIn(previous));
      warnAboutClassesInMainSourceRoots(next);
      if (!sources.isEmpty()) {
        requireWritableOutput();
      }

      int removed = removeStaleOutputs(previous, next, others);
      if (sourceMissing && removed > 0) {
        warnAboutRemovalForMissingSource(removed, previous);
      }
      int written = write(sources);
      storeIfChanged(next);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return new GenerationResult(
          specs.size(), sources.size(), written, removed, millis, sourceMissing);
    } catch (IOException e) {
      throw new GenerationException("mlpgen: " + IoFailures.describe(e, request), e);
    }
  }

  private void requireFolders() throws InvalidInputException {
    FolderParameters parameters = request.parameters();
    if (Files.isRegularFile(request.sourceDirectory())) {
      throw new InvalidInputException("mlpgen: " + parameters.source() + " "
          + request.display(request.sourceDirectory()) + " is a file, not a folder; point <"
          + parameters.source() + "> to the folder that holds the specs.");
    }
    Path blocking = request.outputDirectory();
    while (blocking != null && !Files.exists(blocking)) {
      blocking = blocking.getParent();
    }
    if (blocking != null && !Files.isDirectory(blocking)) {
      String shown = request.display(request.outputDirectory());
      String problem = blocking.equals(request.outputDirectory())
          ? shown + " is a file, not a folder"
          : shown + " cannot be created, as " + request.display(blocking) + " is a file";
      throw new InvalidInputException("mlpgen: " + parameters.output() + " " + problem
          + "; point <" + parameters.output() + "> to a folder, or move the file away.");
    }
  }

  /**
   * Creates the output directory and writes and deletes a file in it, so that an output
   * directory mlpgen cannot write to (a read-only or special file system, a name too long)
   * fails the build while the classes generated into the former one are still in place.
   */
  private void requireWritableOutput() throws InvalidInputException {
    Path folder = request.outputDirectory();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw unwritableOutput("cannot be created: " + IoFailures.describeFor(e, folder, request));
    }
    try {
      Files.delete(Files.createTempFile(folder, ".mlpgen-", ".tmp"));
    } catch (IOException e) {
      // The file's name is of no use to the reader: it was the plugin's own probe.
      throw unwritableOutput("cannot be written to: " + IoFailures.reason(e));
    }
  }

  private InvalidInputException unwritableOutput(String problem) {
    String parameter = request.parameters().output();
    return new InvalidInputException("mlpgen: " + parameter + " "
        + request.display(request.outputDirectory()) + " " + problem + "; point <" + parameter
        + "> to a folder mlpgen can write to.");
  }

  private List<SpecFile> findSpecs() throws IOException, InvalidInputException {
    SpecFinder.Selection selection =
        new SpecFinder(request.includes(), request.excludes()).scan(request.sourceDirectory());
    for (SpecFile file : selection.unselected()) {
      log.warn("mlpgen: " + request.display(file.path()) + " is not read as a spec: it is not"
          + " selected by <includes>/<excludes> (includes: " + request.includes() + "). Add a"
          + " pattern that matches it to <includes>, or add it to <excludes> to leave it out"
          + " without this warning.");
    }
    for (SpecFile file : selection.unnamed()) {
      log.warn("mlpgen: " + request.display(file.path()) + " is not read as a spec: a spec"
          + " file's name ends in " + specSuffixes() + ". Rename it if it is a spec, or add"
          + " it to <excludes> to leave it out without this warning.");
    }
    if (!selection.misnamed().isEmpty()) {
      throw new InvalidInputException("mlpgen: <includes> selects files that are not named"
          + " as specs; a spec file's name must end in " + specSuffixes() + ". Rename them,"
          + " or change <includes>/<excludes> to leave them out:",
          selection.misnamed().stream().map(file -> request.display(file.path())).toList());
    }
    requireNoBrokenLinks(selection.broken());
    requireNoFolders(selection.folders());
    return selection.specs();
  }

  /**
   * Fails on selected specs that are symbolic links to nothing: skipping them would delete
   * the classes they generated before as stale, and the build would fail later in the
   * compiler, or not at all, without naming the spec.
   */
  private void requireNoBrokenLinks(List<SpecFile> broken) throws InvalidInputException {
    List<String> links = new ArrayList<>();
    for (SpecFile file : broken) {
      links.add(request.display(file.path()) + " -> " + linkTarget(file.path()));
    }
    if (links.size() == 1) {
      throw new InvalidInputException("mlpgen: the spec " + links.get(0) + " is a symbolic"
          + " link to a file that does not exist; restore that file, or delete the link.");
    } else if (!links.isEmpty()) {
      throw new InvalidInputException("mlpgen: these specs are symbolic links to files that"
          + " do not exist; restore those files, or delete the links:", links);
    }
  }

  /**
   * Fails on selected specs that are folders or links to folders: skipping them, as a walk
   * of regular files would, would delete the classes they generated before as stale.
   */
  private void requireNoFolders(List<SpecFile> folders) throws InvalidInputException {
    List<String> paths = new ArrayList<>();
    for (SpecFile folder : folders) {
      Path path = folder.path();
      paths.add(request.display(path)
          + (Files.isSymbolicLink(path) ? " -> " + linkTarget(path) : ""));
    }
    if (paths.size() == 1) {
      String what = Files.isSymbolicLink(folders.get(0).path())
          ? " is a symbolic link to a folder" : " is a folder";
      throw new InvalidInputException("mlpgen: the spec " + paths.get(0) + what + ", not a"
          + " file; rename it so that its name does not end in " + specSuffixes()
          + ", or add it to <excludes>.");
    } else if (!paths.isEmpty()) {
      throw new InvalidInputException("mlpgen: these specs are folders or symbolic links to"
          + " folders, not files; rename them so that their names do not end in "
          + specSuffixes() + ", or add them to <excludes>:", paths);
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "(unreadable)";
    }
  }

  private static String specSuffixes() {
    return String.join(", ", SpecReader.FILE_SUFFIXES);
  }

  private GenerationState previousState() {
    if (Files.isDirectory(request.stateFile(), LinkOption.NOFOLLOW_LINKS)) {
      return GenerationState.EMPTY; // requireNoFoldersInTheWay says what to do
    }
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
      boolean upToDate = sameSetup && record != null
          && record.sha256().equals(hashes.get(spec))
          && isGenerated(request.outputDirectory().resolve(record.output()));
      String decision = upToDate ? " is up to date" : " needs generating";
      log.debug("mlpgen: " + spec.relativeName() + decision);
      if (!upToDate) {
        stale.add(spec);
      }
    }
    return stale;
  }

  private boolean isGenerated(Path file) {
    return output.holds(file) && Files.isRegularFile(file);
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

  /**
   * Generates every spec before failing, so one build lists every spec the generator
   * refuses (such as a backend this version cannot emit) in the generator's own words.
   */
  private Map<SpecFile, GeneratedSource> generate(Map<SpecFile, NetworkSpec> networks)
      throws InvalidInputException, GenerationException {
    Map<SpecFile, GeneratedSource> sources = new LinkedHashMap<>();
    List<String> refusals = new ArrayList<>();
    for (Map.Entry<SpecFile, NetworkSpec> entry : networks.entrySet()) {
      SpecFile spec = entry.getKey();
      try {
        sources.put(spec, generate(spec, entry.getValue()));
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        refusals.add(request.display(spec.path()) + ": " + refusal(e));
      } catch (RuntimeException e) {
        // Anything else is a defect of the generator: the exception's class helps a report.
        throw new GenerationException("mlpgen: generating "
            + entry.getValue().qualifiedName() + " from " + request.display(spec.path())
            + " failed: " + e, e);
      }
    }
    if (!refusals.isEmpty()) {
      throw new InvalidInputException("mlpgen: the generator cannot generate "
          + plural(refusals.size(), "spec") + ":", refusals);
    }
    return sources;
  }

  private static String refusal(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "the generator gave no reason" : message;
  }

  private GeneratedSource generate(SpecFile spec, NetworkSpec network)
      throws GenerationException {
    GeneratedSource source = generator.apply(network, spec.relativeName());
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
    new ClassClashes(records, this::specPath).requireNone();
    return new GenerationState(request.generator(), request.configuration(),
        outputDirectoryText(), request.sourceDirectory().toString(), records);
  }

  /** Where the class of {@code network} goes, by the same rule as {@link GeneratedSource}. */
  private static String outputOf(NetworkSpec network) {
    return slashed(new GeneratedSource(network.qualifiedName(), "").relativePath());
  }

  /**
   * Fails when a folder stands where a class or the state goes: writing would fail only
   * after other files were written, with a message about a temporary file.
   */
  private void requireNoFoldersInTheWay(Collection<GeneratedSource> sources)
      throws InvalidInputException {
    List<Path> files = new ArrayList<>();
    sources.forEach(source -> files.add(request.outputDirectory().resolve(source.relativePath())));
    files.add(request.stateFile());
    List<String> folders = files.stream()
        .filter(file -> Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
        .map(request::display)
        .toList();
    if (folders.size() == 1) {
      throw new InvalidInputException("mlpgen: " + folders.get(0)
          + " is a folder, where mlpgen writes a file; remove it.");
    } else if (!folders.isEmpty()) {
      throw new InvalidInputException(
          "mlpgen: these are folders, where mlpgen writes files; remove them:", folders);
    }
  }

  /**
   * Fails when a file stands where the folder of a package goes, such as {@code org/ex} of
   * {@code org.ex.nn.Tiny}: writing would fail with the file system's words, naming no spec,
   * after the classes of a former output directory were deleted.
   */
  private void requireNoFilesWherePackagesGo(Map<SpecFile, GeneratedSource> sources)
      throws InvalidInputException {
    List<String> blocked = new ArrayList<>();
    Set<Path> files = new TreeSet<>();
    for (Map.Entry<SpecFile, GeneratedSource> entry : sources.entrySet()) {
      GeneratedSource source = entry.getValue();
      Optional<Path> file = fileWherePackageGoes(source.relativePath());
      file.ifPresent(files::add);
      file.ifPresent(found -> blocked.add(request.display(found) + " is a file, where the"
          + " folder of package " + packageOf(found) + " goes, for " + source.qualifiedName()
          + " of " + request.display(entry.getKey().path())));
    }
    if (blocked.isEmpty()) {
      return;
    }
    String parameter = request.parameters().output();
    String folder = request.display(request.outputDirectory());
    String otherFolder = ", or point <" + parameter + "> to another folder";
    if (blocked.size() == 1) {
      throw new InvalidInputException("mlpgen: " + parameter + " " + folder + " needs a"
          + " package folder: " + blocked.get(0) + "; move the file out of " + folder
          + otherFolder + ".");
    }
    String needs = files.size() == 1
        ? " needs a package folder where a file stands; move the file out of "
        : " needs package folders where files stand; move each file out of ";
    throw new InvalidInputException(
        "mlpgen: " + parameter + " " + folder + needs + folder + otherFolder + ":", blocked);
  }

  /** The first package folder on the way to {@code relativeFile} that exists as no folder. */
  private Optional<Path> fileWherePackageGoes(Path relativeFile) {
    Path folder = request.outputDirectory();
    Path packages = relativeFile.getParent();
    for (int i = 0; packages != null && i < packages.getNameCount(); i++) {
      folder = folder.resolve(packages.getName(i));
      if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
        return Optional.of(folder);
      }
    }
    return Optional.empty();
  }

  private String packageOf(Path folder) {
    return slashed(request.outputDirectory().relativize(folder)).replace('/', '.');
  }

  /**
   * Fails when a class would overwrite a file the plugin did not write: one its last state
   * does not record, with other content and without the generator's mark for that spec.
   */
  private void requireNoForeignFiles(Map<SpecFile, GeneratedSource> sources, Set<Path> recorded)
      throws IOException, InvalidInputException {
    List<String> foreign = new ArrayList<>();
    for (Map.Entry<SpecFile, GeneratedSource> entry : sources.entrySet()) {
      GeneratedSource source = entry.getValue();
      Path file = request.outputDirectory().resolve(source.relativePath());
      if (!output.mayWrite(file, source.content(), recorded)) {
        foreign.add(request.display(file) + " is where " + request.display(
            entry.getKey().path()) + " puts " + source.qualifiedName());
      }
    }
    if (!foreign.isEmpty()) {
      throw new InvalidInputException("mlpgen: these files stand where generated classes go,"
          + " but mlpgen did not write them and will not overwrite them. Move each file out of "
          + request.display(request.outputDirectory()) + ", or change the name or package"
          + " of the class in its spec:", foreign);
    }
  }

  /**
   * A test class at the path of a main class hides the main class from the tests; a main
   * class at the path of another main source root's class makes javac fail with a duplicate
   * class, and the warning names the spec, which javac's message does not.
   */
  private void warnAboutClassesInMainSourceRoots(GenerationState next) {
    String consequence = request.parameters().equals(FolderParameters.TEST)
        ? "in the tests the generated test class hides the main one"
        : "compiling fails with a duplicate class";
    next.specs().forEach(
        (name, record) -> {
          for (Path root : request.mainSourceRoots()) {
            Path main = root.resolve(record.output());
            if (Files.isRegularFile(main)) {
              log.warn("mlpgen: " + specPath(name) + " generates " + className(record.output())
                  + ", which " + request.display(main) + " also declares; " + consequence
                  + ". Change the name or package of one of them.");
            }
          }
        });
  }

  private String specPath(String relativeName) {
    return request.display(request.sourceDirectory().resolve(relativeName));
  }

  private static String className(String output) {
    return ClassClashes.className(output);
  }

  /**
   * Deletes the classes of specs that are gone, or, when the output directory changed, the
   * classes generated into the former one; how many classes of gone specs were deleted.
   */
  private int removeStaleOutputs(
      GenerationState previous, GenerationState next, OtherExecutions others)
      throws IOException {
    Set<Path> current = new TreeSet<>();
    next.outputsBySpec().keySet().forEach(file -> current.add(file.normalize()));
    Optional<FormerOutputFolder> former = FormerOutputFolder.of(request, log, previous);
    if (former.isPresent()) {
      former.get().clean(previous, current, others);
      return 0;
    }
    return removeOutputsOfGoneSpecs(previous, current, others);
  }

  private int removeOutputsOfGoneSpecs(
      GenerationState previous, Set<Path> current, OtherExecutions others)
      throws IOException {
    int removed = 0;
    for (Map.Entry<Path, String> old : previous.outputsBySpec().entrySet()) {
      Path file = old.getKey().normalize();
      if (current.contains(file)) {
        continue;
      }
      Optional<String> otherOwner = others.listing(file);
      if (!output.holds(file)) {
        log.debug("mlpgen: not deleting " + file + ", which the state file records for "
            + old.getValue() + ": only .java files in "
            + request.display(request.outputDirectory()) + " are deleted");
      } else if (otherOwner.isPresent()) {
        log.debug("mlpgen: not deleting " + request.display(file) + ", generated from "
            + old.getValue() + ", as the state of " + otherOwner.get() + " lists it too");
      } else if (output.delete(file)) {
        log.debug("mlpgen: deleted " + request.display(file) + ", generated from "
            + old.getValue() + " which is gone or now generates another class");
        removed++;
      }
    }
    return removed;
  }

  /**
   * Warns that classes were removed because the source directory is gone, naming the folder
   * their specs were in: after {@code sourceDirectory} changed, most likely misspelt, that is
   * the former folder, which may well still exist.
   */
  private void warnAboutRemovalForMissingSource(int removed, GenerationState previous) {
    String parameter = request.parameters().source();
    String current = request.display(request.sourceDirectory());
    String classes = "the " + GenerationResult.count(removed, "class");
    String were = removed == 1 ? "was" : "were";
    Path former = previous.sourceDirectory().isEmpty()
        ? null : Path.of(previous.sourceDirectory()).normalize();
    String message;
    if (former == null) {
      message = parameter + " " + current + " does not exist, so " + classes + " generated"
          + " before " + were + " removed. If the folder was not deleted on purpose, check <"
          + parameter + ">.";
    } else if (former.equals(request.sourceDirectory())) {
      message = parameter + " " + current + " does not exist, so " + classes + " generated"
          + " from its specs before " + were + " removed. If the folder was not deleted on"
          + " purpose, check <" + parameter + ">.";
    } else {
      String shownFormer = request.display(former);
      message = parameter + " changed from " + shownFormer + " to " + current + " since the"
          + " last run, and " + current + " does not exist, so " + classes + " generated from"
          + " the specs in " + shownFormer + " before " + were + " removed. If " + current
          + " is misspelt, fix <" + parameter + ">.";
    }
    log.warn("mlpgen: " + message);
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
