package io.github.mlpgen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class JitActivityTest {

  @Test
  void countsARunningCompilationOfANetwork() {
    String queue = """
        Current compiles:\s
        C2 CompilerThread0  1186   %   4       io.github.mlpgen.benchmarks.generated.\
        SeedVectorDouble::forward1Block3x7 @ 218 (2034 bytes)

        C1 compile queue:
        Empty

        C2 compile queue:
        Empty
        """;

    assertThat(JitActivity.compilations(queue)).hasValue(1);
  }

  @Test
  void countsTheMethodsWaitingInEitherQueue() {
    String queue = """
        Current compiles:\s

        C1 compile queue:
        2544       3       jdk.incubator.vector.DoubleVector::fromArray (42 bytes)

        C2 compile queue:
        1201       4       org.ejml.dense.row.CommonOps_DDRM::mult (94 bytes)
        1209       4       jdk.internal.vm.vector.VectorSupport::binaryOp (27 bytes)
        """;

    assertThat(JitActivity.compilations(queue)).hasValue(3);
  }

  @Test
  void countsMethodsOutsideTheNetworkBecauseTheyDelayItsOwn() {
    // javac's methods, left from compiling the generated class, raise the thresholds at
    // which the network's methods get queued at all.
    String queue = """
        Current compiles:\s
        C1 CompilerThread0  2543  965       3       java.lang.invoke.MemberName::getName (26 bytes)

        C1 compile queue:
        Empty

        C2 compile queue:
        1209       4       com.sun.tools.javac.util.Name::lastIndexOf (42 bytes)
        """;

    assertThat(JitActivity.compilations(queue)).hasValue(2);
  }

  @Test
  void seesAnIdleJit() {
    String queue = """
        Current compiles:\s

        C1 compile queue:
        Empty

        C2 compile queue:
        Empty
        """;

    assertThat(JitActivity.compilations(queue)).hasValue(0);
  }

  @Test
  void knowsNothingFromOutputInAnUnknownForm() {
    assertThat(JitActivity.compilations("Unknown diagnostic command")).isEmpty();
  }

  @Test
  void answersOnThisJvmWithoutFailing() {
    JitActivity activity = new JitActivity();

    assertThatCode(() -> {
      activity.getAsBoolean();
      activity.getAsBoolean();
    }).doesNotThrowAnyException();
  }
}
