package io.github.mlpgen.maven;

import io.github.mlpgen.maven.GenerationRequest.FolderParameters;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a network class for every spec in {@code src/main/mlpgen} into
 * {@code target/generated-sources/mlpgen} and adds that folder as a compile source root.
 * Unchanged specs are not regenerated, unchanged classes are not rewritten, and the classes
 * of removed specs are deleted.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGenerateMojo {

  /** The folder holding the specs. */
  @Parameter(
      property = "mlpgen.sourceDirectory",
      defaultValue = "${project.basedir}/src/main/mlpgen")
  private String sourceDirectory;

  /** The folder the generated classes go to; added as a compile source root. */
  @Parameter(
      property = "mlpgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/mlpgen")
  private String outputDirectory;

  @Override
  String sourceDirectory() {
    return sourceDirectory;
  }

  @Override
  String outputDirectory() {
    return outputDirectory;
  }

  @Override
  FolderParameters folderParameters() {
    return FolderParameters.MAIN;
  }

  @Override
  void addSourceRoot(MavenProject target, String directory) {
    target.addCompileSourceRoot(directory);
  }

  /**
   * The project's compile source roots, such as {@code src/main/java}: a class there that a
   * spec also generates is a duplicate class, which javac reports without naming the spec.
   */
  @Override
  List<Path> mainSourceRoots(MavenProject target) {
    return target.getCompileSourceRoots().stream().map(Path::of).toList();
  }
}
