package io.github.mlpgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Small files for command-line tests. */
final class Fixtures {

  private Fixtures() {}

  /** Writes {@code text} to {@code folder/name} and returns the file. */
  static Path write(Path folder, String name, String text) {
    try {
      return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON spec with the given sizes, class {@code org.example.Tiny}. */
  static Path spec(Path folder, int batch, int input, String hidden, int output) {
    return write(folder, "tiny.mlp.json", "{\n"
        + "  \"name\": \"Tiny\",\n"
        + "  \"package\": \"org.example\",\n"
        + "  \"batch\": " + batch + ",\n"
        + "  \"input\": " + input + ",\n"
        + "  \"hidden\": [" + hidden + "],\n"
        + "  \"output\": " + output + "\n"
        + "}\n");
  }

  /**
   * A CSV of {@code rows} rows: inputs {@code small} (around 0.5) and {@code large} (around
   * 500), and the target {@code y = small + large / 1000} plus noise.
   */
  static Path linearCsv(Path folder, int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder csv = new StringBuilder("small,large,y\n");
    for (int r = 0; r < rows; r++) {
      double small = random.nextDouble();
      double large = 1000 * random.nextDouble();
      double y = small + large / 1000 + 0.01 * (random.nextDouble() - 0.5);
      csv.append(String.format(Locale.ROOT, "%.6f,%.3f,%.6f%n", small, large, y));
    }
    return write(folder, "linear.csv", csv.toString());
  }
}
