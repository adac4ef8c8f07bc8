package io.github.mlpgen.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a network class for every spec in {@code src/test/mlpgen} into
 * {@code target/generated-test-sources/mlpgen} and adds that folder as a test source root,
 * for networks only the tests use. Behaves like {@code generate} otherwise.
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
  private File testSourceDirectory;

  /** The folder the generated test classes go to; added as a test source root. */
  @Parameter(
      property = "mlpgen.testOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/mlpgen")
  private File testOutputDirectory;

  /** Skips this goal when tests are not even compiled, as {@code -Dmaven.test.skip} says. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean testCompilationSkipped;

  @Override
  File sourceDirectory() {
    return testSourceDirectory;
  }

  @Override
  File outputDirectory() {
    return testOutputDirectory;
  }

  @Override
  void addSourceRoot(MavenProject target, String directory) {
    target.addTestCompileSourceRoot(directory);
  }

  @Override
  String goalSkipReason() {
    return testCompilationSkipped ? "maven.test.skip" : "";
  }
}
