package io.github.mlpgen.runtime.model;

import io.github.mlpgen.runtime.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves and loads the parameters of a {@link Network} as an {@code .npz} file that numpy
 * reads with {@code np.load}: arrays {@code w1, b1, w2, b2, ...}, one pair per layer, where
 * {@code wK} has shape {@code (fanIn, fanOut)} and {@code bK} shape {@code (fanOut,)}. Layer
 * {@code K} of the file is layer {@code K - 1} of {@link Network}.
 *
 * <p>Both directions refuse parameters that are NaN or infinite: a diverged network is not a
 * model. Loading accepts {@code '<f4'} arrays, but only the exact shapes: a bias of shape
 * {@code (1, fanOut)} is refused like any other, because numpy broadcasting makes a wrongly
 * shaped array look fine in the tool that wrote it, and a file that is not what it should be
 * is a mistake to report rather than to guess around.
 */
public final class ModelFiles {

  private ModelFiles() {}

  /**
   * Writes the parameters of {@code network} to {@code file}, replacing it atomically. The
   * same parameters always give the same bytes.
   *
   * @throws ModelFileException if a parameter is NaN or infinite, naming the array and the
   *     element; nothing is written then
   */
  public static void save(Network network, Path file) throws IOException {
    List<NdArray> arrays = parameters(network);
    List<String> problems = nonFinite(arrays);
    if (!problems.isEmpty()) {
      throw new ModelFileException(file, "cannot save a network whose parameters are not all"
          + " finite: " + String.join(", ", problems));
    }
    Npz.write(file, arrays);
  }

  /**
   * Sets the parameters of {@code network} from {@code file}. Everything is checked before
   * the first parameter is set, so a load that fails leaves the network as it was.
   *
   * @throws ModelFileException if the file cannot be read, lacks an array, holds an array the
   *     network has no place for, holds an array of the wrong shape, or holds a value that is
   *     NaN or infinite; every problem found is named in the message
   */
  public static void load(Path file, Network network) throws IOException {
    // The headers first: a file of other shapes must not be read in full to find out.
    Map<String, int[]> shapes = Npz.shapes(file);
    List<String> problems = new ArrayList<>();
    checkLayers(shapes, network.layerSizes(), problems);
    checkUnexpected(shapes, network.layerCount(), problems);
    if (!problems.isEmpty()) {
      throw new ModelFileException(file, String.join("; ", problems));
    }
    Map<String, NdArray> arrays = Npz.read(file, shapes);
    problems.addAll(nonFinite(new ArrayList<>(arrays.values())));
    if (!problems.isEmpty()) {
      throw new ModelFileException(file, String.join("; ", problems));
    }
    for (int layer = 0; layer < network.layerCount(); layer++) {
      network.setWeights(layer, arrays.get(weightName(layer)).values());
      network.setBiases(layer, arrays.get(biasName(layer)).values());
    }
  }

  private static List<NdArray> parameters(Network network) {
    int[] sizes = network.layerSizes();
    List<NdArray> arrays = new ArrayList<>();
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      double[] weights = new double[sizes[layer] * sizes[layer + 1]];
      double[] biases = new double[sizes[layer + 1]];
      network.getWeights(layer, weights);
      network.getBiases(layer, biases);
      arrays.add(new NdArray(weightName(layer), weightShape(sizes, layer), weights));
      arrays.add(new NdArray(biasName(layer), new int[] {sizes[layer + 1]}, biases));
    }
    return arrays;
  }

  private static void checkLayers(Map<String, int[]> shapes, int[] sizes,
      List<String> problems) {
    for (int layer = 0; layer < sizes.length - 1; layer++) {
      checkShape(shapes.get(weightName(layer)), weightName(layer), weightShape(sizes, layer),
          problems);
      checkShape(shapes.get(biasName(layer)), biasName(layer), new int[] {sizes[layer + 1]},
          problems);
    }
  }

  private static void checkShape(int[] shape, String name, int[] needed,
      List<String> problems) {
    if (shape == null) {
      problems.add("array " + name + " is missing");
    } else if (!Arrays.equals(shape, needed)) {
      problems.add(name + " has shape " + NdArray.shapeText(shape) + " but the network needs "
          + NdArray.shapeText(needed));
    }
  }

  private static void checkUnexpected(Map<String, int[]> shapes, int layers,
      List<String> problems) {
    Set<String> expected = new LinkedHashSet<>();
    for (int layer = 0; layer < layers; layer++) {
      expected.add(weightName(layer));
      expected.add(biasName(layer));
    }
    for (String name : shapes.keySet()) {
      if (!expected.contains(name)) {
        problems.add("array " + name + " does not belong to a network of " + layers
            + " layers, which has " + String.join(", ", expected));
      }
    }
  }

  /** The first NaN or infinite element of each array, such as {@code w2[3, 4] is NaN}. */
  private static List<String> nonFinite(List<NdArray> arrays) {
    List<String> problems = new ArrayList<>();
    for (NdArray array : arrays) {
      double[] values = array.values();
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          problems.add(array.name() + index(i, array.shape()) + " is " + values[i]);
          break;
        }
      }
    }
    return problems;
  }

  /** The numpy index {@code [i, j]} of the C-order offset {@code flat}. */
  private static String index(int flat, int[] shape) {
    int[] index = new int[shape.length];
    int rest = flat;
    for (int d = shape.length - 1; d >= 0; d--) {
      index[d] = rest % shape[d];
      rest /= shape[d];
    }
    return Arrays.toString(index);
  }

  private static int[] weightShape(int[] sizes, int layer) {
    return new int[] {sizes[layer], sizes[layer + 1]};
  }

  private static String weightName(int layer) {
    return "w" + (layer + 1);
  }

  private static String biasName(int layer) {
    return "b" + (layer + 1);
  }
}
