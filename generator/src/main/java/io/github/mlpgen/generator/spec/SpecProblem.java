package io.github.mlpgen.generator.spec;

/**
 * One thing wrong with one field of a spec file.
 *
 * @param file the spec file's name as the user wrote it
 * @param field the field, such as {@code batch} or {@code hidden[1]}
 * @param value the offending value as written ({@code "(missing)"} when absent)
 * @param allowed what would have been accepted
 */
public record SpecProblem(String file, String field, String value, String allowed) {

  /** One line: {@code seed.mlp.json: batch must be between 1 and 4096, was 0}. */
  public String message() {
    return file + ": " + field + " " + allowed + ", was " + value;
  }
}
