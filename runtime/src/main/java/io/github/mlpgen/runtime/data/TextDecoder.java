package io.github.mlpgen.runtime.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a data file into text, refusing what is not UTF-8 text: NUL bytes
 * (binary files, UTF-16 text) and malformed UTF-8. A leading byte-order mark is dropped.
 */
final class TextDecoder {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TextDecoder() {}

  static String decode(byte[] bytes, String source) throws DataException {
    rejectNulBytes(bytes, source);
    String text = decodeUtf8(bytes, source);
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static void rejectNulBytes(byte[] bytes, String source) throws DataException {
    for (int offset = 0; offset < bytes.length; offset++) {
      if (bytes[offset] == 0) {
        throw new DataException(source, lineOf(bytes, offset), 0, null,
            "NUL byte at byte offset " + offset + "; this is a binary or UTF-16 file, "
                + "expected UTF-8 text");
      }
    }
  }

  private static String decodeUtf8(byte[] bytes, String source) throws DataException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new DataException(source, lineOf(bytes, offset), 0, null,
          "invalid UTF-8 at byte offset " + offset + "; save the file as UTF-8 text");
    }
    return out.flip().toString();
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
