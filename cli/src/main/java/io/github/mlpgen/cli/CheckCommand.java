package io.github.mlpgen.cli;

import io.github.mlpgen.generator.spec.NetworkSpec;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpgen check}: validates a spec and says what it defines, or every problem in it. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validates a spec file and generates its class without writing it: prints "
        + "'ok' and what it defines, or every problem found (exit code 3).")
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec command;

  @Option(
      names = "--spec",
      required = true,
      paramLabel = "FILE",
      description = "The spec file (*.mlp.json, *.mlp.yaml or *.mlp.yml).")
  Path specFile;

  @Override
  public Integer call() throws InputException {
    PathOptions.requireNamed(command, "--spec", specFile, "a file");
    NetworkSpec spec = InputFiles.readSpec(specFile);
    // Valid is not enough: what check accepts, generate must be able to write.
    InputFiles.generate(spec, specFile);
    command.commandLine().getOut().println("ok: " + specFile + " defines " + describe(spec));
    return ExitCode.OK;
  }

  /** {@code org.example.Seed: batch 32, layers 50-25-25-10, double, scalar}. */
  static String describe(NetworkSpec spec) {
    StringBuilder layers = new StringBuilder();
    for (int size : spec.layerSizes()) {
      layers.append(layers.length() == 0 ? "" : "-").append(size);
    }
    return spec.qualifiedName() + ": batch " + spec.batch() + ", layers " + layers + ", "
        + spec.dtype().name().toLowerCase(Locale.ROOT) + ", "
        + spec.backend().name().toLowerCase(Locale.ROOT);
  }
}
