package io.github.mlpgen.cli;

import io.github.mlpgen.generator.GeneratedSource;
import io.github.mlpgen.generator.MlpGenerator;
import io.github.mlpgen.generator.spec.NetworkSpec;
import io.github.mlpgen.generator.spec.SpecException;
import io.github.mlpgen.generator.spec.SpecDefaults;
import io.github.mlpgen.generator.spec.SpecProblem;
import io.github.mlpgen.generator.spec.SpecReader;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Checks the files named on the command line before anything reads them. */
final class InputFiles {

  private InputFiles() {}

  /**
   * Fails with a message naming {@code option} and saying what is wrong unless {@code file}
   * is a regular file this process can open for reading.
   */
  static void requireReadable(Path file, String option) throws InputException {
    String problem = null;
    if (!Files.exists(file)) {
      problem = "does not exist";
    } else if (Files.isDirectory(file)) {
      problem = "is a directory, not a file";
    } else if (!Files.isRegularFile(file)) {
      problem = "is not a regular file";
    } else {
      problem = openProblem(file);
    }
    if (problem != null) {
      throw new InputException(option + ": " + file + " " + problem);
    }
  }

  /** Opening tells what {@code Files.isReadable} may not: root, ACLs, special file systems. */
  private static String openProblem(Path file) {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      return null;
    } catch (AccessDeniedException e) {
      return "cannot be read: permission denied";
    } catch (IOException e) {
      return "cannot be read: " + reason(e);
    }
  }

  /** Reads and validates the spec named by {@code --spec}. */
  static NetworkSpec readSpec(Path file) throws InputException {
    return readSpec(file, SpecDefaults.STANDARD);
  }

  /**
   * Reads {@code file} as a spec whose missing optional fields take {@code defaults}. Its
   * problems name the file as the command line did, folders and all, as the messages about
   * data files do; the generator's own messages give only the file's name.
   */
  static NetworkSpec readSpec(Path file, SpecDefaults defaults) throws InputException {
    requireReadable(file, "--spec");
    try {
      return SpecReader.read(file, defaults);
    } catch (SpecException e) {
      throw new InputException(e.problems().stream()
          .map(problem -> new SpecProblem(
              file.toString(), problem.field(), problem.value(), problem.allowed()).message())
          .collect(Collectors.joining("\n")), e);
    }
  }

  /**
   * Generates the class of {@code spec}, read from {@code specFile}, as {@code generate}
   * writes it and {@code check} vouches for it.
   *
   * @throws InputException if this version cannot generate the spec's backend or shape
   */
  static GeneratedSource generate(NetworkSpec spec, Path specFile) throws InputException {
    try {
      return MlpGenerator.generate(spec, specFile.getFileName().toString());
    } catch (UnsupportedOperationException | IllegalArgumentException
        | IllegalStateException e) {
      throw new InputException(specFile + ": cannot generate " + spec.qualifiedName() + ": "
          + e.getMessage(), e);
    }
  }

  /** Why {@code e} happened, without the path, for a message that names the file itself. */
  static String reasonOnly(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return reason(e);
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
