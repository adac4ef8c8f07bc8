package io.github.mlpgen.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checked-in copy of the samples is what the generator of this build writes. */
class CheckedInSamplesTest {

  private static final String REFRESH_COMMAND =
      "./mvnw -pl generated-samples -am process-classes -Dmlpgen.samples.refresh";

  private static final Path GENERATED = folder("mlpgen.samples.generated");
  private static final Path CHECKED_IN = folder("mlpgen.samples.checkedIn");

  @Test
  void checkedInSamplesEqualAFreshGeneration() throws IOException {
    Map<String, byte[]> fresh = filesBelow(GENERATED);
    Map<String, byte[]> checkedIn = filesBelow(CHECKED_IN);

    assertThat(fresh).containsKeys(
        "io/github/mlpgen/samples/SeedNetwork.java",
        "io/github/mlpgen/samples/MnistNetwork.java");
    assertThat(differences(fresh, checkedIn))
        .as("src/checked-in/java is stale; run %s and commit the result", REFRESH_COMMAND)
        .isEmpty();
  }

  private static List<String> differences(
      Map<String, byte[]> fresh, Map<String, byte[]> checkedIn) {
    List<String> differences = new ArrayList<>();
    for (String name : new TreeSet<>(union(fresh, checkedIn))) {
      if (!checkedIn.containsKey(name)) {
        differences.add(name + " is generated but not checked in");
      } else if (!fresh.containsKey(name)) {
        differences.add(name + " is checked in but no longer generated");
      } else if (!Arrays.equals(fresh.get(name), checkedIn.get(name))) {
        differences.add(name + " differs from a fresh generation");
      }
    }
    return differences;
  }

  private static TreeSet<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
    TreeSet<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    return names;
  }

  private static Map<String, byte[]> filesBelow(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString().replace('\\', '/');
        files.put(name, Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static Path folder(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " is unset; run this test through Maven");
    }
    return Path.of(value);
  }
}
