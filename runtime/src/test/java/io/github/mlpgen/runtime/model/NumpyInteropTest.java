package io.github.mlpgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mlpgen.runtime.ReferenceNetwork;
import io.github.mlpgen.runtime.TestNetworks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the files against numpy itself; skipped where {@code python3} with numpy is missing.
 */
class NumpyInteropTest {

  private static final int[] SHAPE = {5, 4, 3, 2};
  private static final long PYTHON_TIMEOUT_SECONDS = 60;

  /** numpy's matrix products sum in another order than the reference network. */
  private static final double PREDICTION_TOLERANCE = 1e-12;

  /** Prints each array as {@code name dtype shape} and then its values, C order. */
  private static final String PRINT_ARRAYS = String.join("\n",
      "def show(name, a):",
      "    print(name, a.dtype, a.shape)",
      "    print(name, ' '.join(repr(float(v)) for v in a.ravel(order='C')))");

  @TempDir
  Path folder;

  @BeforeAll
  static void requireNumpy() {
    assumeTrue(numpyAvailable(), "python3 with numpy is not available");
  }

  @Test
  void numpyReadsTheArraysJavaWrote() throws Exception {
    ReferenceNetwork network = new ReferenceNetwork(2, SHAPE);
    TestNetworks.randomize(network, new SplittableRandom(21), 1.0);
    Path model = folder.resolve("model.npz");
    ModelFiles.save(network, model);

    Map<String, String> lines = python(String.join("\n",
        "import sys, numpy as np",
        PRINT_ARRAYS,
        "m = np.load(sys.argv[1])",
        "for k in m.files: show(k, m[k])"), model.toString());

    assertThat(lines.get("w1 dtype")).isEqualTo("float64 (5, 4)");
    assertThat(lines.get("b1 dtype")).isEqualTo("float64 (4,)");
    assertThat(lines.get("w2 dtype")).isEqualTo("float64 (4, 3)");
    assertThat(lines.get("b2 dtype")).isEqualTo("float64 (3,)");
    assertThat(lines.get("w3 dtype")).isEqualTo("float64 (3, 2)");
    assertThat(lines.get("b3 dtype")).isEqualTo("float64 (2,)");
    for (int layer = 0; layer < SHAPE.length - 1; layer++) {
      assertThat(values(lines, "w" + (layer + 1)))
          .containsExactly(TestNetworks.weights(network, layer));
      assertThat(values(lines, "b" + (layer + 1)))
          .containsExactly(TestNetworks.biases(network, layer));
    }
  }

  @Test
  void numpyPredictsWhatJavaPredictsFromTheSavedModel() throws Exception {
    ReferenceNetwork network = new ReferenceNetwork(2, SHAPE);
    TestNetworks.randomize(network, new SplittableRandom(22), 1.0);
    double[] x = TestNetworks.uniform(new SplittableRandom(23), 3 * SHAPE[0], 1.0);
    double[] expected = new double[3 * SHAPE[3]];
    network.predict(x, 3, expected);
    Path model = folder.resolve("model.npz");
    Path inputs = folder.resolve("x.npz");
    ModelFiles.save(network, model);
    Npz.write(inputs, List.of(new NdArray("x", new int[] {3, SHAPE[0]}, x)));

    Map<String, String> lines = python(String.join("\n",
        "import sys, numpy as np",
        PRINT_ARRAYS,
        "m = np.load(sys.argv[1])",
        "a = np.load(sys.argv[2])['x']",
        "layers = len(m.files) // 2",
        "for i in range(1, layers + 1):",
        "    a = a @ m['w%d' % i] + m['b%d' % i]",
        "    a = np.maximum(a, 0) if i < layers else a",
        "show('prediction', a)"), model.toString(), inputs.toString());

    assertThat(lines.get("prediction dtype")).isEqualTo("float64 (3, 2)");
    assertThat(values(lines, "prediction"))
        .containsExactly(expected, within(PREDICTION_TOLERANCE));
  }

