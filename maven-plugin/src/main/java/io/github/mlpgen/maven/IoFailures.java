package io.github.mlpgen.maven;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Puts an I/O failure into words for the build log: the file as the project sees it and
 * what went wrong, rather than the name of an exception class.
 */
final class IoFailures {

  private IoFailures() {}

  /** Such as {@code target/mlpgen/generate@default.properties: access denied}. */
  static String describe(IOException failure, GenerationRequest request) {
    if (failure instanceof FileSystemException file && file.getFile() != null) {
      return request.display(Path.of(concerned(file))) + ": " + reason(failure);
    }
    return reason(failure);
  }

  /**
   * As {@link #describe}, but only the reason when the failure concerns {@code folder}
   * itself, which the message names already: {@code Operation not permitted}, or {@code
   * target/ro: access denied} for a folder above it.
   */
  static String describeFor(IOException failure, Path folder, GenerationRequest request) {
    if (failure instanceof FileSystemException file && file.getFile() != null
        && request.baseDirectory().resolve(concerned(file)).normalize().equals(folder)) {
      return reason(failure);
    }
    return describe(failure, request);
  }

  /** What went wrong, without the file: {@code access denied}, {@code Read-only file system}. */
  static String reason(IOException failure) {
    if (failure instanceof FileSystemException file) {
      return file.getReason() != null ? file.getReason() : reasonByClass(file);
    }
    String message = failure.getMessage();
    return message != null && !message.isBlank() ? message : "a file could not be read or written";
  }

  /**
   * The file the user knows: files are written to a temporary {@code .<name>.<random>.tmp}
   * first and then moved onto {@code <name>}, and a failed move names the temporary file
   * first, which the user never sees and cannot fix.
   */
  private static String concerned(FileSystemException failure) {
    String file = failure.getFile();
    String target = failure.getOtherFile();
    Path name = Path.of(file).getFileName();
    boolean temporary = name != null && name.toString().startsWith(".")
        && name.toString().endsWith(".tmp");
    return temporary && target != null ? target : file;
  }

  /** Java leaves the reason out of these and says it by the exception's class alone. */
  private static String reasonByClass(FileSystemException failure) {
    if (failure instanceof AccessDeniedException) {
      return "access denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (failure instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (failure instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    return "cannot be read or written";
  }
}
