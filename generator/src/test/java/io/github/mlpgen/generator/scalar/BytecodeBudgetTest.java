package io.github.mlpgen.generator.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mlpgen.generator.ClassFileMethods;
import io.github.mlpgen.generator.CompiledShapes;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.generator.ShapeGrid.Shape;
import io.github.mlpgen.generator.plan.MethodBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every generated method is measured in its compiled form: none may exceed HotSpot's {@code
 * HugeMethodLimit}, and the generator's estimate must never be below the real size.
 */
class BytecodeBudgetTest {

  /**
   * The estimate may exceed the real size by at most this factor: an estimate that loose
   * would split methods long before they need it.
   */
  private static final double LOOSEST_ESTIMATE = 3.0;

  @Test
  void noMethodExceedsTheHugeMethodLimit() {
    int covered = 0;
    for (Shape shape : allShapes()) {
      for (Map.Entry<String, Integer> method : codeSizes(shape).entrySet()) {
        assertThat(method.getValue())
            .as("%s: method %s has %d bytes of bytecode", shape.label(), method.getKey(),
                method.getValue())
            .isLessThanOrEqualTo(MethodBudget.HUGE_METHOD_LIMIT);
      }
      covered++;
    }
    assertThat(covered).isEqualTo(12);
  }

  @Test
  void largestMethodIsFarBelowTheLimitOnSeedAndLargeShapes() {
    for (Shape shape : List.of(ShapeGrid.DOUBLE.get(0), ShapeGrid.LARGE)) {
      int largest = codeSizes(shape).values().stream().mapToInt(Integer::intValue).max()
          .orElseThrow();
      // The kernels keep their loops, so size does not grow with the layer sizes.
      assertThat(largest).as(shape.label()).isLessThan(MethodBudget.HUGE_METHOD_LIMIT / 2);
    }
  }

  @Test
  void estimateBoundsEveryCompiledMethodFromAbove() {
    int covered = 0;
    for (Shape shape : allShapes()) {
      Map<String, Integer> estimates = ScalarEmitter.estimatedMethodSizes(shape.spec());
      for (Map.Entry<String, Integer> method : codeSizes(shape).entrySet()) {
        String name = method.getKey().substring(0, method.getKey().indexOf('('));
        if (!estimates.containsKey(name)) {
          continue;
        }
        int actual = method.getValue();
        assertThat(estimates.get(name))
            .as("%s: estimate of %s (compiled: %d bytes)", shape.label(), name, actual)
            .isGreaterThanOrEqualTo(actual)
            .isLessThanOrEqualTo((int) (LOOSEST_ESTIMATE * actual) + 16);
      }
      covered++;
    }
    assertThat(covered).isEqualTo(12);
  }

  private static List<Shape> allShapes() {
    List<Shape> shapes = new ArrayList<>(ShapeGrid.DOUBLE);
    shapes.addAll(ShapeGrid.FLOAT);
    return shapes;
  }

  private static Map<String, Integer> codeSizes(Shape shape) {
    CompiledShapes.Compiled compiled = CompiledShapes.of(shape.spec());
    byte[] classFile = compiled.classFiles().get(compiled.source().qualifiedName());
    return ClassFileMethods.codeSizes(classFile);
  }
}
