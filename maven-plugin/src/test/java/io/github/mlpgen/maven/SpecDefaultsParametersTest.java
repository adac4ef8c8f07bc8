package io.github.mlpgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.generator.spec.NetworkSpec.Backend;
import io.github.mlpgen.generator.spec.NetworkSpec.DType;
import io.github.mlpgen.generator.spec.SpecDefaults;
import org.junit.jupiter.api.Test;

class SpecDefaultsParametersTest {

  @Test
  void unsetOrEmptyParametersKeepTheStandardDefaults() throws Exception {
    assertThat(SpecDefaultsParameters.parse(null, "")).isEqualTo(SpecDefaults.STANDARD);
  }

  @Test
  void acceptsTheSpellingOfSpecs() throws Exception {
    SpecDefaults defaults = SpecDefaultsParameters.parse("vector", "float");

    assertThat(defaults).isEqualTo(new SpecDefaults(DType.FLOAT, Backend.VECTOR));
  }

  @Test
  void rejectsAnUnknownBackendSayingWhatIsAllowed() {
    assertThatThrownBy(() -> SpecDefaultsParameters.parse("simd", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter backend must be scalar or vector, was \"simd\";"
            + " fix <backend> in the pom or -Dmlpgen.backend");
  }

  @Test
  void rejectsABackendInAnotherCaseAsASpecDoes() {
    // A spec's "backend: Scalar" reads: backend must be scalar or vector, was "Scalar".
    assertThatThrownBy(() -> SpecDefaultsParameters.parse("Scalar", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter backend must be scalar or vector, was \"Scalar\";"
            + " fix <backend> in the pom or -Dmlpgen.backend");
  }

  @Test
  void rejectsADtypeInAnotherCaseOrWithBlanksAsASpecDoes() {
    assertThatThrownBy(() -> SpecDefaultsParameters.parse(null, "FLOAT"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter dtype must be double or float, was \"FLOAT\";"
            + " fix <dtype> in the pom or -Dmlpgen.dtype");
    assertThatThrownBy(() -> SpecDefaultsParameters.parse(null, " float"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("mlpgen: parameter dtype must be double or float, was \" float\";"
            + " fix <dtype> in the pom or -Dmlpgen.dtype");
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
