package io.github.mlpgen.runtime.data;

/** A violation of the CSV grammar at a line and 1-based cell position of a record. */
final class CsvSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  CsvSyntaxException(int line, int column, String problem) {
    super(problem);
    this.line = line;
    this.column = column;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
