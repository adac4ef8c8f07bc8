package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code java -jar mlpgen.jar} as a separate process: checks the manifest, the merged
 * dependencies and that generated code compiles against the classes inside the jar.
 */
class RunnableJarIT {

  private static final long TIMEOUT_SECONDS = 300;

  @TempDir Path dir;

  @Test
  void printsItsVersion() throws Exception {
    Result result = run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("mlpgen ");
  }

  @Test
  void trainsWithGeneratedCodeAndWritesEveryOutput() throws Exception {
    Path out = dir.resolve("out");

    Result result = run("train", "--rows", "200", "--inputs", "3", "--outputs", "2",
        "--hidden", "4", "--batch", "8", "--epochs", "2", "--folds", "2",
        "--backend", "vector", "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    // Started without JVM flags: train restarts Java with the Vector API, quietly.
    assertThat(result.out()).contains("(backend vector)").contains("test RMSE");
    assertThat(result.err()).doesNotContain("WARNING", "warning");
    assertThat(out.resolve("summary.json")).isNotEmptyFile();
    assertThat(out.resolve("fold-2-epochs.png")).isNotEmptyFile();
    assertThat(out.resolve("final-steps.png")).isNotEmptyFile();
  }

  @Test
  void trainsInThisJvmWhenJavaCannotStartAgain() throws Exception {
    // A debugger agent listening on a fixed port: the restarted JVM finds the port taken.
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    String agent = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:"
        + port;

    Result result = runWith(Map.of(), List.of(agent), "train", "-q", "--rows", "100",
        "--inputs", "3", "--outputs", "2", "--hidden", "4", "--batch", "8", "--epochs", "1",
        "--folds", "2", "--backend", "vector", "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err().lines()).singleElement().asString().startsWith("mlpgen: warning: "
        + "the vector backend needs the Vector API, but Java could not be started again with "
        + "it (").contains("bind failed").endsWith("; training with the scalar backend instead");
    assertThat(result.out()).contains("(backend scalar)");
  }

  @Test
  void restartedTrainGetsTheArgumentsOfAnArgumentFileReadFromStandardInput()
      throws Exception {
    Path out = dir.resolve("from-stdin");
    String arguments = "--backend vector --rows 100 --inputs 3 --outputs 2 --hidden 4"
        + " --batch 8 --epochs 1 --folds 2 -q --out " + out + "\n";

    // A pipe is read once, by the first JVM: the new one gets the arguments it held.
    Result result = runWithInput(Map.of(), List.of(), arguments, "train", "@/dev/stdin");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("(backend vector)").contains("on 20 held-out rows");
    assertThat(out.resolve("summary.json")).isNotEmptyFile();
  }

  @Test
  void javaSaysOnceThatItTookOptionsFromTheEnvironment() throws Exception {
    Result result = runWith(Map.of("JAVA_TOOL_OPTIONS", "-Xmx256m"), List.of(), "train",
        "-q", "--rows", "100", "--inputs", "3", "--outputs", "2", "--hidden", "4", "--batch",
        "8", "--epochs", "1", "--folds", "2", "--backend", "vector", "--out",
        dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err().lines()).containsExactly("Picked up JAVA_TOOL_OPTIONS: -Xmx256m");
    assertThat(result.out()).contains("(backend vector)");
  }

  @Test
  void restartedTrainPassesOnExitCodeAndOneErrorLine() throws Exception {
    Path spec = dir.resolve("Bad.mlp.json");
    Files.writeString(spec, "{\"name\": \"Bad\", \"package\": \"p\", \"batch\": 0, "
        + "\"input\": 3, \"hidden\": [4], \"output\": 2}");

    Result result = run("train", "--spec", spec.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err().lines()).hasSize(1).first().asString()
        .startsWith("mlpgen: ").contains("batch must be between 1 and 4096, was 0");
  }

  @Test
  void badUsageExitsWithTwoAndOneLine() throws Exception {
    Result result = run("train", "--folds", "1");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err().lines()).hasSize(1);
  }

  private record Result(int exitCode, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    return runWith(Map.of(), List.of(), args);
  }

  private Result runWith(Map<String, String> environment, List<String> jvmOptions,
      String... args) throws IOException, InterruptedException {
    return runWithInput(environment, jvmOptions, null, args);
  }

  /** Runs the jar with {@code input} (null for none) written to its standard input. */
  private Result runWithInput(Map<String, String> environment, List<String> jvmOptions,
      String input, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(System.getProperty("mlpgen.jar"));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("mlpgen did not finish within " + TIMEOUT_SECONDS + " s");
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
