package io.github.mlpgen.generator;

import io.github.mlpgen.generator.spec.NetworkSpec;

/** Turns a validated {@link NetworkSpec} into the Java source of its network class. */
public final class MlpGenerator {

  private MlpGenerator() {}

  /**
   * Generates the network class of {@code spec}.
   *
   * @param spec a spec that passed validation
   * @param specFileName the spec's file name as the generated header should name it (no
   *     absolute path, so output does not depend on where the project lives)
   */
  public static GeneratedSource generate(NetworkSpec spec, String specFileName) {
    throw new UnsupportedOperationException("scalar emitter not written yet");
  }
}
