package io.github.mlpgen.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTest {

  @Test
  void namesTheModelAndTheVectorFlagsItHas() {
    List<String> cpuInfo = List.of(
        "processor\t: 0",
        "model name\t: AMD EPYC",
        "flags\t\t: fpu sse2 avx fma avx2 bmi2",
        "processor\t: 1",
        "model name\t: AMD EPYC");

    assertThat(Machine.cpu(cpuInfo)).isEqualTo("AMD EPYC (AVX2, FMA)");
  }

  @Test
  void listsAvx512WhenPresent() {
    List<String> cpuInfo = List.of("model name : Xeon", "flags : avx2 fma avx512f avx512dq");

    assertThat(Machine.cpu(cpuInfo)).isEqualTo("Xeon (AVX2, FMA, AVX512F)");
  }

  @Test
  void saysUnknownWithoutCpuInfo() {
    assertThat(Machine.cpu(List.of())).isEqualTo("unknown CPU");
  }
}
