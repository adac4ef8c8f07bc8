package io.github.mlpgen.runtime.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One array in numpy's {@code .npy} format: the magic {@code \x93NUMPY}, a version, the
 * length of the header, a header that is a Python dict literal ({@code descr},
 * {@code fortran_order}, {@code shape}) padded with spaces to a multiple of 64 bytes and
 * ending in a newline, then the elements.
 *
 * <p>Writes version 1.0 with little-endian float64 ({@code '<f8'}) in C order. Reads versions
 * 1.0 to 3.0, {@code '<f8'} and {@code '<f4'} (widened to double), C or Fortran order.
 */
final class NpyFormat {

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGNMENT = 64;
  private static final int VERSION_1_PREAMBLE = MAGIC.length + 2 + 2;
  private static final int LATER_VERSION_PREAMBLE = MAGIC.length + 2 + 4;

  /** One {@code 'key': value} of the header dict, value a string, a boolean or a tuple. */
  private static final Pattern HEADER_ENTRY =
      Pattern.compile("'(\\w+)'\\s*:\\s*('[^']*'|True|False|\\([^)]*\\))");

  private NpyFormat() {}

  /** The {@code .npy} bytes of {@code array}: version 1.0, {@code '<f8'}, C order. */
  static byte[] encode(NdArray array) {
    byte[] header = header(array.shapeText());
    double[] values = array.values();
    ByteBuffer bytes = ByteBuffer.allocate(VERSION_1_PREAMBLE + header.length + 8 * values.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    bytes.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length).put(header);
    for (double value : values) {
      bytes.putDouble(value);
    }
    return bytes.array();
  }

