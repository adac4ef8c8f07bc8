package io.github.mlpgen.generator.scalar;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.ShapeGrid;
import io.github.mlpgen.generator.ShapeGrid.Shape;
import io.github.mlpgen.runtime.Network;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every generated source of the grid compiles without a single lint warning. */
class StrictCompilationTest {

  @Test
  void everyGridShapeCompilesWithAllLintWarningsAsErrors() throws URISyntaxException {
    List<File> classPath = List.of(
        new File(Network.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    List<Shape> shapes = new ArrayList<>(ShapeGrid.DOUBLE);
    shapes.addAll(ShapeGrid.FLOAT);
    int covered = 0;
    for (Shape shape : shapes) {
      GeneratedSource source = MlpGenerator.generate(shape.spec(), "grid.mlp.json");
      Compilation compilation = Compiler.javac()
          .withOptions("-Xlint:all", "-Werror")
          .withClasspath(classPath)
          .compile(JavaFileObjects.forSourceString(source.qualifiedName(), source.content()));
      assertThat(compilation).succeededWithoutWarnings();
      covered++;
    }
    assertThat(covered).isEqualTo(12);
  }
}
