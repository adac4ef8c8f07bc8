package io.github.mlpgen.cli;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpgen generate}: writes the Java source of a spec's network class. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Writes the Java source of the network class a spec defines, below DIR in "
        + "its package folders, and prints the file's path.")
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec command;

  @Option(
      names = "--spec",
      required = true,
      paramLabel = "FILE",
      description = "The spec file (*.mlp.json or *.mlp.yaml).")
  Path specFile;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The source root to write into, such as src/main/java.")
  Path outDir;

  @Override
  public Integer call() throws InputException {
    NetworkSpec spec = InputFiles.readSpec(specFile);
    GeneratedSource source = InputFiles.generate(spec, specFile);
    Path target = outDir.resolve(source.relativePath());
    try {
      AtomicFiles.write(target, source.content().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException("--out: cannot write " + target + ": " + InputFiles.reason(e), e);
    }
    command.commandLine().getOut().println(target);
    return ExitCode.OK;
  }
}
