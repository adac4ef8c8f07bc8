package io.github.mlpgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mlpgen.runtime.Network;
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
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

  private static final int[] SHAPE = {5, 4, 3, 2};

  @TempDir
  Path folder;

  @Test
  void roundTripRestoresEveryParameter() throws IOException {
    ReferenceNetwork saved = randomNetwork(SHAPE, 1);
    ReferenceNetwork loaded = new ReferenceNetwork(4, SHAPE);
    Path file = folder.resolve("model.npz");

    ModelFiles.save(saved, file);
    ModelFiles.load(file, loaded);

    for (int layer = 0; layer < SHAPE.length - 1; layer++) {
      assertThat(TestNetworks.weights(loaded, layer))
          .containsExactly(TestNetworks.weights(saved, layer));
      assertThat(TestNetworks.biases(loaded, layer))
          .containsExactly(TestNetworks.biases(saved, layer));
    }
  }

  @Test
  void loadsIntoANetworkOfAnotherBatchSize() throws IOException {
    ReferenceNetwork saved = randomNetwork(SHAPE, 2);
    ReferenceNetwork loaded = new ReferenceNetwork(1, SHAPE);
    Path file = folder.resolve("model.npz");
    double[] row = TestNetworks.uniform(new SplittableRandom(3), SHAPE[0], 1.0);
    double[] expected = new double[SHAPE[3]];
    saved.predict(row, 1, expected);

    ModelFiles.save(saved, file);
    ModelFiles.load(file, loaded);

    assertThat(loaded.forward(row)).containsExactly(expected);
  }

  @Test
  void savesNumpyNamesAndShapesWithWeightsAsFanInByFanOut() throws IOException {
    ReferenceNetwork network = randomNetwork(SHAPE, 4);
    Path file = folder.resolve("model.npz");

    ModelFiles.save(network, file);
    Map<String, NdArray> arrays = Npz.read(file);

    assertThat(arrays.keySet()).containsExactly("w1", "b1", "w2", "b2", "w3", "b3");
    assertThat(arrays.get("w1").shapeText()).isEqualTo("(5, 4)");
    assertThat(arrays.get("b1").shapeText()).isEqualTo("(4,)");
    assertThat(arrays.get("w3").shapeText()).isEqualTo("(3, 2)");
    assertThat(arrays.get("b3").shapeText()).isEqualTo("(2,)");
    assertThat(arrays.get("w2").values()).containsExactly(TestNetworks.weights(network, 1));
  }

  @Test
  void sameModelGivesByteIdenticalFiles() throws IOException {
    ReferenceNetwork network = randomNetwork(SHAPE, 5);
    ReferenceNetwork copy = new ReferenceNetwork(2, SHAPE);
    Path first = folder.resolve("first.npz");
    Path second = folder.resolve("second.npz");
    Path again = folder.resolve("again.npz");

    ModelFiles.save(network, first);
    ModelFiles.save(network, second);
    ModelFiles.load(first, copy);
    ModelFiles.save(copy, again);

    assertThat(Files.mismatch(first, second)).isEqualTo(-1);
    assertThat(Files.mismatch(first, again)).isEqualTo(-1);
  }

  @Test
  void rejectsBiasesStoredAsRowVectorsNamingBothShapes() throws IOException {
    ReferenceNetwork start = randomNetwork(SHAPE, 6);
    List<NdArray> arrays = arraysOf(start);
    arrays.set(1, new NdArray("b1", new int[] {1, 4}, new double[] {1, 2, 3, 4}));
    Path file = write(arrays);
    ReferenceNetwork network = randomNetwork(SHAPE, 9);
    double[] before = TestNetworks.biases(network, 0);

    assertThatThrownBy(() -> ModelFiles.load(file, network))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": b1 has shape (1, 4) but the network needs (4,)");
    assertThat(TestNetworks.biases(network, 0)).containsExactly(before);
  }

  @Test
  void rejectsWeightsWithAnExtraDimensionOfOne() throws IOException {
    List<NdArray> arrays = arraysOf(randomNetwork(SHAPE, 6));
    NdArray w1 = arrays.get(0);
    arrays.set(0, new NdArray("w1", new int[] {5, 4, 1}, w1.values()));
    Path file = write(arrays);

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, SHAPE)))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": w1 has shape (5, 4, 1) but the network needs (5, 4)");
  }

  @Test
  void rejectsMissingArray() throws IOException {
    List<NdArray> arrays = arraysOf(randomNetwork(SHAPE, 7));
    arrays.remove(2);
    Path file = write(arrays);

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, SHAPE)))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": array w2 is missing");
  }

  @Test
  void rejectsArraysOfAnotherShapeNamingEachWithBothShapes() throws IOException {
    Path file = folder.resolve("model.npz");
    ModelFiles.save(randomNetwork(new int[] {50, 24, 25, 10}, 8), file);

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, 50, 25, 25, 10)))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": w1 has shape (50, 24) but the network needs (50, 25);"
            + " b1 has shape (24,) but the network needs (25,);"
            + " w2 has shape (24, 25) but the network needs (25, 25)");
  }

  @Test
  void checksTheShapesBeforeReadingTheData() throws IOException {
    // The header claims 2 GiB; the data would be read, or run out of heap, if it came first.
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("w1.npy", NpyFixtures.npy(NpyFixtures.dict("<f8", "(16384, 16384)"),
        NpyFixtures.doubles(1)));
    for (NdArray array : arraysOf(randomNetwork(SHAPE, 14)).subList(1, 6)) {
      entries.put(array.name() + ".npy", NpyFormat.encode(array));
    }
    Path file = folder.resolve("model.npz");
    NpyFixtures.zip(file, entries, ZipEntry.DEFLATED);

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, SHAPE)))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": w1 has shape (16384, 16384) but the network needs (5, 4)");
  }

  @Test
  void readsNoMoreOfAnInflatingEntryThanItsShapeNeeds() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (NdArray array : arraysOf(randomNetwork(SHAPE, 15))) {
      entries.put(array.name() + ".npy", NpyFormat.encode(array));
    }
    // b3 of shape (2,), followed by 64 MiB of zeros that deflate to almost nothing.
    byte[] b3 = entries.get("b3.npy");
    entries.put("b3.npy", Arrays.copyOf(b3, b3.length + (64 << 20)));
    Path file = folder.resolve("model.npz");
    NpyFixtures.zip(file, entries, ZipEntry.DEFLATED);

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, SHAPE)))
        .hasMessage(file + ": b3 holds more than 16 bytes of data, but shape (2,) of '<f8'"
            + " needs 16");
  }

  @Test
  void rejectsArrayTheNetworkHasNoPlaceFor() throws IOException {
    List<NdArray> arrays = arraysOf(randomNetwork(SHAPE, 9));
    arrays.add(new NdArray("w4", new int[] {2, 2}, new double[4]));
    Path file = write(arrays);

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, SHAPE)))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": array w4 does not belong to a network of 3 layers, which has"
            + " w1, b1, w2, b2, w3, b3");
  }

  @Test
  void rejectsLoadingValuesThatAreNotFinite() throws IOException {
    List<NdArray> arrays = arraysOf(randomNetwork(SHAPE, 10));
    arrays.set(1, new NdArray("b1", new int[] {4}, new double[] {0, 0, Double.NEGATIVE_INFINITY,
        0}));
    Path file = write(arrays);

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, SHAPE)))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": b1[2] is -Infinity");
  }

  @Test
  void failedLoadLeavesTheNetworkAsItWas() throws IOException {
    // w1, b1 and w2 fit; only b3 does not, and it is the last array checked.
    List<NdArray> arrays = arraysOf(randomNetwork(SHAPE, 11));
    arrays.set(5, new NdArray("b3", new int[] {3}, new double[3]));
    Path file = write(arrays);
    ReferenceNetwork network = randomNetwork(SHAPE, 12);
    double[] weightsBefore = TestNetworks.weights(network, 0);
    double[] biasesBefore = TestNetworks.biases(network, 1);

    assertThatThrownBy(() -> ModelFiles.load(file, network))
        .hasMessage(file + ": b3 has shape (3,) but the network needs (2,)");

    assertThat(TestNetworks.weights(network, 0)).containsExactly(weightsBefore);
    assertThat(TestNetworks.biases(network, 1)).containsExactly(biasesBefore);
  }

  @Test
  void refusesToSaveParametersThatAreNotFinite() throws IOException {
    ReferenceNetwork network = randomNetwork(SHAPE, 13);
    double[] weights = TestNetworks.weights(network, 1);
    weights[1 * 3 + 2] = Double.NaN;
    network.setWeights(1, weights);
    network.setBiases(2, new double[] {0, Double.POSITIVE_INFINITY});
    Path file = folder.resolve("model.npz");
    Files.writeString(file, "previous");

    assertThatThrownBy(() -> ModelFiles.save(network, file))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": cannot save a network whose parameters are not all finite:"
            + " w2[1, 2] is NaN, b3[1] is Infinity");
    assertThat(Files.readString(file)).isEqualTo("previous");
  }

  @Test
  void rejectsLoadingAFileThatIsNotAnNpz() throws IOException {
    Path file = folder.resolve("model.npz");
    Files.writeString(file, "{\"w1\": []}");

    assertThatThrownBy(() -> ModelFiles.load(file, new ReferenceNetwork(1, SHAPE)))
        .isInstanceOf(ModelFileException.class)
        .hasMessageStartingWith(file + ": is not an .npz file");
  }

  private Path write(List<NdArray> arrays) throws IOException {
    Path file = folder.resolve("model.npz");
    Npz.write(file, arrays);
    return file;
  }

  /** The arrays {@code w1, b1, w2, ...} of {@code network}, built here without ModelFiles. */
  private static List<NdArray> arraysOf(Network network) {
    int[] sizes = network.layerSizes();
    List<NdArray> arrays = new ArrayList<>();
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      arrays.add(new NdArray("w" + (layer + 1), new int[] {sizes[layer], sizes[layer + 1]},
          TestNetworks.weights(network, layer)));
      arrays.add(new NdArray("b" + (layer + 1), new int[] {sizes[layer + 1]},
          TestNetworks.biases(network, layer)));
    }
    return arrays;
  }

  private static ReferenceNetwork randomNetwork(int[] shape, long seed) {
    ReferenceNetwork network = new ReferenceNetwork(2, shape);
    TestNetworks.randomize(network, new SplittableRandom(seed), 1.0);
    return network;
  }
}
