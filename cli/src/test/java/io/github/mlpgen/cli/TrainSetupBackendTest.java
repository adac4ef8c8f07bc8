package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.cli.TrainOptions.BackendChoice;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainSetupBackendTest {

  private final StringWriter err = new StringWriter();

  @Test
  void defaultIsVectorForLongRunsAndScalarForShortOnes() {
    TrainOptions defaults = new TrainOptions();

    assertThat(TrainSetup.requestedBackend(defaults, Optional.empty(), 1_875_000))
        .isEqualTo(BackendChoice.VECTOR);
    assertThat(TrainSetup.requestedBackend(defaults, Optional.empty(),
        TrainSetup.VECTOR_MIN_STEPS)).isEqualTo(BackendChoice.VECTOR);
    assertThat(TrainSetup.requestedBackend(defaults, Optional.empty(),
        TrainSetup.VECTOR_MIN_STEPS - 1)).isEqualTo(BackendChoice.SCALAR);
  }

  @Test
  void theOptionThenTheSpecFileChooseBeforeTheRunLength() {
    TrainOptions options = new TrainOptions();
    assertThat(TrainSetup.requestedBackend(options, Optional.of(BackendChoice.VECTOR), 10))
        .isEqualTo(BackendChoice.VECTOR);

    options.backend = BackendChoice.REFERENCE;
    assertThat(TrainSetup.requestedBackend(options, Optional.of(BackendChoice.VECTOR), 10))
        .isEqualTo(BackendChoice.REFERENCE);
  }

  @Test
  void vectorRunsWhereTheVectorApiLoads() {
    assertThat(runnable(BackendChoice.VECTOR, Optional.empty()))
        .isEqualTo(BackendChoice.VECTOR);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void vectorFallsBackToScalarWithTheReason() {
    assertThat(runnable(BackendChoice.VECTOR, Optional.of("this Java runtime has no "
        + "jdk.incubator.vector module"))).isEqualTo(BackendChoice.SCALAR);
    assertThat(err.toString()).isEqualTo("mlpgen: warning: the vector backend needs the Vector "
        + "API, but this Java runtime has no jdk.incubator.vector module; training with the "
        + "scalar backend instead" + System.lineSeparator());
  }

  @Test
  void otherBackendsIgnoreTheVectorApi() {
    assertThat(runnable(BackendChoice.REFERENCE, Optional.of("missing")))
        .isEqualTo(BackendChoice.REFERENCE);
    assertThat(runnable(BackendChoice.SCALAR, Optional.of("missing")))
        .isEqualTo(BackendChoice.SCALAR);
    assertThat(err.toString()).isEmpty();
  }

  private BackendChoice runnable(BackendChoice requested, Optional<String> reason) {
    return TrainSetup.runnableBackend(requested, reason, new PrintWriter(err, true));
  }
}
