package io.github.mlpgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;

class MethodBudgetTest {

  @Test
  void estimatesFromTokensIgnoringComments() {
    CodeBlock plain = CodeBlock.of("t0 += a00 * u0;\n");
    CodeBlock commented = CodeBlock.of("// a long comment that costs no bytecode at all\n"
        + "t0 += a00 * u0;\n");

    // Six tokens: t0, +=, a00, *, u0 and the semicolon.
    assertThat(MethodBudget.estimate(plain)).isEqualTo((int) Math.ceil(6 * 2.0));
    assertThat(MethodBudget.estimate(commented)).isEqualTo(MethodBudget.estimate(plain));
  }

  @Test
  void acceptsAMethodWithinTheTarget() {
    MethodBudget.require("small", MethodBudget.TARGET);
  }

  @Test
  void rejectsAMethodOverTheTargetNamingIt() {
    assertThatThrownBy(() -> MethodBudget.require("forwardLayer1", MethodBudget.TARGET + 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("generated method forwardLayer1 is estimated at 6001 bytes of bytecode, "
            + "over the budget of 6000 (HotSpot never compiles methods over 8000 bytes)");
  }
}