  private static byte[] header(String shapeText) {
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shapeText + ", }";
    int unpadded = VERSION_1_PREAMBLE + dict.length() + 1;
    int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
    String header = dict + " ".repeat(padding) + "\n";
    if (header.length() > 0xFFFF) {
      throw new IllegalArgumentException("shape " + shapeText + " is too long for a .npy header");
    }
    return header.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Reads the {@code .npy} bytes of the array {@code name} from {@code file}.
   *
   * @throws ModelFileException if the bytes are not a {@code .npy} array this class reads
   */
  static NdArray decode(Path file, String name, byte[] bytes) throws ModelFileException {
    Reader reader = new Reader(file, name, bytes);
    Map<String, String> header = reader.header();
    DataType type = reader.dataType(header);
    int[] shape = reader.shape(header);
    boolean fortranOrder = reader.fortranOrder(header);
    double[] values = reader.values(type, shape);
    return new NdArray(name, shape, fortranOrder ? toCOrder(values, shape) : values);
  }

  /** The element types read: little-endian float64 and float32. */
  private enum DataType {
    FLOAT64("<f8", 8),
    FLOAT32("<f4", 4);

    final String descr;
    final int size;

    DataType(String descr, int size) {
      this.descr = descr;
      this.size = size;
    }
  }

  /** Rearranges elements stored first index fastest into last index fastest. */
  private static double[] toCOrder(double[] fortran, int[] shape) {
    double[] c = new double[fortran.length];
    int[] index = new int[shape.length];
    for (int flat = 0; flat < c.length; flat++) {
      c[flat] = fortran[fortranOffset(index, shape)];
      increment(index, shape);
    }
    return c;
  }

  private static int fortranOffset(int[] index, int[] shape) {
    int offset = 0;
    for (int d = shape.length - 1; d >= 0; d--) {
      offset = offset * shape[d] + index[d];
    }
    return offset;
  }

  /** Advances a C-order multi-index: the last dimension fastest. */
  private static void increment(int[] index, int[] shape) {
    for (int d = shape.length - 1; d >= 0; d--) {
      if (++index[d] < shape[d]) {
        return;
      }
      index[d] = 0;
    }
  }

  /** The state of decoding one array, so that every message names the file and the array. */
  private static final class Reader {
    private final Path file;
    private final String name;
    private final byte[] bytes;
    private int dataStart;

    Reader(Path file, String name, byte[] bytes) {
      this.file = file;
      this.name = name;
      this.bytes = bytes;
    }

    Map<String, String> header() throws ModelFileException {
      if (bytes.length < VERSION_1_PREAMBLE || !hasMagic()) {
        throw problem("is not a .npy array (it does not start with \\x93NUMPY)");
      }
      int major = bytes[MAGIC.length] & 0xFF;
      int minor = bytes[MAGIC.length + 1] & 0xFF;
      if (major < 1 || major > 3) {
        throw problem("has .npy format version " + major + "." + minor
            + "; versions 1.0 to 3.0 are supported");
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      long headerLength = major == 1
          ? buffer.getShort(MAGIC.length + 2) & 0xFFFF
          : buffer.getInt(MAGIC.length + 2) & 0xFFFF_FFFFL;
      int headerStart = major == 1 ? VERSION_1_PREAMBLE : LATER_VERSION_PREAMBLE;
      if (headerStart + headerLength > bytes.length) {
        throw problem("is truncated: its header needs " + headerLength + " bytes, "
            + Math.max(0, bytes.length - headerStart) + " are left");
      }
      dataStart = headerStart + (int) headerLength;
      return parseHeader(new String(bytes, headerStart, (int) headerLength,
          major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
    }

    private boolean hasMagic() {
      for (int i = 0; i < MAGIC.length; i++) {
        if (bytes[i] != MAGIC[i]) {
          return false;
        }
      }
      return true;
    }

    private Map<String, String> parseHeader(String text) throws ModelFileException {
      Map<String, String> entries = new HashMap<>();
      Matcher matcher = HEADER_ENTRY.matcher(text);
      while (matcher.find()) {
        entries.put(matcher.group(1), matcher.group(2));
      }
      for (String key : new String[] {"descr", "fortran_order", "shape"}) {
        if (!entries.containsKey(key)) {
          throw problem("has a .npy header without a readable '" + key + "': " + text.trim());
        }
      }
      return entries;
    }

    DataType dataType(Map<String, String> header) throws ModelFileException {
      String descr = header.get("descr");
      for (DataType type : DataType.values()) {
        if (descr.equals("'" + type.descr + "'")) {
          return type;
        }
      }
      throw problem("has dtype " + descr
          + "; only '<f8' and '<f4' (little-endian float64 and float32) are supported");
    }

    boolean fortranOrder(Map<String, String> header) {
      return header.get("fortran_order").equals("True");
    }

    int[] shape(Map<String, String> header) throws ModelFileException {
      String tuple = header.get("shape");
      String[] parts = tuple.substring(1, tuple.length() - 1).split(",", -1);
      int dimensions = parts.length;
      if (parts[dimensions - 1].isBlank()) {
        dimensions--;
      }
      int[] shape = new int[dimensions];
      for (int d = 0; d < dimensions; d++) {
        shape[d] = dimension(parts[d].trim(), tuple);
      }
      return shape;
    }

    private int dimension(String text, String tuple) throws ModelFileException {
      try {
        int size = Integer.parseInt(text);
        if (size >= 0) {
          return size;
        }
      } catch (NumberFormatException e) {
        // reported below with the whole tuple
      }
      throw problem("has shape " + tuple
          + "; every size must be a whole number from 0 to " + Integer.MAX_VALUE);
    }

    double[] values(DataType type, int[] shape) throws ModelFileException {
      long count = NdArray.elementCount(shape);
      long needed = count > Long.MAX_VALUE / type.size ? Long.MAX_VALUE : count * type.size;
      int present = bytes.length - dataStart;
      if (needed != present) {
        throw problem("holds " + present + " bytes of data, but shape "
            + NdArray.shapeText(shape) + " of '" + type.descr + "' needs " + needed);
      }
      ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, present).order(ByteOrder.LITTLE_ENDIAN);
      double[] values = new double[(int) count];
      for (int i = 0; i < values.length; i++) {
        values[i] = type == DataType.FLOAT64 ? data.getDouble() : data.getFloat();
      }
      return values;
    }

    private ModelFileException problem(String text) {
      return new ModelFileException(file, name + " " + text);
    }
  }
}
