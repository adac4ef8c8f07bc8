package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RestartTest {

  private static final String START = "mlpgen-started-1234";

  private final ByteArrayOutputStream target = new ByteArrayOutputStream();

  @Test
  void dropsJavasStartNotesAndKeepsEverythingAfterTheStartLine() {
    String errors = "Picked up JAVA_TOOL_OPTIONS: -Xmx512m\n"
        + Restart.INCUBATOR_WARNING + "\n" + START + "\n"
        + "fold 1/5 [=====   ]\rfold 1/5 [=======]\n" + Restart.INCUBATOR_WARNING + "\n";

    assertThat(pass(errors)).isNull();
    assertThat(passed()).isEqualTo(
        "fold 1/5 [=====   ]\rfold 1/5 [=======]\n" + Restart.INCUBATOR_WARNING + "\n");
  }

  @Test
  void keepsJavasOtherLinesBeforeTheStartLine() {
    String errors = "NOTE: Picked up JDK_JAVA_OPTIONS: -Dx=1\n"
        + "OpenJDK 64-Bit Server VM warning: Options -Xverify none are deprecated\n"
        + Restart.INCUBATOR_WARNING + "\r\n" + START + "\nmlpgen: --batch must be positive\n";

    assertThat(pass(errors)).isNull();
    assertThat(passed()).isEqualTo(
        "OpenJDK 64-Bit Server VM warning: Options -Xverify none are deprecated\n"
            + "mlpgen: --batch must be positive\n");
  }

  @Test
  void aJvmThatExitsBeforeTheStartLineDidNotStart() {
    String errors = Restart.INCUBATOR_WARNING + "\n"
        + "ERROR: transport error 202: bind failed: Address already in use\n"
        + "ERROR: JDWP Transport dt_socket failed to initialize, TRANSPORT_INIT(510)\n";

    assertThat(pass(errors))
        .isEqualTo("ERROR: transport error 202: bind failed: Address already in use");
    assertThat(passed()).isEmpty();
    assertThat(pass("\n  \n")).isEqualTo("it exited without a message");
    assertThat(pass("")).isEqualTo("it exited without a message");
  }

  @Test
  void restartsJavaWithTheModuleTheStartLineAndTheSameArguments() {
    List<String> command = Restart.command(List.of("train", "--epochs", "3"), START);

    assertThat(command.get(0)).endsWith("java").startsWith(System.getProperty("java.home"));
    assertThat(command).containsSubsequence("--add-modules", VectorApi.MODULE);
    assertThat(command).contains("-D" + Restart.RESTARTED_PROPERTY + "=" + START);
    assertThat(command).endsWith(Main.class.getName(), "train", "--epochs", "3");
  }

  @Test
  void argumentsStartingWithAnAtSignReachTheNewJvmEscapedFromExpansion() {
    List<String> command =
        Restart.command(List.of("train", "--out", "@out", "--seed", "@", "@@x"), START);

    assertThat(command).endsWith(Main.class.getName(), "train", "--out", "@@out", "--seed", "@",
        "@@@x");
  }

  @Test
  void onlyAStartLineAsARestartMakesThemCountsAsOne() {
    String startLine = "mlpgen-started-" + UUID.randomUUID();

    assertThat(Restart.startLine(startLine)).contains(startLine);
    assertThat(Restart.startLine("hello")).isEmpty();
    assertThat(Restart.startLine("")).isEmpty();
    assertThat(Restart.startLine(null)).isEmpty();
    assertThat(Restart.startLine(startLine + "\nhello")).isEmpty();
    assertThat(Restart.startLine("mlpgen-started-1234")).isEmpty();
  }

  @Test
  void theNewJvmTakesNoOptionsFromTheEnvironmentTwice() {
    Map<String, String> environment = new HashMap<>(Map.of(
        "JAVA_TOOL_OPTIONS", "-Xmx512m", "JDK_JAVA_OPTIONS", "-Dx=1",
        "_JAVA_OPTIONS", "-Dy=2", "PATH", "/usr/bin"));

    Restart.withoutOptionVariables(environment);

    assertThat(environment).containsOnlyKeys("PATH");
  }

  @Test
  void theTestJvmCouldRestartAndIsNoRestart() {
    assertThat(VectorApi.loaded()).isFalse();
    assertThat(Restart.isRestarted()).isFalse();
    assertThat(Restart.possible()).isEqualTo(VectorApi.installed());
  }

  private String pass(String errors) {
    target.reset();
    return Restart.passErrors(
        new ByteArrayInputStream(errors.getBytes(StandardCharsets.UTF_8)), target, START);
  }

  private String passed() {
    return target.toString(StandardCharsets.UTF_8);
  }
}
