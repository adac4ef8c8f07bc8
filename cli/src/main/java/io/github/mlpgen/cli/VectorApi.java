package io.github.mlpgen.cli;

import java.lang.module.ModuleFinder;
import java.util.Optional;

/**
 * Whether this JVM can run the vector backend. The Vector API is an incubator module, which
 * Java resolves only when started with {@code --add-modules jdk.incubator.vector};
 * {@link Restart} starts {@code train} that way, so users never type the flag.
 */
final class VectorApi {

  /** The incubator module the generated vector classes use. */
  static final String MODULE = "jdk.incubator.vector";

  private VectorApi() {}

  /** Whether the module is resolved in this JVM, so that vector classes load. */
  static boolean loaded() {
    return ModuleLayer.boot().findModule(MODULE).isPresent();
  }

  /** Whether this Java runtime has the module at all (a trimmed runtime may not). */
  static boolean installed() {
    return ModuleFinder.ofSystem().find(MODULE).isPresent();
  }

  /** Why vector classes cannot run in this JVM, or empty if they can. */
  static Optional<String> unavailableReason() {
    if (loaded()) {
      return Optional.empty();
    }
    if (!installed()) {
      return Optional.of("this Java runtime has no " + MODULE + " module");
    }
    return Optional.of("this JVM was started without --add-modules " + MODULE);
  }
}