  @Test
  void javaLoadsWhatNumpySaved() throws Exception {
    Path model = folder.resolve("numpy.npz");

    Map<String, String> lines = python(String.join("\n",
        "import sys, numpy as np",
        PRINT_ARRAYS,
        "rng = np.random.default_rng(5)",
        "shapes = [(5, 4), (4,), (4, 3), (3,), (3, 2), (2,)]",
        "names = ['w1', 'b1', 'w2', 'b2', 'w3', 'b3']",
        "arrays = {n: rng.uniform(-0.5, 0.5, s) for n, s in zip(names, shapes)}",
        "np.savez(sys.argv[1], **arrays)",
        "for n in names: show(n, arrays[n])"), model.toString());
    ReferenceNetwork network = new ReferenceNetwork(1, SHAPE);
    ModelFiles.load(model, network);

    for (int layer = 0; layer < SHAPE.length - 1; layer++) {
      assertThat(TestNetworks.weights(network, layer))
          .containsExactly(values(lines, "w" + (layer + 1)));
      assertThat(TestNetworks.biases(network, layer))
          .containsExactly(values(lines, "b" + (layer + 1)));
    }
  }

  @Test
  void javaLoadsCompressedFloat32AndFortranOrderArrays() throws Exception {
    Path model = folder.resolve("numpy.npz");

    Map<String, String> lines = python(String.join("\n",
        "import sys, numpy as np",
        PRINT_ARRAYS,
        "rng = np.random.default_rng(6)",
        "sizes = [5, 4, 3, 2]",
        "arrays = {}",
        "for i in range(3):",
        "    w = rng.uniform(-0.5, 0.5, (sizes[i], sizes[i + 1])).astype(np.float32)",
        "    arrays['w%d' % (i + 1)] = np.asfortranarray(w)",
        "    arrays['b%d' % (i + 1)] = rng.uniform(-0.5, 0.5, sizes[i + 1])",
        "assert not arrays['w1'].flags['C_CONTIGUOUS']",
        "np.savez_compressed(sys.argv[1], **arrays)",
        "for n, a in arrays.items(): show(n, a)"), model.toString());
    ReferenceNetwork network = new ReferenceNetwork(1, SHAPE);
    ModelFiles.load(model, network);

    assertThat(lines.get("w1 dtype")).isEqualTo("float32 (5, 4)");
    for (int layer = 0; layer < SHAPE.length - 1; layer++) {
      assertThat(TestNetworks.weights(network, layer))
          .containsExactly(values(lines, "w" + (layer + 1)));
      assertThat(TestNetworks.biases(network, layer))
          .containsExactly(values(lines, "b" + (layer + 1)));
    }
  }

  /** The values printed for {@code name}, parsed exactly: Python prints the shortest repr. */
  private static double[] values(Map<String, String> lines, String name) {
    return Arrays.stream(lines.get(name + " values").split(" "))
        .mapToDouble(Double::parseDouble).toArray();
  }

  /**
   * Runs {@code script} and keys each printed line {@code name a b ...} by {@code "name
   * dtype"} when its second word is a dtype and by {@code "name values"} otherwise.
   */
  private Map<String, String> python(String script, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", "-c", script));
    command.addAll(List.of(arguments));
    Path output = folder.resolve("python-output.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    if (!process.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("python3 did not finish in " + PYTHON_TIMEOUT_SECONDS + " s");
    }
    String printed = Files.readString(output);
    assertThat(process.exitValue()).as("python3 exit status; it printed:%n%s", printed)
        .isZero();
    return parse(printed);
  }

  private static Map<String, String> parse(String printed) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : printed.split("\n")) {
      String[] words = line.split(" ", 2);
      boolean typeLine = words[1].startsWith("float");
      lines.put(words[0] + (typeLine ? " dtype" : " values"), words[1]);
    }
    return lines;
  }

  private static boolean numpyAvailable() {
    try {
      Process process = new ProcessBuilder("python3", "-c", "import numpy")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
