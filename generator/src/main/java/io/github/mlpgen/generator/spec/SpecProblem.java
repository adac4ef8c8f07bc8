package io.github.mlpgen.generator.spec;

import java.util.Objects;

/**
 * One thing wrong with one field of a spec file.
 *
 * <p>Most problems read {@code <file>: <field> <allowed>, was <value>}. Three kinds read
 * differently: a required field that is absent ({@link #value()} is {@link #MISSING}) reads
 * {@code <file>: <field> is required and <allowed>}; a problem that has no single value, such
 * as an unknown field ({@link #value()} is {@link #NO_VALUE}), reads {@code <file>:
 * <allowed>}; and a statement about the file as a whole, such as a syntax error ({@link
 * #value()} is {@link #ABOUT_FILE}), reads {@code <file> <allowed>}, the file being its
 * subject: {@code seed.json is not a spec file: ...}. In the last two, {@link #field()} names
 * the key or the position for tools.
 *
 * @param file the spec file's name as the user wrote it, without its folders
 * @param field the field, such as {@code batch} or {@code hidden[1]}; for file-level problems
 *     the position ({@code line 3, column 7}) or {@code ""}
 * @param value the offending value as written, {@link #MISSING}, {@link #NO_VALUE} or {@link
 *     #ABOUT_FILE}
 * @param allowed what would have been accepted, phrased to follow the field name
 *     ({@code must be between 1 and 4096}); with {@link #NO_VALUE} or {@link #ABOUT_FILE},
 *     the whole statement
 */
public record SpecProblem(String file, String field, String value, String allowed) {

  /** The {@link #value()} of a required field the file does not have. */
  public static final String MISSING = "(missing)";

  /** The {@link #value()} of a problem that is not about one value. */
  public static final String NO_VALUE = "";

  /** The {@link #value()} of a statement whose subject is the file, such as "is empty". */
  public static final String ABOUT_FILE = "(file)";

  /** Checks that no component is null. */
  public SpecProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(allowed, "allowed");
  }

  /** One line: {@code seed.mlp.json: batch must be between 1 and 4096, was 0}. */
  public String message() {
    if (value.equals(MISSING)) {
      return file + ": " + field + " is required and " + allowed;
    }
    if (value.equals(NO_VALUE)) {
      return file + ": " + allowed;
    }
    if (value.equals(ABOUT_FILE)) {
      return file + " " + allowed;
    }
    return file + ": " + field + " " + allowed + ", was " + value;
  }
}
