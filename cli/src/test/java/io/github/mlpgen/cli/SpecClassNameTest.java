package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec classes named like classes or packages that mlpgen itself runs with: {@code check}
 * and {@code train} agree on the spec's rules, and what only {@code train} can find out (a
 * name that javac refuses beside mlpgen's own classes) is bad input, not a failure of mlpgen.
 */
class SpecClassNameTest {

  @TempDir Path dir;

  @Test
  void aClassNamedLikeOneOnMlpgensClassPathTrains() {
    Path spec = spec("CommandLine", "picocli");

    CliRun run = train(spec);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(backend scalar)");
  }

  @Test
  void aPackageThatJavacRefusesHereIsBadInputWithJavacsWords() {
    Path spec = spec("X", "picocli.CommandLine");

    CliRun run = train(spec);

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.errLines()).containsExactly(
        "mlpgen: " + spec + ": the class picocli.CommandLine.X cannot be compiled; choose "
            + "another name or package:",
        "mlpgen: X.java:2:1: error: package picocli.CommandLine clashes with class of same "
            + "name");
  }

  @Test
  void checkAndTrainRefuseThePackagesOfMlpgenAndTheJdk() {
    String mlpgen = ": package must not be io.github.mlpgen.runtime or below it, which holds "
        + "mlpgen's own classes, was \"io.github.mlpgen.runtime\"";
    String jdk = ": package must not be sun or below it, one of the package roots of the JDK's "
        + "modules (java, javax, jdk, sun, com.sun, org.w3c, org.xml, org.ietf, org.jcp, "
        + "netscape.javascript), was \"sun.misc\"";
    Path runtime = spec("Initializer", "io.github.mlpgen.runtime");
    Path misc = spec("Misc", "sun.misc");

    for (CliRun run : new CliRun[] {CliRun.of("check", "--spec", runtime.toString()),
        train(runtime)}) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.errLines()).containsExactly("mlpgen: " + runtime + mlpgen);
    }
    for (CliRun run : new CliRun[] {CliRun.of("check", "--spec", misc.toString()),
        train(misc)}) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.errLines()).containsExactly("mlpgen: " + misc + jdk);
    }
  }

  private Path spec(String name, String packageName) {
    return Fixtures.write(dir, name + ".mlp.yaml", "name: " + name + "\npackage: "
        + packageName + "\nbatch: 4\ninput: 3\nhidden: [5]\noutput: 2\n");
  }

  private CliRun train(Path spec) {
    return CliRun.of("train", "-q", "--spec", spec.toString(), "--rows", "60", "--folds", "2",
        "--epochs", "1", "--backend", "scalar", "--out", dir.resolve("out").toString());
  }
}
