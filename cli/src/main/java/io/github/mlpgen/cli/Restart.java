package io.github.mlpgen.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Runs {@code mlpgen train} again in a JVM started with {@code --add-modules
 * jdk.incubator.vector}, so that the vector backend is available without flags. The new JVM
 * gets this one's options, class path and arguments, and shares its standard input and
 * output; its standard error is passed through, less the one line in which Java announces
 * the incubator module.
 */
final class Restart {

  /** Set in the restarted JVM, so that it never restarts again. */
  static final String RESTARTED_PROPERTY = "mlpgen.restarted";

  /** What Java prints first on standard error when an incubator module is resolved. */
  static final String INCUBATOR_WARNING =
      "WARNING: Using incubator modules: " + VectorApi.MODULE;

  private Restart() {}

  /**
   * Whether {@code args} run {@code train} in a JVM that lacks the Vector API but could load
   * it, and that is not itself a restart.
   */
  static boolean wanted(String[] args) {
    return args.length > 0 && args[0].equals("train") && !VectorApi.loaded()
        && VectorApi.installed() && System.getProperty(RESTARTED_PROPERTY) == null;
  }

  /**
   * Runs {@code args} in a new JVM with the Vector API and returns its exit code, or empty if
   * that JVM could not be started (the caller then runs in this one, without the module).
   */
  static OptionalInt withVectorModule(String[] args) {
    Process process;
    try {
      process = new ProcessBuilder(command(args))
          .redirectInput(ProcessBuilder.Redirect.INHERIT)
          .redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .start();
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalInt.empty();
    }
    Thread stopChild = new Thread(process::destroy, "mlpgen-stop-train");
    Runtime.getRuntime().addShutdownHook(stopChild);
    Thread errors = new Thread(() -> passErrors(process.getErrorStream(), System.err),
        "mlpgen-train-errors");
    errors.start();
    try {
      int exitCode = process.waitFor();
      errors.join();
      Runtime.getRuntime().removeShutdownHook(stopChild);
      return OptionalInt.of(exitCode);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      return OptionalInt.of(ExitCode.INTERNAL);
    }
  }

  /** {@code java <this JVM's options> --add-modules ... -cp <class path> Main args}. */
  static List<String> command(String[] args) {
    String executable = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
        .startsWith("windows") ? "java.exe" : "java";
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", executable).toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("--add-modules");
    command.add(VectorApi.MODULE);
    command.add("-D" + RESTARTED_PROPERTY + "=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Copies {@code errors} to {@code target} as it arrives (progress bars redraw with
   * carriage returns, so not line by line), dropping a first line that is the incubator
   * warning.
   */
  static void passErrors(InputStream errors, OutputStream target) {
    try (errors) {
      ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
      int next;
      while ((next = errors.read()) != -1 && next != '\n') {
        firstLine.write(next);
      }
      String first = firstLine.toString(StandardCharsets.UTF_8);
      if (!first.strip().equals(INCUBATOR_WARNING)) {
        target.write(firstLine.toByteArray());
        if (next == '\n') {
          target.write('\n');
        }
        target.flush();
      }
      byte[] buffer = new byte[8192];
      int count;
      while ((count = errors.read(buffer)) != -1) {
        target.write(buffer, 0, count);
        target.flush();
      }
    } catch (IOException e) {
      // The child has gone or our standard error is closed: nothing left to pass on.
    }
  }
}
