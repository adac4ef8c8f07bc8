package io.github.mlpgen.cli;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.runtime.Network;
import io.github.mlpgen.runtime.ReferenceNetwork;
import java.util.function.Supplier;

/** Makes the networks a training run asks for: generated and compiled, or the reference. */
final class NetworkFactories {

  private NetworkFactories() {}

  /**
   * A factory of fresh networks of {@code spec}'s shape, implemented by {@code backend}.
   * A generated backend is generated and compiled once, here; every call of the factory then
   * only instantiates it.
   */
  static Supplier<Network> of(NetworkSpec spec, BackendChoice backend) throws InputException {
    if (backend == BackendChoice.REFERENCE) {
      int[] sizes = spec.layerSizes();
      int batch = spec.batch();
      return () -> new ReferenceNetwork(batch, sizes);
    }
    throw new InputException("--backend " + backend.optionValue() + ": not available yet");
  }
}
