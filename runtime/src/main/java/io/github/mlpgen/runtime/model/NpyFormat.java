package io.github.mlpgen.runtime.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
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

  /**
   * The longest header read. numpy writes the header of an array as short as it can, well
   * under this; a longer one is not an array of a model.
   */
  static final int MAX_HEADER_BYTES = 65_536;

  /** The most elements of an array: the longest Java array HotSpot allocates. */
  static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

  /** Elements decoded per read of the data. */
  private static final int CHUNK_ELEMENTS = 8192;

  /** The elements allocated before any data arrived: a header alone earns no more. */
  private static final int FIRST_CHUNK_ELEMENTS = 1 << 16;

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
   * What the header of one array declares: the element type, the shape and the order of the
   * data that follows it.
   */
  record Header(DataType type, int[] shape, boolean fortranOrder) {

    /** The bytes of data the header declares, or {@link Long#MAX_VALUE} if beyond a long. */
    long dataBytes() {
      long count = NdArray.elementCount(shape);
      return count > Long.MAX_VALUE / type.size ? Long.MAX_VALUE : count * type.size;
    }
  }

  /**
   * Reads the preamble and the header of the array {@code name} from {@code in}, leaving
   * {@code in} at the first byte of its data. At most {@link #MAX_HEADER_BYTES} of header are
   * read, so a header that claims gigabytes costs nothing.
   *
   * @throws ModelFileException if the bytes do not start a {@code .npy} array this class reads
   */
  static Header readHeader(Path file, String name, InputStream in) throws IOException {
    return new Reader(file, name, in).header();
  }

  /**
   * Reads the data that {@code header} declares from {@code in} and checks that nothing
   * follows it. Memory grows with the data that is actually there, not with the declared
   * shape, and no more than one byte beyond the declared data is read.
   *
   * @throws ModelFileException if the data is shorter or longer than the header declares
   */
  static NdArray readData(Path file, String name, Header header, InputStream in)
      throws IOException {
    double[] values = new Reader(file, name, in).values(header);
    int[] shape = header.shape();
    return new NdArray(name, shape, header.fortranOrder() ? toCOrder(values, shape) : values);
  }

  /** The element types read: little-endian float64 and float32. */
  enum DataType {
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
    private final InputStream in;

    Reader(Path file, String name, InputStream in) {
      this.file = file;
      this.name = name;
      this.in = in;
    }

    Header header() throws IOException {
      byte[] preamble = in.readNBytes(VERSION_1_PREAMBLE);
      if (preamble.length < VERSION_1_PREAMBLE || !hasMagic(preamble)) {
        throw problem("is not a .npy array (it does not start with \\x93NUMPY)");
      }
      int major = preamble[MAGIC.length] & 0xFF;
      int minor = preamble[MAGIC.length + 1] & 0xFF;
      if (major < 1 || major > 3) {
        throw problem("has .npy format version " + major + "." + minor
            + "; versions 1.0 to 3.0 are supported");
      }
      long headerLength = headerLength(preamble, major);
      if (headerLength > MAX_HEADER_BYTES) {
        throw problem("has a .npy header of " + headerLength + " bytes; at most "
            + MAX_HEADER_BYTES + " are read");
      }
      byte[] header = in.readNBytes((int) headerLength);
      if (header.length < headerLength) {
        throw problem("is truncated: its header needs " + headerLength + " bytes, "
            + header.length + " are left");
      }
      Map<String, String> entries = parseHeader(new String(header,
          major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
      return new Header(dataType(entries), shape(entries), fortranOrder(entries));
    }

    /** The header length after the preamble: two bytes in version 1, four in later ones. */
    private long headerLength(byte[] preamble, int major) throws IOException {
      ByteBuffer length = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      length.put(preamble, MAGIC.length + 2, 2);
      if (major > 1) {
        byte[] rest = in.readNBytes(2);
        if (rest.length < 2) {
          throw problem("is truncated: its header length is cut off");
        }
        length.put(rest);
      }
      return length.getInt(0) & 0xFFFF_FFFFL;
    }

    private static boolean hasMagic(byte[] bytes) {
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

    private DataType dataType(Map<String, String> header) throws ModelFileException {
      String descr = header.get("descr");
      for (DataType type : DataType.values()) {
        if (descr.equals("'" + type.descr + "'")) {
          return type;
        }
      }
      throw problem("has dtype " + descr
          + "; only '<f8' and '<f4' (little-endian float64 and float32) are supported");
    }

    private static boolean fortranOrder(Map<String, String> header) {
      return header.get("fortran_order").equals("True");
    }

    private int[] shape(Map<String, String> header) throws ModelFileException {
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

    double[] values(Header header) throws IOException {
      long count = NdArray.elementCount(header.shape());
      if (count > MAX_ELEMENTS) {
        throw problem("has shape " + NdArray.shapeText(header.shape()) + ", more than the "
            + MAX_ELEMENTS + " elements a Java array holds");
      }
      DataType type = header.type();
      double[] values = new double[(int) Math.min(count, FIRST_CHUNK_ELEMENTS)];
      byte[] chunk = new byte[CHUNK_ELEMENTS * type.size];
      int read = 0;
      while (read < count) {
        int elements = (int) Math.min(CHUNK_ELEMENTS, count - read);
        int bytes = in.readNBytes(chunk, 0, elements * type.size);
        if (bytes < elements * type.size) {
          throw wrongDataLength(header, (long) read * type.size + bytes);
        }
        if (read + elements > values.length) {
          values = Arrays.copyOf(values, (int) Math.min(count, 2L * (read + elements)));
        }
        decode(chunk, type, values, read, elements);
        read += elements;
      }
      if (in.read() != -1) {
        throw problem("holds more than " + header.dataBytes() + " bytes of data, but shape "
            + NdArray.shapeText(header.shape()) + " of '" + type.descr + "' needs "
            + header.dataBytes());
      }
      return values;
    }

    private static void decode(
        byte[] chunk, DataType type, double[] values, int offset, int elements) {
      ByteBuffer data = ByteBuffer.wrap(chunk, 0, elements * type.size)
          .order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < elements; i++) {
        values[offset + i] = type == DataType.FLOAT64 ? data.getDouble() : data.getFloat();
      }
    }

    private ModelFileException wrongDataLength(Header header, long present) {
      return problem("holds " + present + " bytes of data, but shape "
          + NdArray.shapeText(header.shape()) + " of '" + header.type().descr + "' needs "
          + header.dataBytes());
    }

    private ModelFileException problem(String text) {
      return new ModelFileException(file, name + " " + text);
    }
  }
}
