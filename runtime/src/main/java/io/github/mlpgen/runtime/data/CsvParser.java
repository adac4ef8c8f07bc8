package io.github.mlpgen.runtime.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into records of cells by RFC 4180: cells separated by commas, records by line
 * ends ({@code \r\n}, {@code \n} or {@code \r}), a cell in double quotes may hold commas, line
 * ends and doubled quotes ({@code ""} for one {@code "}). Lines are counted from 1; a quoted
 * cell spanning lines advances the count.
 */
final class CsvParser {

  private static final char QUOTE = '"';
  private static final char SEPARATOR = ',';

  private final String text;
  private final List<Integer> cellLines = new ArrayList<>();
  private int position;
  private int line = 1;
  private int recordLine;
  private boolean quotedCellSeen;

  CsvParser(String text) {
    this.text = text;
  }

  /** The cells of the next record, or {@code null} after the last one. */
  List<String> next() throws CsvSyntaxException {
    if (position >= text.length()) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    cellLines.clear();
    recordLine = line;
    quotedCellSeen = false;
    while (true) {
      cellLines.add(line);
      cells.add(atQuote() ? quotedCell(cells.size() + 1) : plainCell(cells.size() + 1));
      if (position < text.length() && text.charAt(position) == SEPARATOR) {
        position++;
      } else {
        skipLineEnd();
        return cells;
      }
    }
  }

  /** The line the last record started on. */
  int recordLine() {
    return recordLine;
  }

  /** The line cell {@code index} (0-based) of the last record started on. */
  int cellLine(int index) {
    return cellLines.get(index);
  }

  /** Whether the last record was an empty or whitespace-only line. */
  boolean blankRecord(List<String> cells) {
    return cells.size() == 1 && !quotedCellSeen && cells.get(0).isBlank();
  }

  private boolean atQuote() {
    return position < text.length() && text.charAt(position) == QUOTE;
  }

  private String plainCell(int column) throws CsvSyntaxException {
    int start = position;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == SEPARATOR || c == '\n' || c == '\r') {
        break;
      }
      if (c == QUOTE) {
        throw new CsvSyntaxException(line, column, "a double quote inside an unquoted cell; "
            + "quote the whole cell and write a quote inside it as \"\"");
      }
      position++;
    }
    return text.substring(start, position);
  }

  private String quotedCell(int column) throws CsvSyntaxException {
    int startLine = line;
    quotedCellSeen = true;
    StringBuilder cell = new StringBuilder();
    position++;
    while (true) {
      if (position >= text.length()) {
        throw new CsvSyntaxException(startLine, column,
            "the quoted cell is never closed; end it with a double quote");
      }
      char c = text.charAt(position);
      if (c == QUOTE && !doubledQuote()) {
        position++;
        requireCellEnd(column);
        return cell.toString();
      }
      countLineEnd(c);
      cell.append(c);
      position += c == QUOTE ? 2 : 1;
    }
  }

  private boolean doubledQuote() {
    return position + 1 < text.length() && text.charAt(position + 1) == QUOTE;
  }

  private void countLineEnd(char c) {
    boolean crBeforeLf = c == '\r'
        && position + 1 < text.length() && text.charAt(position + 1) == '\n';
    if (c == '\n' || (c == '\r' && !crBeforeLf)) {
      line++;
    }
  }

  private void requireCellEnd(int column) throws CsvSyntaxException {
    if (position < text.length()) {
      char c = text.charAt(position);
      if (c != SEPARATOR && c != '\n' && c != '\r') {
        throw new CsvSyntaxException(line, column, "unexpected "
            + MessageText.quoted(String.valueOf(c))
            + " after the closing quote; a quoted cell must end at a comma or a line end");
      }
    }
  }

  private void skipLineEnd() {
    if (position >= text.length()) {
      return;
    }
    if (text.charAt(position) == '\r') {
      position++;
    }
    if (position < text.length() && text.charAt(position) == '\n') {
      position++;
    }
    line++;
  }
}
