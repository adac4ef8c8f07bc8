package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Command lines that are wrong in themselves: one line on standard error and exit code 2. */
class UsageErrorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "train --batch 0                     | --batch must be >= 1, was 0",
    "train --epochs 0                    | --epochs must be >= 1, was 0",
    "train --folds 1                     | --folds must be >= 2, was 1",
    "train --lr 0                        | --lr must be a finite number > 0, was 0 (",
    "train --lr -1e-3                    | --lr must be a finite number > 0, was -1e-3 (",
    "train --lr 1e-400                   | was 1e-400, which is 0 in double precision",
    "train --lr 1e400                    | was 1e400, which is beyond the largest double",
    "train --hidden 25,0                 | --hidden must be >= 1, was 0",
    "train --hidden 5000                 | --hidden must be <= 4096 (the limit of a spec), was 50",
    "train --hidden 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1 | --hidden has 17 layers, at most 16",
    "train --hidden 25,                  | --hidden has an empty entry in '25,'",
    "train --hidden 4096,4096            | 50-4096-4096-10 has 17031178 weights and biases",
    "train --batch 4097                  | --batch must be <= 4096 (the limit of a spec), was 40",
    "train --batch 4096 --hidden 4000,100 | --batch 4096 times the 4160 units of 50-4000-100-10",
    "train --outputs 5000                | --outputs must be <= 4096 (the limit of a spec)",
    "train --inputs 5000                 | --inputs must be <= 4096 (the limit of a spec)",
    "train --data x.csv --targets y,     | --targets has an empty entry in 'y,'",
    "train --data x.csv --targets ,y     | --targets has an empty entry in ',y'",
    "train --data x.csv --targets ,      | --targets has an empty entry in ','",
    "train --data x.csv --targets ,,     | --targets has an empty entry in ',,'",
    "train --rows 0                      | --rows must be >= 1, was 0",
    "train --rows 2147483647             | --rows': '2147483647' is not a whole number from 1 to"
        + " 42949672, the rows of 50 columns that one Java array holds",
    "train --rows 2147483640 --inputs 1 --outputs 1 | '2147483640' is not a whole number from"
        + " 1 to 2147483639, the rows of 1 column that one Java array holds",
    "train --rows 1073741824 --outputs 2 --inputs 1 | from 1 to 1073741819, the rows of 2",
    "train --out=                        | --out must name a folder, was empty",
    "train --data=                       | --data must name a file, was empty",
    "train --targets y1                  | --targets needs --data",
    "train --data x.csv                  | --data needs --targets",
    "train --data x.csv --targets a --rows 10 | --rows cannot be used with --data",
    "train --spec s.mlp.json --hidden 4  | --hidden cannot be combined with --spec",
    "train --spec s.mlp.json --batch 4   | --batch cannot be combined with --spec",
    "train --spec s.mlp.json --inputs 4  | --inputs cannot be used with --spec",
    "train --backend fast                | --backend': expected one of scalar, vector, reference",
    "train --epochs many                 | --epochs",
    "train --epochs 99999999999          | '99999999999' is not a whole number from 1 to 2147483",
    "train --folds 1.5                   | --folds': '1.5' is not a whole number from 2 to",
    "train --batch 99999999999           | '99999999999' is not a whole number from 1 to 4096",
    "train --hidden 25,x                 | --hidden' (SIZE): 'x' is not a whole number from 1 to",
    "train --seed 1e3                    | '1e3' is not a whole number from -9223372036854775808",
    "train --bogus                       | Unknown option: '--bogus'",
    "generate --out x                    | Missing required option: '--spec=FILE'",
    "generate --spec s.mlp.json --out=   | --out must name a folder, was empty",
    "generate --spec= --out x            | --spec must name a file, was empty",
    "check --spec=                       | --spec must name a file, was empty",
    "check                               | Missing required option: '--spec=FILE'",
    "frobnicate                          | Unmatched argument at index 0: 'frobnicate'",
  })
  void reportsOneLineNamingTheOption(String commandLine, String expected) {
    CliRun run = CliRun.of(commandLine.trim().split(" +"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("mlpgen: ").contains(expected).contains("--help");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "train    | --out  | ' '  | folder",
    "generate | --out  | '	' | folder",
    "train    | --data | '  ' | file",
    "check    | --spec | ' '  | file",
  })
  void blankPathsAreUsageErrorsAndCreateNothing(
      String command, String option, String blank, String what) {
    String[] args = command.equals("generate")
        ? new String[] {command, "--spec", "s.mlp.json", option, blank}
        : new String[] {command, option, blank};

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).containsExactly("mlpgen: " + option + " must name a " + what
        + ", was blank (see 'mlpgen " + command + " --help')");
    assertThat(Path.of(blank)).doesNotExist();
  }

  @Test
  void numbersMayHaveSpacesAroundThemAsTheLearningRateMay() {
    TrainCommand train = new TrainCommand();

    new CommandLine(train).parseArgs("--lr", " 1e-3", "--batch", " 4", "--epochs", "3 ",
        "--folds", " 2", "--hidden", "25, 5", "--seed", " -7 ", "--rows", " 100");

    assertThat(train.options.learningRate).isEqualTo(1e-3);
    assertThat(train.options.batch).isEqualTo(4);
    assertThat(train.options.epochs).isEqualTo(3);
    assertThat(train.options.folds).isEqualTo(2);
    assertThat(train.options.hidden).containsExactly(25, 5);
    assertThat(train.options.seed).isEqualTo(-7);
    assertThat(train.options.rows).isEqualTo(100);
  }

  @Test
  void missingCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .startsWith("mlpgen: missing command: one of train, generate, check, help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "train", "generate", "check"})
  void everyCommandAnswersVersionAndHelp(String command) {
    String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};

    CliRun version = CliRun.of(append(prefix, "--version"));
    CliRun help = CliRun.of(append(prefix, "--help"));

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("mlpgen ").doesNotContain("${");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: mlpgen").contains("--help").contains("--version");
  }

  @Test
  void theHelpCommandGivesTheUsageOfMlpgenOrOfACommand() {
    CliRun help = CliRun.of("help");
    CliRun trainHelp = CliRun.of("help", "train");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: mlpgen ").contains("train", "generate", "check");
    assertThat(trainHelp.exitCode()).isZero();
    assertThat(trainHelp.out()).isEqualTo(CliRun.of("train", "--help").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"generate", "check"})
  void specOptionsNameEveryEndingOfASpecFile(String command) {
    assertThat(CliRun.of(command, "--help").out())
        .contains("The spec file (*.mlp.json, *.mlp.yaml or *.mlp.yml).");
  }

  @Test
  void trainHelpListsTheBackendsAndOutputs() {
    CliRun help = CliRun.of("train", "--help");

    assertThat(help.out())
        .contains("scalar, vector, reference")
        .contains("summary.json")
        .contains("fold-<k>-epochs.png");
  }

  @Test
  void topLevelHelpDocumentsTheExitCodes() {
    CliRun help = CliRun.of("--help");

    assertThat(help.out()).contains("Exit codes:").contains("2   bad usage")
        .contains("3   bad input").contains("4   internal error");
  }

  private static String[] append(String[] prefix, String last) {
    String[] args = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    args[prefix.length] = last;
    return args;
  }
}
