package io.github.mlpgen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mlpgen.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes {@link RunSummary} as pretty-printed JSON. */
final class SummaryJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  /** The JSON text of {@code summary}, ending in a newline. */
  static String toJson(RunSummary summary) throws IOException {
    return MAPPER.writeValueAsString(summary) + "\n";
  }

  /** Writes {@code summary} to {@code file} atomically. */
  static void write(Path file, RunSummary summary) throws IOException {
    AtomicFiles.write(file, toJson(summary).getBytes(StandardCharsets.UTF_8));
  }
}
