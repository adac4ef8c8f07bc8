package io.github.mlpgen.maven;

import io.github.mlpgen.maven.GenerationRequest.FolderParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a network class for every spec in {@code src/test/mlpgen} into
 * {@code target/generated-test-sources/mlpgen} and adds that folder as a test source root,
 * for networks only the tests use. Behaves like {@code generate} otherwise, and warns when a
 * test class would hide a main class of the same name.
 */
@Mojo(
    name = "generate-test",
    defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public final class GenerateTestMojo extends AbstractGenerateMojo {

  /** The folder holding the test specs. */
  @Parameter(
      property = "mlpgen.testSourceDirectory",
      defaultValue = "${project.basedir}/src/test/mlpgen")
  private String testSourceDirectory;

  /** The folder the generated test classes go to; added as a test source root. */
  @Parameter(
      property = "mlpgen.testOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/mlpgen")
  private String testOutputDirectory;

  /** Skips this goal when tests are not even compiled, as {@code -Dmaven.test.skip} says. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean testCompilationSkipped;

  @Override
  String sourceDirectory() {
    return testSourceDirectory;
  }

  @Override
  String outputDirectory() {
    return testOutputDirectory;
  }

  @Override
  FolderParameters folderParameters() {
    return FolderParameters.TEST;
  }

  @Override
  void addSourceRoot(MavenProject target, String directory) {
    target.addTestCompileSourceRoot(directory);
  }

  /**
   * The project's compile source roots, which hold the main output folder once
   * {@code generate} ran, and that folder's default path for builds that run this goal alone.
   */
  @Override
  List<Path> mainSourceRoots(MavenProject target) {
    List<Path> roots = new ArrayList<>();
    target.getCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
    roots.add(Path.of(target.getBuild().getDirectory(), "generated-sources", "mlpgen"));
    return roots;
  }

  @Override
  String goalSkipReason() {
    return testCompilationSkipped ? "maven.test.skip" : "";
  }
}
