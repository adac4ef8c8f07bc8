package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import io.github.mlpgen.generator.spec.SpecDefaults;
import org.junit.jupiter.api.Test;

class SpecDefaultsParametersTest {

  @Test
  void unsetParametersKeepTheStandardDefaults() throws Exception {
    assertThat(SpecDefaultsParameters.parse(null, " ")).isEqualTo(SpecDefaults.STANDARD);
  }

  @Test
  void acceptsTheSpellingOfSpecsInAnyCase() throws Exception {
    SpecDefaults defaults = SpecDefaultsParameters.parse("Vector", "FLOAT");

    assertThat(defaults).isEqualTo(new SpecDefaults(DType.FLOAT, Backend.VECTOR));
  }

  @Test
  void rejectsAnUnknownBackendSayingWhatIsAllowed() {
    assertThatThrownBy(() -> SpecDefaultsParameters.parse("simd", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter backend must be one of scalar, vector, was 'simd';"
            + " fix <backend> in the pom or -Dmlpgen.backend");
  }

  @Test
  void fingerprintTellsDefaultsApart() throws Exception {
    String standard = SpecDefaultsParameters.fingerprint(SpecDefaults.STANDARD);
    SpecDefaults floatDefaults = SpecDefaultsParameters.parse(null, "float");
    String floats = SpecDefaultsParameters.fingerprint(floatDefaults);

    assertThat(standard).isEqualTo("backend=scalar;dtype=double");
    assertThat(floats).isEqualTo("backend=scalar;dtype=float");
  }
}
