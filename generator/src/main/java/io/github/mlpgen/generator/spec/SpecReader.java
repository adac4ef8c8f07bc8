package io.github.mlpgen.generator.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and validates spec files: {@code *.mlp.json} (JSON) and {@code *.mlp.yaml} or {@code
 * *.mlp.yml} (YAML), one network per file, UTF-8.
 *
 * <p>Required fields: {@code name} (the class name), {@code package}, {@code batch}, {@code
 * input}, {@code hidden} (a list of 1 to {@value SpecLimits#MAX_HIDDEN_LAYERS} sizes) and
 * {@code output}. Optional: {@code dtype} ({@code double} or {@code float}), {@code backend}
 * ({@code scalar} or {@code vector}) and {@code description} (text for the generated
 * Javadoc); when absent, the first two come from the {@link SpecDefaults} and the description
 * is empty. Sizes are integers in plain decimal within {@link SpecLimits}; {@code 32.0}, {@code
 * "32"}, {@code 0x20} or {@code 1_000} is not one. Unknown keys are errors, so a misspelt
 * optional field never falls back to its default silently. YAML anchors, aliases, merge keys
 * and tags are rejected.
 *
 * <p>Every problem of a file is collected and thrown together as a {@link SpecException};
 * nothing else escapes, not even an I/O error.
 */
public final class SpecReader {

  /** The endings a spec file's name may have: {@code .mlp.json}, {@code .mlp.yaml}, ... */
  public static final List<String> FILE_SUFFIXES = List.copyOf(SpecFormat.allSuffixes());

  private static final String UTF8_BYTE_ORDER_MARK = "\uFEFF";

  private SpecReader() {}

  /** Whether a file called {@code fileName} is a spec file by its name's ending. */
  public static boolean isSpecFileName(String fileName) {
    return SpecFormat.forFileName(fileName).isPresent();
  }

  /**
   * Reads one spec file and validates every field, with {@link SpecDefaults#STANDARD}.
   *
   * @throws SpecException listing every problem of the file
   */
  public static NetworkSpec read(Path file) throws SpecException {
    return read(file, SpecDefaults.STANDARD);
  }

  /**
   * Reads one spec file and validates every field; optional fields the file leaves out take
   * their values from {@code defaults}. Messages name the file by its name alone, without
   * folders.
   *
   * @throws SpecException listing every problem of the file, or why it could not be read
   */
  public static NetworkSpec read(Path file, SpecDefaults defaults) throws SpecException {
    Objects.requireNonNull(defaults, "defaults");
    String name = shownName(file.toString());
    SpecFormat format = formatOf(name);
    return parse(format, readText(file, name), name, defaults);
  }

  /**
   * Parses and validates the text of a spec, with {@link SpecDefaults#STANDARD}.
   *
   * @param content the whole file's text
   * @param fileName the file's name, which chooses the format and names it in messages
   * @throws SpecException listing every problem of the text
   */
  public static NetworkSpec parse(String content, String fileName) throws SpecException {
    return parse(content, fileName, SpecDefaults.STANDARD);
  }

  /**
   * Parses and validates the text of a spec; optional fields the text leaves out take their
   * values from {@code defaults}.
   *
   * @param content the whole file's text
   * @param fileName the file's name, which chooses the format and names it in messages (any
   *     folders in it are dropped)
   * @param defaults the values of absent optional fields
   * @throws SpecException listing every problem of the text
   */
  public static NetworkSpec parse(String content, String fileName, SpecDefaults defaults)
      throws SpecException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(defaults, "defaults");
    String name = shownName(fileName);
    return parse(formatOf(name), content, name, defaults);
  }

  private static NetworkSpec parse(
      SpecFormat format, String content, String name, SpecDefaults defaults)
      throws SpecException {
    if (content.length() > SpecLimits.MAX_FILE_BYTES) {
      throw tooLarge(name);
    }
    String text = content.startsWith(UTF8_BYTE_ORDER_MARK) ? content.substring(1) : content;
    return SpecValidator.validate(format.readTree(text, name), name, defaults);
  }

  /** The last part of {@code fileName}: messages must not depend on where the project is. */
  private static String shownName(String fileName) {
    String trimmed = fileName.replaceAll("[/\\\\]+$", "");
    int folderEnd = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    String last = trimmed.substring(folderEnd + 1);
    return last.isEmpty() ? "(unnamed)" : ValueText.printable(last);
  }

  private static SpecFormat formatOf(String name) throws SpecException {
    return SpecFormat.forFileName(name).orElseThrow(() -> Problems.fatal(name, "",
        "is not a spec file: the name must end in " + suffixList()));
  }

  /** {@code .mlp.json, .mlp.yaml or .mlp.yml}. */
  private static String suffixList() {
    int last = FILE_SUFFIXES.size() - 1;
    return String.join(", ", FILE_SUFFIXES.subList(0, last)) + " or " + FILE_SUFFIXES.get(last);
  }

  private static String readText(Path file, String name) throws SpecException {
    if (Files.isDirectory(file)) {
      throw Problems.fatal(name, "", "is a folder, not a spec file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(SpecLimits.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw Problems.fatal(name, "", "cannot be read: " + reason(e));
    }
    if (bytes.length > SpecLimits.MAX_FILE_BYTES) {
      throw tooLarge(name);
    }
    return decodeUtf8(bytes, name);
  }

  /** Why {@code e} happened, without the absolute path the JDK's own messages carry. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return "input/output error (" + e.getClass().getSimpleName() + ")";
  }

  private static String decodeUtf8(byte[] bytes, String name) throws SpecException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw Problems.fatal(name, "byte " + in.position(), "is not UTF-8 text (invalid byte"
          + " sequence at byte offset " + in.position() + "); save it as UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static SpecException tooLarge(String name) {
    return Problems.fatal(name, "", "is larger than " + SpecLimits.MAX_FILE_BYTES
        + " bytes; a spec file holds one small object");
  }
}
