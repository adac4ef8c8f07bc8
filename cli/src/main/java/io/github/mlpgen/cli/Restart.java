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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Runs {@code mlpgen train} again in a JVM started with {@code --add-modules
 * jdk.incubator.vector}, so that the vector backend is available without flags. The new JVM
 * gets this one's options, class path and arguments, and shares its standard input and
 * output; its standard error is passed through, less what Java prints when it starts.
 *
 * <p>The new JVM first prints a line of its own on standard error. Until that line arrives,
 * everything the new JVM prints is Java's, and when it exits before that line, the JVM did not
 * start (an option it cannot honour twice, such as a debugger agent on a fixed port) and
 * {@code train} runs in this JVM instead.
 */
final class Restart {

  /** Set in the restarted JVM, so that it never restarts again; its value is the start line. */
  static final String RESTARTED_PROPERTY = "mlpgen.restarted";

  /** How a start line begins; a random UUID follows. */
  private static final String START_LINE_PREFIX = "mlpgen-started-";

  private static final Pattern START_LINE = Pattern.compile(
      Pattern.quote(START_LINE_PREFIX) + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"
          + "-[0-9a-f]{12}");

  /** What Java prints on standard error when an incubator module is resolved. */
  static final String INCUBATOR_WARNING =
      "WARNING: Using incubator modules: " + VectorApi.MODULE;

  /**
   * The variables from which Java takes options. This JVM's input arguments hold their options
   * already, so the new JVM would take them twice and say so twice.
   */
  static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  /** Lines of Java's own before the start line that a message about a failed start uses. */
  private static final int MAX_KEPT_LINES = 100;

  /** How {@link #run} went: the new JVM's exit code, or why it did not start. */
  record Outcome(boolean started, int exitCode, String failure) {

    static Outcome exited(int exitCode) {
      return new Outcome(true, exitCode, "");
    }

    static Outcome notStarted(String failure) {
      return new Outcome(false, 0, failure);
    }
  }

  private final List<String> args;

  /**
   * A restart with {@code expandedArgs}, the arguments {@code mlpgen} was started with after
   * picocli replaced each {@code @file} by the arguments in it: the file may be gone by the
   * time the new JVM starts, such as {@code @/dev/stdin} once it is read.
   */
  Restart(List<String> expandedArgs) {
    this.args = List.copyOf(expandedArgs);
  }

  /**
   * Whether a restart can give this JVM's run the Vector API: this JVM lacks it, the Java
   * runtime has it, and this JVM is not itself a restart.
   */
  static boolean possible() {
    return !VectorApi.loaded() && VectorApi.installed() && !isRestarted();
  }

  /** Whether this JVM is the one a restart started. */
  static boolean isRestarted() {
    return startLine(System.getProperty(RESTARTED_PROPERTY)).isPresent();
  }

  /**
   * In a restarted JVM, prints the line that tells the first JVM that this one started; the
   * first JVM passes on nothing before it.
   */
  static void announceStart() {
    startLine(System.getProperty(RESTARTED_PROPERTY)).ifPresent(line -> {
      System.err.println(line);
      System.err.flush();
    });
  }

  /**
   * {@code property}, the value of {@link #RESTARTED_PROPERTY}, if it is a start line as
   * {@link #run} makes them; any other value was not set by a restart and is ignored.
   */
  static Optional<String> startLine(String property) {
    return Optional.ofNullable(property).filter(value -> START_LINE.matcher(value).matches());
  }

