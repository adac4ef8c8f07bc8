package io.github.mlpgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainSetupReportTest {

  @Test
  void perTargetRmsesAreOneLineEvenForANameHoldingALineEnd() {
    Map<String, Double> rmse = new LinkedHashMap<>();
    rmse.put("heat\nload", 0.25);
    rmse.put("cool", 0.5);

    assertThat(TrainSetup.perTarget(rmse)).isEqualTo(" (heat\\nload 0.2500, cool 0.5000)");
  }

  @Test
  void oneTargetNeedsNoPerTargetList() {
    assertThat(TrainSetup.perTarget(Map.of("y", 0.25))).isEmpty();
  }
}
