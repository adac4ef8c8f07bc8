package io.github.mlpgen.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream under the command's standard output, remembering the first write that failed. A
 * {@link java.io.PrintWriter} only records that a write failed, not why, and goes on silently:
 * a result printed to a full disk would be lost while the command reported success.
 */
final class StandardOutput extends FilterOutputStream {

  private IOException failure;

  StandardOutput(OutputStream out) {
    super(out);
  }

  /** The first failure of a write or flush, or null if every one succeeded. */
  IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
