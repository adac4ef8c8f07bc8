package io.github.mlpgen.runtime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a numeric table from a UTF-8 CSV file: one header row of column names, then one row
 * of numbers per sample. The requested target columns become the targets (in the order
 * requested), every other column an input (in header order).
 *
 * <p>The reader is strict and reports the first problem as a {@link DataException} naming the
 * file, line, column number and column name. Accepted: a byte-order mark, {@code \r\n} or
 * {@code \n} line ends, cells in double quotes (RFC 4180), spaces around a number, blank lines
 * at the end. Refused: a binary or non-UTF-8 file, empty or duplicate column names, unknown
 * target names, rows with too few or too many cells, blank lines between rows, empty cells,
 * anything but a decimal number (such as {@code 12}, {@code -0.5}, {@code 1.5e-3}), NaN and
 * infinite values, and a header without data rows.
 */
public final class CsvReader {

  private static final Set<String> NON_FINITE_WORDS = Set.of("nan", "inf", "infinity");

  private final String source;
  private final CsvParser parser;
  private final List<String> header = new ArrayList<>();
  private final List<String> targetNames;
  private int[] targetPosition;
  private int[] inputPosition;
  private double[] inputs = new double[64];
  private double[] targets = new double[64];
  private int rows;

  private CsvReader(String source, String text, List<String> targetNames) {
    this.source = source;
    this.parser = new CsvParser(text);
    this.targetNames = List.copyOf(targetNames);
  }