  /** Runs the arguments in a new JVM with the Vector API and waits for it. */
  Outcome run() {
    String startLine = START_LINE_PREFIX + UUID.randomUUID();
    ProcessBuilder builder = new ProcessBuilder(command(args, startLine))
        .redirectInput(ProcessBuilder.Redirect.INHERIT)
        .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    withoutOptionVariables(builder.environment());
    Process process;
    try {
      process = builder.start();
    } catch (IOException | UnsupportedOperationException e) {
      return Outcome.notStarted(e.getMessage() == null ? e.toString() : e.getMessage());
    }
    Thread stopChild = new Thread(process::destroy, "mlpgen-stop-train");
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      // Standard error ends when the new JVM exits, so this returns no earlier than that.
      String failure = passErrors(process.getErrorStream(), System.err, startLine);
      int exitCode = process.waitFor();
      Runtime.getRuntime().removeShutdownHook(stopChild);
      return failure == null ? Outcome.exited(exitCode) : Outcome.notStarted(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      return Outcome.exited(ExitCode.INTERNAL);
    }
  }

  /**
   * {@code java <this JVM's options> --add-modules ... -D...=<startLine> -cp <class path>
   * Main args}, each argument written so that picocli reads it as it is.
   */
  static List<String> command(List<String> args, String startLine) {
    String executable = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
        .startsWith("windows") ? "java.exe" : "java";
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", executable).toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("--add-modules");
    command.add(VectorApi.MODULE);
    command.add("-D" + RESTARTED_PROPERTY + "=" + startLine);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    args.stream().map(Restart::literal).forEach(command::add);
    return command;
  }

  /**
   * {@code arg} escaped as picocli reads it without expanding it as an {@code @file}: picocli
   * takes {@code @@name} for {@code @name}, and leaves {@code @} alone.
   */
  static String literal(String arg) {
    return arg.length() > 1 && arg.startsWith("@") ? "@" + arg : arg;
  }

  /** Removes the {@link #OPTION_VARIABLES} from the new JVM's environment. */
  static void withoutOptionVariables(Map<String, String> environment) {
    OPTION_VARIABLES.forEach(environment::remove);
  }

  /**
   * Copies the new JVM's {@code errors} to {@code target}. Lines before {@code startLine} are
   * Java's: held back until that line arrives, then passed on less the incubator warning and
   * the notes on options taken from the environment, which this JVM printed already. After
   * it, everything is copied as it arrives (progress bars redraw with carriage returns, so not
   * line by line).
   *
   * @return null once the start line was seen, else what Java said before it exited: its
   *     first line other than the notes, or a note that it said nothing
   */
  static String passErrors(InputStream errors, OutputStream target, String startLine) {
    List<String> before = new ArrayList<>();
    try (errors) {
      String line;
      while ((line = readLine(errors)) != null) {
        if (line.strip().equals(startLine)) {
          writeJavaLines(before, target);
          copy(errors, target);
          return null;
        }
        if (before.size() < MAX_KEPT_LINES) {
          before.add(line);
        }
      }
    } catch (IOException e) {
      // The child has gone or our standard error is closed: nothing left to pass on.
      return null;
    }
    return before.stream().filter(line -> !isStartNote(line)).map(String::strip)
        .filter(text -> !text.isEmpty()).findFirst().orElse("it exited without a message");
  }

  /** The incubator warning and notes such as {@code Picked up JAVA_TOOL_OPTIONS: -Xmx1g}. */
  static boolean isStartNote(String line) {
    String text = line.strip();
    return text.equals(INCUBATOR_WARNING) || text.startsWith("Picked up ")
        || text.startsWith("NOTE: Picked up ");
  }

  private static void writeJavaLines(List<String> lines, OutputStream target)
      throws IOException {
    for (String line : lines) {
      if (!isStartNote(line)) {
        target.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    target.flush();
  }

  private static void copy(InputStream errors, OutputStream target) throws IOException {
    byte[] buffer = new byte[8192];
    int count;
    while ((count = errors.read(buffer)) != -1) {
      target.write(buffer, 0, count);
      target.flush();
    }
  }

  /** One line without its end, or null at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int next;
    while ((next = in.read()) != -1 && next != '\n') {
      line.write(next);
    }
    if (next == -1 && line.size() == 0) {
      return null;
    }
    return line.toString(StandardCharsets.UTF_8);
  }
}
