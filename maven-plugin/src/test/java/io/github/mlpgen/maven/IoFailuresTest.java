package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.spec.SpecDefaults;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoFailuresTest {

  @TempDir Path temporaryFolder;

  @Test
  void namesTheFileInTheProjectAndTheReasonInWords() throws IOException {
    TestProject project = new TestProject(temporaryFolder);
    GenerationRequest request = project.request("1.0", SpecDefaults.STANDARD);
    Path state = project.stateFile();

    assertThat(IoFailures.describe(new AccessDeniedException(state.toString()), request))
        .isEqualTo("target/mlpgen/generate@default.properties: access denied");
    assertThat(IoFailures.describe(
            new FileSystemException(state.toString(), null, "Read-only file system"), request))
        .isEqualTo("target/mlpgen/generate@default.properties: Read-only file system");
    assertThat(IoFailures.describe(new IOException("disk on fire"), request))
        .isEqualTo("disk on fire");
  }

  @Test
  void leavesOutTheFolderAMessageNamesAlready() throws IOException {
    TestProject project = new TestProject(temporaryFolder);
    GenerationRequest request = project.request("1.0", SpecDefaults.STANDARD);
    Path output = project.output;
    FileSystemException atTheFolder =
        new FileSystemException(output.toString(), null, "Operation not permitted");
    AccessDeniedException above = new AccessDeniedException(output.getParent().toString());

    assertThat(IoFailures.describeFor(atTheFolder, output, request))
        .isEqualTo("Operation not permitted");
    assertThat(IoFailures.describeFor(above, output, request))
        .isEqualTo("target/generated-sources: access denied");
    assertThat(IoFailures.reason(above)).isEqualTo("access denied");
  }

  @Test
  void mavenIsNotGivenAnIoFailureWhoseWordsTheMessageRepeats() {
    // Maven would append the cause's own message, which names the file by its full path.
    GenerationException io = new GenerationException("mlpgen: target/x: Operation not"
        + " permitted", new FileSystemException("/p/target/x", null, "Operation not permitted"));
    GenerationException defect = new GenerationException("mlpgen: generating failed",
        new IllegalStateException("bug"));

    assertThat(AbstractGenerateMojo.causeForMaven(io)).isNull();
    assertThat(AbstractGenerateMojo.causeForMaven(defect)).isSameAs(defect);
  }

  @Test
  void namesTheFileATemporaryFileWasToReplaceRatherThanTheTemporaryFile() throws IOException {
    TestProject project = new TestProject(temporaryFolder);
    GenerationRequest request = project.request("1.0", SpecDefaults.STANDARD);
    Path state = project.stateFile();
    Path temporary = state.resolveSibling(".generate@default.properties.3vlhuk1rkd7ca.tmp");

    FileSystemException failedMove = new FileSystemException(
        temporary.toString(), state.toString(), "Is a directory");

    assertThat(IoFailures.describe(failedMove, request))
        .isEqualTo("target/mlpgen/generate@default.properties: Is a directory");
  }
}
