package io.github.mlpgen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code mlpgen} command: it only dispatches to its subcommands. */
@Command(
    name = "mlpgen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {TrainCommand.class, GenerateCommand.class, CheckCommand.class,
        HelpCommand.class},
    description = "Generates shape-specialised Java for small multilayer perceptrons and "
        + "trains them.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "2:bad usage: unknown option, bad or missing option value",
      "3:bad input: spec, data or model file, output folder or standard output, "
          + "training diverged, out of heap memory",
      "4:internal error"
    })
final class MlpgenCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the full stack trace when an internal error stops the command.")
  boolean stacktrace;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: one of train, generate, check, help");
  }
}
