package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartTest {

  @Test
  void dropsJavasIncubatorWarningAndKeepsEverythingElse() {
    String errors = Restart.INCUBATOR_WARNING + "\nfold 1/5 [=====   ]\rfold 1/5 [=======]\n";

    assertThat(pass(errors)).isEqualTo("fold 1/5 [=====   ]\rfold 1/5 [=======]\n");
  }

  @Test
  void keepsAFirstLineThatIsNotTheWarning() {
    assertThat(pass("mlpgen: --batch must be positive\n")).isEqualTo(
        "mlpgen: --batch must be positive\n");
    assertThat(pass("no newline at the end")).isEqualTo("no newline at the end");
    assertThat(pass("")).isEmpty();
  }

  @Test
  void dropsTheWarningOnlyOnce() {
    String twice = Restart.INCUBATOR_WARNING + "\n" + Restart.INCUBATOR_WARNING + "\n";

    assertThat(pass(twice)).isEqualTo(Restart.INCUBATOR_WARNING + "\n");
  }

  @Test
  void restartsJavaWithTheModuleAndTheSameArguments() {
    List<String> command = Restart.command(new String[] {"train", "--epochs", "3"});

    assertThat(command.get(0)).endsWith("java").startsWith(System.getProperty("java.home"));
    assertThat(command).containsSubsequence("--add-modules", VectorApi.MODULE);
    assertThat(command).contains("-D" + Restart.RESTARTED_PROPERTY + "=true");
    assertThat(command).endsWith(Main.class.getName(), "train", "--epochs", "3");
  }

  @Test
  void onlyTrainRestarts() {
    // The test JVM runs without the module, so train would restart and nothing else.
    assertThat(VectorApi.loaded()).isFalse();
    assertThat(Restart.wanted(new String[] {"train"})).isEqualTo(VectorApi.installed());
    assertThat(Restart.wanted(new String[] {"generate", "--spec", "x"})).isFalse();
    assertThat(Restart.wanted(new String[0])).isFalse();
  }

  private static String pass(String errors) {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    Restart.passErrors(
        new ByteArrayInputStream(errors.getBytes(StandardCharsets.UTF_8)), target);
    return target.toString(StandardCharsets.UTF_8);
  }
}
