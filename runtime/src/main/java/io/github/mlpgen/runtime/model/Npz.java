package io.github.mlpgen.runtime.model;

import io.github.mlpgen.runtime.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes numpy's {@code .npz} files: a zip archive with one {@code .npy} entry per
 * array, {@code <name>.npy}, as {@code np.savez} writes and {@code np.load} reads them.
 *
 * <p>Writing stores the entries uncompressed, as {@code np.savez} does, with a fixed entry
 * time, so the same arrays always give the same bytes. Reading also accepts compressed
 * entries ({@code np.savez_compressed}).
 */
public final class Npz {

  private static final String SUFFIX = ".npy";

  /**
   * The time of every entry: files carry no moment of writing. Not 1980-01-01 00:00, the
   * earliest zip time: the JDK then adds an extended timestamp in the default time zone.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private Npz() {}

  /**
   * Writes {@code arrays}, in their order, to {@code file}, replacing it atomically.
   *
   * @throws IllegalArgumentException if two arrays have the same name
   */
  public static void write(Path file, List<NdArray> arrays) throws IOException {
    AtomicFiles.write(file, toBytes(arrays));
  }

  /**
   * The bytes of the {@code .npz} file holding {@code arrays} in their order.
   *
   * @throws IllegalArgumentException if two arrays have the same name
   */
  public static byte[] toBytes(List<NdArray> arrays) {
    Set<String> names = new HashSet<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (NdArray array : arrays) {
        if (!names.add(array.name())) {
          throw new IllegalArgumentException("two arrays are named " + array.name());
        }
        putStored(zip, array.name() + SUFFIX, NpyFormat.encode(array));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static void putStored(ZipOutputStream zip, String name, byte[] content)
      throws IOException {
    CRC32 crc = new CRC32();
    crc.update(content);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    entry.setCrc(crc.getValue());
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  /**
   * Reads every array of {@code file}. The name of an entry {@code w1.npy} is {@code w1}, as
   * {@code np.load} names it.
   *
   * @return the arrays by name, in the order of the archive
   * @throws ModelFileException if the file is missing, is not a zip archive, is truncated,
   *     holds an entry that is not a readable {@code .npy} array, or holds a name twice
   */
  public static Map<String, NdArray> read(Path file) throws ModelFileException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return readEntries(file, zip);
    } catch (ModelFileException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new ModelFileException(file, "no such file", e);
    } catch (ZipException e) {
      throw new ModelFileException(file,
          "is not an .npz file (a zip archive of .npy arrays) or is truncated: " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new ModelFileException(file, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static Map<String, NdArray> readEntries(Path file, ZipFile zip) throws IOException {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (entry.isDirectory()) {
        continue;
      }
      String name = arrayName(entry.getName());
      if (arrays.containsKey(name)) {
        throw new ModelFileException(file, "array " + name + " appears twice");
      }
      arrays.put(name, NpyFormat.decode(file, name, content(file, zip, entry, name)));
    }
    return Collections.unmodifiableMap(arrays);
  }

  private static byte[] content(Path file, ZipFile zip, ZipEntry entry, String name)
      throws IOException {
    byte[] content;
    try (InputStream in = zip.getInputStream(entry)) {
      content = in.readAllBytes();
    }
    // The zip reader does not check the checksum of an entry: a damaged array must not load.
    CRC32 crc = new CRC32();
    crc.update(content);
    if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
      throw new ModelFileException(file, "array " + name + " is damaged: its checksum does"
          + " not match its content");
    }
    return content;
  }

  private static String arrayName(String entryName) {
    return entryName.endsWith(SUFFIX)
        ? entryName.substring(0, entryName.length() - SUFFIX.length())
        : entryName;
  }
}
