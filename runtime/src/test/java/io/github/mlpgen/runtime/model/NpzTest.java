package io.github.mlpgen.runtime.model;

import static io.github.mlpgen.runtime.model.NpyFixtures.dict;
import static io.github.mlpgen.runtime.model.NpyFixtures.doubles;
import static io.github.mlpgen.runtime.model.NpyFixtures.floats;
import static io.github.mlpgen.runtime.model.NpyFixtures.npy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {

  @TempDir
  Path folder;

  @Test
  void roundTripKeepsNamesOrderShapesAndValues() throws IOException {
    List<NdArray> arrays = List.of(
        new NdArray("zeta", new int[] {2, 3}, new double[] {1, -2, 0.1, -0.0, 1e-310, 7}),
        new NdArray("alpha", new int[] {3}, new double[] {Double.NaN, 1e300, -1e-300}),
        new NdArray("scalar", new int[0], new double[] {42}),
        new NdArray("cube", new int[] {2, 1, 2}, new double[] {1, 2, 3, 4}),
        new NdArray("empty", new int[] {0, 4}, new double[0]));
    Path file = folder.resolve("arrays.npz");

    Npz.write(file, arrays);
    Map<String, NdArray> read = Npz.read(file);

    assertThat(read.keySet()).containsExactly("zeta", "alpha", "scalar", "cube", "empty");
    assertThat(List.copyOf(read.values())).isEqualTo(arrays);
    assertThat(Double.doubleToRawLongBits(read.get("zeta").values()[3]))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void writesOneStoredNpyEntryPerArray() throws IOException {
    byte[] bytes = Npz.toBytes(List.of(
        new NdArray("w1", new int[] {2, 2}, new double[4]),
        new NdArray("b1", new int[] {2}, new double[2])));

    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("w1.npy");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      zip.readAllBytes();
      assertThat(zip.getNextEntry().getName()).isEqualTo("b1.npy");
      zip.readAllBytes();
      assertThat(zip.getNextEntry()).isNull();
    }
  }

  @Test
  void writesVersionOneHeaderPaddedTo64BytesThenLittleEndianDoubles() throws IOException {
    byte[] npy = onlyEntry(Npz.toBytes(
        List.of(new NdArray("w1", new int[] {2, 3}, new double[] {1.5, -2, 3, 4, 5, 6}))));
    ByteBuffer buffer = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);

    int headerLength = buffer.getShort(8);
    String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);

    assertThat(new String(npy, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
    assertThat(npy[0]).isEqualTo((byte) 0x93);
    assertThat(npy[6]).isEqualTo((byte) 1);
    assertThat(npy[7]).isEqualTo((byte) 0);
    assertThat((10 + headerLength) % 64).isZero();
    assertThat(header).endsWith("\n");
    assertThat(header.stripTrailing())
        .isEqualTo("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }");
    assertThat(npy.length).isEqualTo(10 + headerLength + 6 * 8);
    assertThat(buffer.getDouble(10 + headerLength)).isEqualTo(1.5);
    assertThat(buffer.getDouble(10 + headerLength + 8)).isEqualTo(-2);
  }

  @Test
  void writesOneDimensionalShapeAsPythonTuple() throws IOException {
    byte[] npy = onlyEntry(
        Npz.toBytes(List.of(new NdArray("b1", new int[] {25}, new double[25]))));

    assertThat(new String(npy, StandardCharsets.US_ASCII)).contains("'shape': (25,), }");
  }

  @Test
  void sameArraysGiveSameBytes() throws IOException {
    List<NdArray> arrays = List.of(new NdArray("w1", new int[] {1, 2}, new double[] {1, 2}));
    Path first = folder.resolve("first.npz");
    Path second = folder.resolve("second.npz");

    Npz.write(first, arrays);
    Npz.write(second, arrays);

    assertThat(Files.mismatch(first, second)).isEqualTo(-1);
  }

  @Test
  void bytesDoNotDependOnTheDefaultTimeZone() {
    List<NdArray> arrays = List.of(new NdArray("w1", new int[] {2}, new double[] {1, 2}));
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      byte[] tokyo = Npz.toBytes(arrays);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      byte[] losAngeles = Npz.toBytes(arrays);

      assertThat(tokyo).isEqualTo(losAngeles);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void rejectsTwoArraysOfOneName() {
    List<NdArray> arrays = List.of(
        new NdArray("w1", new int[] {1}, new double[] {1}),
        new NdArray("w1", new int[] {1}, new double[] {2}));

    assertThatThrownBy(() -> Npz.toBytes(arrays))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two arrays are named w1");
  }

  @Test
  void readsFloat32WidenedToDouble() throws IOException {
    Path file = zip("w1.npy", npy(dict("<f4", "(2,)"), floats(0.5f, 0.1f)));

    assertThat(Npz.read(file).get("w1").values()).containsExactly(0.5, (double) 0.1f);
  }

  @Test
  void readsFormatVersionTwo() throws IOException {
    Path file = zip("w1.npy", npy(2, dict("<f8", "(1, 2)"), doubles(3, 4)));

    NdArray array = Npz.read(file).get("w1");

    assertThat(array.shape()).containsExactly(1, 2);
    assertThat(array.values()).containsExactly(3, 4);
  }

  @Test
  void readsFortranOrderAsRowMajor() throws IOException {
    // [[1 2 3], [4 5 6]] stored column by column.
    String header = "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }";
    Path file = zip("w1.npy", npy(header, doubles(1, 4, 2, 5, 3, 6)));

    assertThat(Npz.read(file).get("w1").values()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void readsCompressedEntries() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("w1.npy", npy(dict("<f8", "(2,)"), doubles(1, 2)));
    Path file = folder.resolve("compressed.npz");
    NpyFixtures.zip(file, entries, ZipEntry.DEFLATED);

    assertThat(Npz.read(file).get("w1").values()).containsExactly(1, 2);
  }

  @Test
  void namesAnEntryWithoutSuffixByItsWholeName() throws IOException {
    Path file = zip("weights", npy(dict("<f8", "(1,)"), doubles(1)));

    assertThat(Npz.read(file)).containsOnlyKeys("weights");
  }

  @Test
  void rejectsUnsupportedDtype() throws IOException {
    Path file = zip("w1.npy", npy(dict("<i4", "(2,)"), new byte[8]));

    assertThatThrownBy(() -> Npz.read(file))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": w1 has dtype '<i4'; only '<f8' and '<f4' (little-endian float64"
            + " and float32) are supported");
  }

  @Test
  void rejectsBigEndianDoubles() throws IOException {
    Path file = zip("w1.npy", npy(dict(">f8", "(1,)"), new byte[8]));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 has dtype '>f8'; only '<f8' and '<f4' (little-endian float64"
            + " and float32) are supported");
  }

  @Test
  void rejectsEntryThatIsNotNpy() throws IOException {
    Path file = zip("w1.npy", "not an array".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 is not a .npy array (it does not start with \\x93NUMPY)");
  }

  @Test
  void rejectsUnknownFormatVersion() throws IOException {
    Path file = zip("w1.npy", npy(4, dict("<f8", "(1,)"), doubles(1)));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 has .npy format version 4.0; versions 1.0 to 3.0 are supported");
  }

  @Test
  void rejectsDataShorterThanTheShape() throws IOException {
    Path file = zip("w1.npy", npy(dict("<f8", "(2, 2)"), doubles(1)));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 holds 8 bytes of data, but shape (2, 2) of '<f8' needs 32");
  }

  @Test
  void rejectsDataLongerThanTheShapeReadingOneByteBeyondIt() throws IOException {
    // Zeros deflate to almost nothing: a small file whose entry inflates to 64 MiB.
    Map<String, byte[]> entries = Map.of(
        "w1.npy", npy(dict("<f8", "(2,)"), new byte[64 << 20]));
    Path file = folder.resolve("inflating.npz");
    NpyFixtures.zip(file, entries, ZipEntry.DEFLATED);

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 holds more than 16 bytes of data, but shape (2,) of '<f8'"
            + " needs 16");
  }

  @Test
  void rejectsAHugeDeclaredShapeByTheDataThatIsThere() throws IOException {
    Path file = zip("w1.npy", npy(dict("<f8", "(16384, 16384)"), doubles(1, 2)));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 holds 16 bytes of data, but shape (16384, 16384) of '<f8'"
            + " needs 2147483648");
  }

  @Test
  void rejectsAShapeLargerThanAJavaArray() throws IOException {
    Path file = zip("w1.npy", npy(dict("<f8", "(65536, 65536)"), doubles(1)));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 has shape (65536, 65536), more than the 2147483639 elements"
            + " a Java array holds");
  }

  @Test
  void rejectsAHeaderLongerThanAnyArrayNeeds() throws IOException {
    ByteBuffer npy = ByteBuffer.allocate(12 + 100).order(ByteOrder.LITTLE_ENDIAN);
    npy.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 2)
        .put((byte) 0).putInt(1_000_000_000);
    Path file = zip("w1.npy", npy.array());

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 has a .npy header of 1000000000 bytes; at most 65536 are"
            + " read");
  }

  @Test
  void readsOnlyArraysOfTheExpectedShapes() throws IOException {
    Path file = zip("w1.npy", npy(dict("<f8", "(16384, 16384)"), doubles(1, 2)));

    assertThat(Npz.shapes(file).get("w1")).containsExactly(16384, 16384);
    assertThatThrownBy(() -> Npz.read(file, Map.of("w1", new int[] {2})))
        .hasMessage(file + ": w1 has shape (16384, 16384) where (2,) is expected");
    assertThatThrownBy(() -> Npz.read(file, Map.of("b1", new int[] {2})))
        .hasMessage(file + ": array w1 is not one of b1");
  }

  @Test
  void rejectsHeaderLongerThanTheEntry() throws IOException {
    byte[] whole = npy(dict("<f8", "(1,)"), doubles(1));
    Path file = zip("w1.npy", Arrays.copyOf(whole, 40));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 is truncated: its header needs 118 bytes, 30 are left");
  }

  @Test
  void rejectsMalformedShape() throws IOException {
    Path file = zip("w1.npy", npy(dict("<f8", "(2, -1)"), doubles(1)));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 has shape (2, -1); every size must be a whole number from 0"
            + " to 2147483647");
  }

  @Test
  void rejectsHeaderWithoutShape() throws IOException {
    String header = "{'descr': '<f8', 'fortran_order': False, }";
    Path file = zip("w1.npy", npy(header, doubles(1)));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": w1 has a .npy header without a readable 'shape': " + header);
  }

  @Test
  void rejectsFileThatIsNotAZip() throws IOException {
    Path file = folder.resolve("model.npz");
    Files.writeString(file, "w1,b1\n1,2\n");

    assertThatThrownBy(() -> Npz.read(file))
        .isInstanceOf(ModelFileException.class)
        .hasMessageStartingWith(file + ": is not an .npz file (a zip archive of .npy arrays)"
            + " or is truncated: ");
  }

  @Test
  void rejectsTruncatedFile() throws IOException {
    byte[] whole = Npz.toBytes(List.of(new NdArray("w1", new int[] {8}, new double[8])));
    Path file = folder.resolve("model.npz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessageStartingWith(file + ": is not an .npz file (a zip archive of .npy arrays)"
            + " or is truncated: ");
  }

  @Test
  void rejectsDamagedEntry() throws IOException {
    byte[] bytes = Npz.toBytes(List.of(new NdArray("w1", new int[] {8}, new double[8])));
    // The .npy header of a (8,) array is 128 bytes: flip a bit of the first value.
    bytes[indexOfMagic(bytes) + 128 + 3] ^= 1;
    Path file = folder.resolve("model.npz");
    Files.write(file, bytes);

    assertThatThrownBy(() -> Npz.read(file))
        .hasMessage(file + ": array w1 is damaged: its checksum does not match its content");
  }

  @Test
  void rejectsMissingFile() {
    Path file = folder.resolve("absent.npz");

    assertThatThrownBy(() -> Npz.read(file))
        .isInstanceOf(ModelFileException.class)
        .hasMessage(file + ": no such file");
  }

  @Test
  void ndArrayRejectsValuesThatDoNotFillItsShape() {
    assertThatThrownBy(() -> new NdArray("w1", new int[] {2, 3}, new double[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("array w1 has shape (2, 3) of 6 elements but 5 values");
  }

  private Path zip(String entry, byte[] content) throws IOException {
    Path file = folder.resolve("model.npz");
    NpyFixtures.zip(file, Map.of(entry, content), ZipEntry.STORED);
    return file;
  }

  private static byte[] onlyEntry(byte[] npz) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(npz))) {
      zip.getNextEntry();
      return zip.readAllBytes();
    }
  }

  private static int indexOfMagic(byte[] bytes) {
    byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    for (int i = 0; i + magic.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + magic.length, magic, 0, magic.length)) {
        return i;
      }
    }
    throw new AssertionError("no .npy magic in the archive");
  }
}
