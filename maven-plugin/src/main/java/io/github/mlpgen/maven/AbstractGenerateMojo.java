package io.github.mlpgen.maven;

import io.github.mlpgen.maven.GenerationRequest.FolderParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters and the flow both goals share: skip, build the request, run, register the
 * output directory as a source root, log one line.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** This goal's execution; its id keeps the state of several executions apart. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  /**
   * Ant-style patterns of the spec files to read, relative to the source directory. When
   * none are given: {@code **}{@code /*.mlp.json}, {@code **}{@code /*.mlp.yaml} and
   * {@code **}{@code /*.mlp.yml}. They select among files named so: a selected file whose
   * name ends otherwise fails the build.
   */
  @Parameter
  private List<String> includes;

  /** Ant-style patterns of files below the source directory to leave out. */
  @Parameter
  private List<String> excludes;

  /**
   * The backend of specs that name none: {@code scalar} or {@code vector}, in lower case as
   * in a spec. Unset, specs without one get {@code scalar}. A spec's own {@code backend}
   * field always wins.
   */
  @Parameter(property = "mlpgen.backend")
  private String backend;

  /**
   * The element type of specs that name none: {@code double} or {@code float}, in lower case
   * as in a spec. Unset, specs without one get {@code double}. A spec's own {@code dtype}
   * field always wins.
   */
  @Parameter(property = "mlpgen.dtype")
  private String dtype;

  /** Skips generation; nothing is generated, deleted or added as a source root. */
  @Parameter(property = "mlpgen.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    String skipReason = skip ? "mlpgen.skip" : goalSkipReason();
    if (!skipReason.isEmpty()) {
      getLog().info("mlpgen: skipped, as " + skipReason + " is set");
      return;
    }
    GenerationRequest request = request();
    GenerationResult result = run(request);
    addSourceRoot(project, request.outputDirectory().toString());
    getLog().info(result.summary(
        request.parameters().source(), request.display(request.sourceDirectory())));
  }

  /**
   * The folder the specs of this goal are read from, as configured. Folder parameters are
   * text, not {@code File}: Maven turns an empty {@code File} into the project's folder,
   * which a run could not tell from a deliberate one.
   */
  abstract String sourceDirectory();

  /** The folder the classes of this goal are written to, as configured. */
  abstract String outputDirectory();

  /** The names of this goal's source and output directory parameters, for messages. */
  abstract FolderParameters folderParameters();

  /** Registers {@code directory} as a main or test source root of {@code target}. */
  abstract void addSourceRoot(MavenProject target, String directory);

  /** The main source roots of {@code target} whose classes this goal's classes clash with. */
  abstract List<Path> mainSourceRoots(MavenProject target);

  /**
   * The property that makes this goal skip besides {@code mlpgen.skip}, or {@code ""} when
   * the goal runs.
   */
  String goalSkipReason() {
    return "";
  }

  private GenerationRequest request() throws MojoFailureException, MojoExecutionException {
    try {
      Path base = project.getBasedir().toPath();
      Path state = Path.of(project.getBuild().getDirectory(), "mlpgen", stateFileName());
      FolderParameters folders = folderParameters();
      return new GenerationRequest(
          base,
          folders,
          PathParameters.folder(folders.source(), sourceDirectory()),
          PathParameters.folder(folders.output(), outputDirectory()),
          state,
          PathParameters.patterns("includes", "include", includes),
          PathParameters.patterns("excludes", "exclude", excludes),
          SpecDefaultsParameters.parse(backend, dtype),
          GeneratorIdentity.of(execution.getMojoDescriptor().getPluginDescriptor().getVersion()),
          mainSourceRoots(project));
    } catch (InvalidInputException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("mlpgen: " + e.getMessage(), e);
    }
  }

  /** {@code generate@default.properties}: one state per goal and execution. */
  private String stateFileName() {
    return execution.getGoal() + "@" + execution.getExecutionId() + ".properties";
  }

  private GenerationResult run(GenerationRequest request)
      throws MojoFailureException, MojoExecutionException {
    try {
      return new GenerationRun(request, new MavenBuildLog(getLog())).execute();
    } catch (InvalidInputException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (GenerationException e) {
      Throwable cause = causeForMaven(e);
      if (cause == null) {
        getLog().debug("mlpgen: the failure in detail", e);
      }
      throw new MojoExecutionException(e.getMessage(), cause);
    }
  }

  /**
   * What Maven is given as the cause of a failed run, or {@code null}. Maven appends to the
   * message every cause's message that it does not contain, and the message of an I/O
   * failure already says what the file system said, with the file as the project sees it;
   * the failure goes to the debug log instead ({@code mvn -X}). A generator defect keeps its
   * cause, whose stack trace ({@code mvn -e}) helps a report.
   */
  static Throwable causeForMaven(GenerationException failure) {
    return failure.getCause() instanceof IOException ? null : failure;
  }

  /** Forwards a run's messages to Maven's log. */
  private record MavenBuildLog(Log log) implements BuildLog {

    @Override
    public void debug(String message) {
      log.debug(message);
    }

    @Override
    public void warn(String message) {
      log.warn(message);
    }
  }
}
