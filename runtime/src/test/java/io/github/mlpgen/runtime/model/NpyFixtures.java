package io.github.mlpgen.runtime.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-built {@code .npy} entries and {@code .npz} archives, written without {@link Npz}. */
final class NpyFixtures {

  private NpyFixtures() {}

  /** A version 1.0 {@code .npy} array with the header dict {@code dict} and raw data. */
  static byte[] npy(String dict, byte[] data) {
    return npy(1, dict, data);
  }

  /** A {@code .npy} array of format version {@code major}.0. */
  static byte[] npy(int major, String dict, byte[] data) {
    int lengthBytes = major == 1 ? 2 : 4;
    int preamble = 6 + 2 + lengthBytes;
    int padding = 63 - (preamble + dict.length()) % 64;
    byte[] header = (dict + " ".repeat(padding) + "\n").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer bytes = ByteBuffer.allocate(preamble + header.length + data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    bytes.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII));
    bytes.put((byte) major).put((byte) 0);
    if (major == 1) {
      bytes.putShort((short) header.length);
    } else {
      bytes.putInt(header.length);
    }
    return bytes.put(header).put(data).array();
  }

  /** The header dict numpy writes for a C-order array of {@code descr}. */
  static String dict(String descr, String shape) {
    return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
  }

  static byte[] doubles(double... values) {
    ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double value : values) {
      bytes.putDouble(value);
    }
    return bytes.array();
  }

  static byte[] floats(float... values) {
    ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : values) {
      bytes.putFloat(value);
    }
    return bytes.array();
  }

  /** Writes the entries, in their order, as a zip archive with the given method. */
  static void zip(Path file, Map<String, byte[]> entries, int method) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setMethod(method);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipEntry zipEntry = new ZipEntry(entry.getKey());
        if (method == ZipEntry.STORED) {
          CRC32 crc = new CRC32();
          crc.update(entry.getValue());
          zipEntry.setSize(entry.getValue().length);
          zipEntry.setCrc(crc.getValue());
        }
        zip.putNextEntry(zipEntry);
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
  }
}