  /**
   * Reads {@code file}.
   *
   * @param targetColumns the header names of the target columns, at least one
   * @throws DataException if the file cannot be read or is not a valid numeric table
   */
  public static Dataset read(Path file, List<String> targetColumns) throws DataException {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DataException(source, "file not found", e);
    } catch (IOException e) {
      throw new DataException(source, "cannot read the file: " + e, e);
    }
    return parse(bytes, source, targetColumns);
  }

  /** Reads CSV {@code bytes}; {@code source} names them in messages. */
  static Dataset parse(byte[] bytes, String source, List<String> targetColumns)
      throws DataException {
    String text = TextDecoder.decode(bytes, source);
    CsvReader reader = new CsvReader(source, text, targetColumns);
    reader.readHeader();
    reader.chooseColumns();
    reader.readRows();
    return reader.dataset();
  }

  private void readHeader() throws DataException {
    List<String> cells = nextRecord();
    if (cells == null) {
      throw new DataException(source, 0, 0, null,
          "the file is empty; expected a header row of column names");
    }
    if (parser.blankRecord(cells)) {
      throw new DataException(source, parser.recordLine(), 0, null,
          "the header row is empty; expected column names separated by commas");
    }
    Map<String, Integer> firstColumn = new HashMap<>();
    for (String cell : cells) {
      String name = cell.strip();
      int column = header.size() + 1;
      if (name.isEmpty()) {
        throw new DataException(source, parser.cellLine(column - 1), column, null,
            "empty column name; every column needs a name");
      }
      Integer earlier = firstColumn.putIfAbsent(name, column);
      if (earlier != null) {
        throw new DataException(source, parser.cellLine(column - 1), column, name,
            "duplicate column name, the same as column " + earlier
                + "; column names must be unique");
      }
      header.add(name);
    }
  }

  private void chooseColumns() throws DataException {
    int headerLine = 1;
    if (targetNames.isEmpty()) {
      throw new DataException(source, headerLine, 0, null,
          "no target column requested; name one or more of: " + MessageText.names(header));
    }
    targetPosition = new int[header.size()];
    Arrays.fill(targetPosition, -1);
    for (int t = 0; t < targetNames.size(); t++) {
      String name = targetNames.get(t);
      int column = header.indexOf(name);
      if (column < 0) {
        throw new DataException(source, headerLine, 0, null, "no column named "
            + MessageText.quoted(name) + " for a target; the header has: "
            + MessageText.names(header) + otherSeparatorHint());
      }
      if (targetPosition[column] >= 0) {
        throw new DataException(source, headerLine, column + 1, name,
            "requested as a target twice; name each target once");
      }
      targetPosition[column] = t;
    }
    assignInputPositions(headerLine);
  }

  /**
   * A note for a header that looks separated by semicolons or tabs, as spreadsheets in some
   * locales write CSV: its names then run together into one column.
   */
  private String otherSeparatorHint() {
    String names = String.join(",", header);
    if (names.contains(";")) {
      return " (cells are separated by commas only, not by ';')";
    }
    if (names.contains("\t")) {
      return " (cells are separated by commas only, not by tabs)";
    }
    return "";
  }

  private void assignInputPositions(int headerLine) throws DataException {
    inputPosition = new int[header.size()];
    int inputs = 0;
    for (int column = 0; column < header.size(); column++) {
      inputPosition[column] = targetPosition[column] >= 0 ? -1 : inputs++;
    }
    if (inputs == 0) {
      throw new DataException(source, headerLine, 0, null,
          "every column is a target; at least one column must remain as an input");
    }
  }

  private void readRows() throws DataException {
    int blankLine = 0;
    List<String> cells;
    while ((cells = nextRecord()) != null) {
      if (parser.blankRecord(cells)) {
        blankLine = blankLine == 0 ? parser.recordLine() : blankLine;
        continue;
      }
      if (blankLine > 0) {
        throw new DataException(source, blankLine, 0, null,
            "blank line between data rows; blank lines are allowed only at the end");
      }
      readRow(cells);
    }
    if (rows == 0) {
      throw new DataException(source, 1, 0, null,
          "no data rows after the header; expected at least one row of numbers");
    }
  }

  private void readRow(List<String> cells) throws DataException {
    requireCellCount(cells.size());
    ensureCapacity();
    int inputCount = header.size() - targetNames.size();
    for (int column = 0; column < cells.size(); column++) {
      double value = number(cells.get(column), column);
      if (targetPosition[column] >= 0) {
        targets[rows * targetNames.size() + targetPosition[column]] = value;
      } else {
        inputs[rows * inputCount + inputPosition[column]] = value;
      }
    }
    rows++;
  }

  private void requireCellCount(int cells) throws DataException {
    int columns = header.size();
    String counts = "the row has " + cells + " cells but the header " + columns + " columns";
    if (cells < columns) {
      throw new DataException(source, parser.recordLine(), cells + 1, header.get(cells),
          "missing cell; " + counts);
    }
    if (cells > columns) {
      throw new DataException(source, parser.cellLine(columns), columns + 1, null,
          "extra cell; " + counts);
    }
  }

  private double number(String cell, int column) throws DataException {
    String text = cell.strip();
    if (text.isEmpty()) {
      throw cellProblem(column, "empty cell; every cell must hold a number");
    }
    String unsigned = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    if (NON_FINITE_WORDS.contains(unsigned.toLowerCase(Locale.ROOT))) {
      throw cellProblem(column, MessageText.quoted(text) + " is not a finite number; "
          + "NaN and infinite values are not allowed");
    }
    if (!DecimalSyntax.matches(text)) {
      throw cellProblem(column, MessageText.quoted(text) + " is not a number; "
          + "expected a decimal number such as 12, -0.5 or 1.5e-3");
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw cellProblem(column, MessageText.quoted(text) + " is too large for a double "
          + "(the largest magnitude is about 1.8e308)");
    }
    return value;
  }

  private DataException cellProblem(int column, String problem) {
    return new DataException(
        source, parser.cellLine(column), column + 1, header.get(column), problem);
  }

  private List<String> nextRecord() throws DataException {
    try {
      return parser.next();
    } catch (CsvSyntaxException e) {
      int index = e.column() - 1;
      String name = index < header.size() ? header.get(index) : null;
      throw new DataException(source, e.line(), e.column(), name, e.getMessage());
    }
  }

  private void ensureCapacity() {
    int inputCount = header.size() - targetNames.size();
    if ((rows + 1) * inputCount > inputs.length) {
      inputs = Arrays.copyOf(inputs, Math.max(inputs.length * 2, (rows + 1) * inputCount));
    }
    if ((rows + 1) * targetNames.size() > targets.length) {
      targets = Arrays.copyOf(
          targets, Math.max(targets.length * 2, (rows + 1) * targetNames.size()));
    }
  }

  private Dataset dataset() {
    List<String> inputNames = new ArrayList<>();
    for (int column = 0; column < header.size(); column++) {
      if (inputPosition[column] >= 0) {
        inputNames.add(header.get(column));
      }
    }
    int inputCount = inputNames.size();
    return new Dataset(inputNames, targetNames,
        Arrays.copyOf(inputs, rows * inputCount),
        Arrays.copyOf(targets, rows * targetNames.size()));
  }
}
