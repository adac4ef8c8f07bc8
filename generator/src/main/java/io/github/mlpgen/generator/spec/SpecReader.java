package io.github.mlpgen.generator.spec;

import java.nio.file.Path;

/** Reads and validates {@code *.mlp.json} and {@code *.mlp.yaml} spec files. */
public final class SpecReader {

  private SpecReader() {}

  /**
   * Reads one spec file and validates every field before returning.
   *
   * @throws SpecException listing every problem of the file
   */
  public static NetworkSpec read(Path file) throws SpecException {
    throw new UnsupportedOperationException("spec reader not written yet");
  }
}
