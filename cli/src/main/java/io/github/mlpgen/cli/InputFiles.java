package io.github.mlpgen.cli;

import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.SpecException;
import io.github.mlpgen.generator.spec.SpecReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Checks the files named on the command line before anything reads them. */
final class InputFiles {

  private InputFiles() {}

  /** Fails with a message naming {@code option} unless {@code file} is a readable file. */
  static void requireReadable(Path file, String option) throws InputException {
    if (!Files.exists(file)) {
      throw new InputException(option + ": no such file: " + file);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new InputException(option + ": not a readable file: " + file);
    }
  }

  /** Reads and validates the spec named by {@code --spec}. */
  static NetworkSpec readSpec(Path file) throws InputException {
    requireReadable(file, "--spec");
    try {
      return SpecReader.read(file);
    } catch (SpecException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /**
   * Why {@code e} happened, in words: the file system exceptions of {@code java.nio} carry
   * only the path as their message.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + ((AccessDeniedException) e).getFile();
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder: " + ((NotDirectoryException) e).getFile();
    }
    if (e instanceof FileAlreadyExistsException) {
      return "exists and is not a folder: " + ((FileAlreadyExistsException) e).getFile();
    }
    if (e instanceof FileSystemException) {
      FileSystemException fs = (FileSystemException) e;
      return fs.getFile() + ": " + (fs.getReason() == null ? "I/O error" : fs.getReason());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
