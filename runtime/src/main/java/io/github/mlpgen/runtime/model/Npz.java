package io.github.mlpgen.runtime.model;

import io.github.mlpgen.runtime.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
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
   * {@code np.load} names it. No entry is read beyond the data its header declares.
   *
   * @return the arrays by name, in the order of the archive
   * @throws ModelFileException if the file is missing, is not a zip archive, is truncated,
   *     holds an entry that is not a readable {@code .npy} array, or holds a name twice
   */
  public static Map<String, NdArray> read(Path file) throws ModelFileException {
    return readEntries(file, (name, entry, in) -> readArray(file, name, entry, in, null));
  }

  /**
   * Reads the arrays of {@code file} whose headers declare the shapes given for their names,
   * checking each header before reading the data behind it: a file whose arrays are not the
   * expected ones costs no more than its headers, however large the shapes they claim.
   *
   * @param shapes the shape of every array expected, by name
   * @throws ModelFileException as {@link #read(Path)}, and if an array has another name or
   *     another shape than expected
   */
  static Map<String, NdArray> read(Path file, Map<String, int[]> shapes)
      throws ModelFileException {
    return readEntries(file, (name, entry, in) -> readArray(file, name, entry, in, shapes));
  }

  /**
   * The shape of every array of {@code file}, by name in the order of the archive, read from
   * the headers alone.
   *
   * @throws ModelFileException as {@link #read(Path)}, for what the headers show
   */
  static Map<String, int[]> shapes(Path file) throws ModelFileException {
    return readEntries(file, (name, entry, in) -> NpyFormat.readHeader(file, name, in).shape());
  }

  /** Reads one entry, given its array name and its content. */
  @FunctionalInterface
  private interface EntryReader<T> {
    T read(String name, ZipEntry entry, InputStream content) throws IOException;
  }

  private static <T> Map<String, T> readEntries(Path file, EntryReader<T> reader)
      throws ModelFileException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return readEntries(file, zip, reader);
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

  private static <T> Map<String, T> readEntries(Path file, ZipFile zip, EntryReader<T> reader)
      throws IOException {
    Map<String, T> read = new LinkedHashMap<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (entry.isDirectory()) {
        continue;
      }
      String name = arrayName(entry.getName());
      if (read.containsKey(name)) {
        throw new ModelFileException(file, "array " + name + " appears twice");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        read.put(name, reader.read(name, entry, in));
      }
    }
    return Collections.unmodifiableMap(read);
  }

  /**
   * Reads one array from {@code content}, the entry {@code entry}; with {@code shapes}, only
   * if its header declares the shape given there for its name.
   */
  private static NdArray readArray(Path file, String name, ZipEntry entry,
      InputStream content, Map<String, int[]> shapes) throws IOException {
    CheckedInputStream in = new CheckedInputStream(content, new CRC32());
    NpyFormat.Header header = NpyFormat.readHeader(file, name, in);
    if (shapes != null) {
      requireExpected(file, name, header.shape(), shapes);
    }
    NdArray array = NpyFormat.readData(file, name, header, in);
    // The zip reader does not check the checksum of an entry: a damaged array must not load.
    if (entry.getCrc() != -1 && entry.getCrc() != in.getChecksum().getValue()) {
      throw new ModelFileException(file, "array " + name + " is damaged: its checksum does"
          + " not match its content");
    }
    return array;
  }

  private static void requireExpected(Path file, String name, int[] shape,
      Map<String, int[]> shapes) throws ModelFileException {
    int[] expected = shapes.get(name);
    if (expected == null) {
      throw new ModelFileException(file, "array " + name + " is not one of "
          + String.join(", ", shapes.keySet()));
    }
    if (!Arrays.equals(shape, expected)) {
      throw new ModelFileException(file, name + " has shape " + NdArray.shapeText(shape)
          + " where " + NdArray.shapeText(expected) + " is expected");
    }
  }

  private static String arrayName(String entryName) {
    return entryName.endsWith(SUFFIX)
        ? entryName.substring(0, entryName.length() - SUFFIX.length())
        : entryName;
  }
}
