package io.github.mlpgen.runtime.data;

import java.util.Optional;

/**
 * A data file that cannot be used, with where the problem sits. The message reads
 * {@code <file>, line <l>, column <c> (<name>): <problem>}, leaving out the parts that do not
 * apply (a file that cannot be read has no line, a missing target column no column). The
 * message is one line: control characters in the column name are escaped, and a long name is
 * cut short.
 */
public final class DataException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String columnName;
  private final String problem;

  DataException(String source, int line, int column, String columnName, String problem) {
    super(message(source, line, column, columnName, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.columnName = columnName;
    this.problem = problem;
  }

  DataException(String source, String problem, Throwable cause) {
    super(message(source, 0, 0, null, problem), cause);
    this.source = source;
    this.line = 0;
    this.column = 0;
    this.columnName = null;
    this.problem = problem;
  }

  private static String message(
      String source, int line, int column, String columnName, String problem) {
    StringBuilder message = new StringBuilder(source);
    if (line > 0) {
      message.append(", line ").append(line);
    }
    if (column > 0) {
      message.append(", column ").append(column);
      if (columnName != null) {
        message.append(" (").append(MessageText.name(columnName)).append(')');
      }
    }
    return message.append(": ").append(problem).toString();
  }

  /** The file (or other source) the data came from, as the caller named it. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 if it concerns no single line. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 if it concerns no single column. */
  public int column() {
    return column;
  }

  /** The header name of {@link #column()}, if the column has one. */
  public Optional<String> columnName() {
    return Optional.ofNullable(columnName);
  }

  /** What is wrong and what is allowed, without the location. */
  public String problem() {
    return problem;
  }
}
