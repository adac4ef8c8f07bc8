package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a command that printed its result does when standard output cannot take it. */
class StandardOutputTest {

  /** Standard output redirected to a full disk, as {@code > /dev/full} does. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private final StringWriter err = new StringWriter();

  @Test
  void aResultLostOnAFullDiskIsAnErrorWithTheReason() {
    int exitCode = Main.run(new String[] {"--version"}, new FullDisk(), new PrintWriter(err));

    assertThat(exitCode).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString().lines()).containsExactly(
        "mlpgen: cannot write to standard output: No space left on device");
  }

  @Test
  void aFailedCommandKeepsItsExitCode() {
    int exitCode = Main.run(new String[] {"bogus"}, new FullDisk(), new PrintWriter(err));

    assertThat(exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("mlpgen: Unmatched argument at index 0: 'bogus'")
        .doesNotContain("standard output");
  }

  @Test
  void aResultWrittenInFullExitsWithZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int exitCode = Main.run(new String[] {"--version"}, out, new PrintWriter(err));

    assertThat(exitCode).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("mlpgen ");
    assertThat(err.toString()).isEmpty();
  }
}
