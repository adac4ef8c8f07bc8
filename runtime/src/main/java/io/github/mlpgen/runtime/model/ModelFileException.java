package io.github.mlpgen.runtime.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read, does not fit the network, or cannot be written. */
public final class ModelFileException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The file as the caller named it; a {@link Path} is not serializable. */
  private final String file;

  /**
   * Creates an exception whose message is {@code "<file>: <problem>"}.
   *
   * @param problem what is wrong, naming the array and the values involved
   */
  public ModelFileException(Path file, String problem) {
    this(file, problem, null);
  }

  /** Like {@link #ModelFileException(Path, String)}, keeping the exception behind it. */
  public ModelFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file.toString();
  }

  /** The file the problem is in, as the caller named it. */
  public String file() {
    return file;
  }
}
