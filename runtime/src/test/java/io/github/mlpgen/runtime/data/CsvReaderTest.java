package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  private static final String SOURCE = "data.csv";

  private static Dataset parse(String text, String... targets) throws DataException {
    return parse(text.getBytes(StandardCharsets.UTF_8), targets);
  }

  private static Dataset parse(byte[] bytes, String... targets) throws DataException {
    return CsvReader.parse(bytes, SOURCE, List.of(targets));
  }

  private static void assertRejected(String text, String message, String... targets) {
    assertRejected(text.getBytes(StandardCharsets.UTF_8), message, targets);
  }

  private static void assertRejected(byte[] bytes, String message, String... targets) {
    assertThatThrownBy(() -> parse(bytes, targets))
        .isInstanceOf(DataException.class)
        .hasMessage(message);
  }

  @Nested
  class Accepts {

    @Test
    void splitsTargetsFromInputsInRequestedAndHeaderOrder() throws DataException {
      Dataset data = parse("a,t2,b,t1\n1,2,3,4\n5,6,7,8\n", "t1", "t2");

      assertThat(data.inputNames()).containsExactly("a", "b");
      assertThat(data.targetNames()).containsExactly("t1", "t2");
      assertThat(data.rows()).isEqualTo(2);
      assertThat(data.inputs()).containsExactly(1, 3, 5, 7);
      assertThat(data.targets()).containsExactly(4, 2, 8, 6);
    }

    @Test
    void readsByteOrderMarkCrLfQuotesAndTrailingBlankLines() throws DataException {
      String text = "\uFEFF\"x, in cm\",\"the \"\"y\"\"\"\r\n"
          + "\"1.5\", -2e1 \r\n"
          + "3,\"4\"\r\n"
          + "\r\n"
          + "\r\n";

      Dataset data = parse(text, "the \"y\"");

      assertThat(data.inputNames()).containsExactly("x, in cm");
      assertThat(data.targetNames()).containsExactly("the \"y\"");
      assertThat(data.inputs()).containsExactly(1.5, 3);
      assertThat(data.targets()).containsExactly(-20, 4);
    }

    @Test
    void acceptsTheDecimalForms() throws DataException {
      Dataset data = parse("x,y\n12,+0.5\n-.25,3.\n1E3,2.5e-2\n", "y");

      assertThat(data.inputs()).containsExactly(12, -0.25, 1000);
      assertThat(data.targets()).containsExactly(0.5, 3, 0.025);
    }

    @Test
    void readsAFileWithoutFinalLineEnd(@TempDir Path folder) throws Exception {
      Path file = folder.resolve("table.csv");
      Files.write(file, "a,b\r\n1,2\r\n3,4".getBytes(StandardCharsets.UTF_8));

      Dataset data = CsvReader.read(file, List.of("a"));

      assertThat(data.targets()).containsExactly(1, 3);
      assertThat(data.inputs()).containsExactly(2, 4);
    }

    @Test
    void readsTheEnergyEfficiencyData() throws Exception {
      Path file = Path.of("../data/energy-efficiency.csv");

      Dataset data = CsvReader.read(file, List.of("heating_load", "cooling_load"));

      assertThat(data.rows()).isEqualTo(768);
      assertThat(data.inputCount()).isEqualTo(8);
      assertThat(data.inputNames().get(0)).isEqualTo("relative_compactness");
      // The first data row: 0.98,514.5,294.0,110.25,7.0,2,0.0,0,15.55,21.33
      assertThat(data.input(0, 1)).isEqualTo(514.5);
      assertThat(data.target(0, 0)).isEqualTo(15.55);
      assertThat(data.target(0, 1)).isEqualTo(21.33);
    }
  }

  @Nested
  class RejectsHeader {

    @Test
    void rejectsUnknownTarget() {
      assertRejected("a,b,c\n1,2,3\n",
          "data.csv, line 1: no column named 'z' for a target; the header has: a, b, c", "z");
    }

    @Test
    void hintsAtCommasForAHeaderSeparatedBySemicolons() {
      assertRejected("a;b;y\n1;2;3\n", "data.csv, line 1: no column named 'y' for a target;"
          + " the header has: a;b;y (cells are separated by commas only, not by ';')", "y");
    }

    @Test
    void hintsAtCommasForAHeaderSeparatedByTabs() {
      assertRejected("a\tb\ty\n1\t2\t3\n", "data.csv, line 1: no column named 'y' for a"
          + " target; the header has: a\\tb\\ty (cells are separated by commas only, not by"
          + " tabs)", "y");
    }

    @Test
    void rejectsDuplicateColumnName() {
      assertRejected("a,b,a\n1,2,3\n", "data.csv, line 1, column 3 (a): duplicate column name,"
          + " the same as column 1; column names must be unique", "b");
    }

    @Test
    void rejectsEmptyColumnName() {
      assertRejected("a,,c\n1,2,3\n",
          "data.csv, line 1, column 2: empty column name; every column needs a name", "a");
    }

    @Test
    void rejectsTargetRequestedTwice() {
      assertRejected("a,b,c\n1,2,3\n", "data.csv, line 1, column 2 (b): requested as a target"
          + " twice; name each target once", "b", "b");
    }

    @Test
    void rejectsNoTarget() {
      assertRejected("a,b\n1,2\n",
          "data.csv, line 1: no target column requested; name one or more of: a, b");
    }

    @Test
    void rejectsEveryColumnBeingATarget() {
      assertRejected("a,b\n1,2\n", "data.csv, line 1: every column is a target; at least one"
          + " column must remain as an input", "a", "b");
    }

    @Test
    void rejectsEmptyFile() {
      assertRejected("", "data.csv: the file is empty; expected a header row of column names",
          "a");
    }

    @Test
    void rejectsHeaderWithoutDataRows() {
      assertRejected("a,b\n\n\n", "data.csv, line 1: no data rows after the header;"
          + " expected at least one row of numbers", "a");
    }
  }

  @Nested
  class RejectsRows {

    @Test
    void rejectsRowWithTooFewCells() {
      assertRejected("a,b,c\n1,2,3\n4,5\n", "data.csv, line 3, column 3 (c): missing cell;"
          + " the row has 2 cells but the header 3 columns", "a");
    }

    @Test
    void rejectsRowWithTooManyCells() {
      assertRejected("a,b,c\n1,2,3,4\n", "data.csv, line 2, column 4: extra cell;"
          + " the row has 4 cells but the header 3 columns", "a");
    }

    @Test
    void rejectsEmptyCell() {
      assertRejected("a,b,c\n1, ,3\n",
          "data.csv, line 2, column 2 (b): empty cell; every cell must hold a number", "a");
    }

    @Test
    void rejectsNonNumericCell() {
      assertRejected("a,b,c\n1,2,x7\n", "data.csv, line 2, column 3 (c): 'x7' is not a number;"
          + " expected a decimal number such as 12, -0.5 or 1.5e-3", "a");
    }

    @Test
    void rejectsWhatJavaButNotDecimalSyntaxAccepts() {
      for (String cell : List.of("1d", "0x1p3", "2f", "1e", ".", "+", "1..2", "1e+")) {
        assertRejected("a,b\n1," + cell + "\n", "data.csv, line 2, column 2 (b): '" + cell
            + "' is not a number; expected a decimal number such as 12, -0.5 or 1.5e-3", "a");
      }
    }

    @Test
    void rejectsNaNAndInfinities() {
      for (String cell : List.of("NaN", "-Infinity", "inf", "+INF")) {
        assertRejected("a,b\n1,2\n3," + cell + "\n", "data.csv, line 3, column 2 (b): '" + cell
            + "' is not a finite number; NaN and infinite values are not allowed", "a");
      }
    }

    @Test
    void rejectsNumberBeyondDoubleRange() {
      assertRejected("a,b\n1,-1e400\n", "data.csv, line 2, column 2 (b): '-1e400' is too large"
          + " for a double (the largest magnitude is about 1.8e308)", "a");
    }

    @Test
    void cutsAHugeCellShortInTheMessage() {
      String cell = "1".repeat(5_000_000);

      assertRejected("a,b\n" + cell + ",2\n", "data.csv, line 2, column 1 (a): '"
          + "1".repeat(57) + "...' is too large for a double (the largest magnitude is about"
          + " 1.8e308)", "b");
    }

    @Test
    void cutsALongColumnNameShortInTheMessage() {
      String name = "c".repeat(100);

      assertRejected(name + ",b\nx,2\n", "data.csv, line 2, column 1 (" + "c".repeat(57)
          + "...): 'x' is not a number; expected a decimal number such as 12, -0.5 or 1.5e-3",
          "b");
    }

    @Test
    void rejectsBlankLineBetweenRows() {
      assertRejected("a,b\n1,2\n\n3,4\n", "data.csv, line 3: blank line between data rows;"
          + " blank lines are allowed only at the end", "a");
    }

    @Test
    void countsLinesInsideQuotedCells() {
      assertRejected("a,b\n\"1\n\",2\n3,x\n", "data.csv, line 4, column 2 (b): 'x' is not a"
          + " number; expected a decimal number such as 12, -0.5 or 1.5e-3", "a");
    }
  }

  @Nested
  class RejectsSyntax {

    @Test
    void rejectsUnclosedQuote() {
      assertRejected("a,b\n1,\"2\n3,4\n", "data.csv, line 2, column 2 (b): the quoted cell is"
          + " never closed; end it with a double quote", "a");
    }

    @Test
    void rejectsTextAfterClosingQuote() {
      assertRejected("a,b\n\"1\"5,2\n", "data.csv, line 2, column 1 (a): unexpected '5' after"
          + " the closing quote; a quoted cell must end at a comma or a line end", "a");
    }

    @Test
    void rejectsQuoteInsideUnquotedCell() {
      assertRejected("a,b\n1,2\"\n", "data.csv, line 2, column 2 (b): a double quote inside an"
          + " unquoted cell; quote the whole cell and write a quote inside it as \"\"", "a");
    }
  }

  /** Every message is one line: what a quoted cell holds is shown with its controls escaped. */
  @Nested
  class ShowsControlCharactersEscaped {

    @Test
    void inACellThatHoldsALineEnd() {
      assertRejected("a,b,y\n\"1\n2\",3,4\n5,6,7\n", "data.csv, line 2, column 1 (a): '1\\n2'"
          + " is not a number; expected a decimal number such as 12, -0.5 or 1.5e-3", "y");
    }

    @Test
    void inACellThatHoldsOtherControlsAndALineSeparator() {
      assertRejected("a,y\n\"1\r\t\u001b[31m\u20282\",3\n", "data.csv, line 2, column 1 (a): "
          + "'1\\r\\t\\u001b[31m\\u20282' is not a number; expected a decimal number such as 12,"
          + " -0.5 or 1.5e-3", "y");
    }

    @Test
    void inTheNameOfTheColumn() {
      assertRejected("\"a\nb\",y\nx,1\n", "data.csv, line 3, column 1 (a\\nb): 'x' is not a"
          + " number; expected a decimal number such as 12, -0.5 or 1.5e-3", "y");
    }

    @Test
    void inTheHeaderNamesListedForAnUnknownTarget() {
      assertRejected("\"a\nb\",y\n1,2\n", "data.csv, line 1: no column named 'z\\t' for a"
          + " target; the header has: a\\nb, y", "z\t");
    }

    @Test
    void inTheCharacterAfterAClosingQuote() {
      assertRejected("a,b\n\"1\"\t,2\n", "data.csv, line 2, column 1 (a): unexpected '\\t'"
          + " after the closing quote; a quoted cell must end at a comma or a line end", "a");
    }
  }

  @Nested
  class RejectsBinary {

    @Test
    void rejectsNulBytes() {
      byte[] bytes = {'a', ',', 'b', '\n', '1', ',', '2', '\n', 0, 1, 2};
      assertRejected(bytes, "data.csv, line 3: NUL byte at byte offset 8; this is a binary or"
          + " UTF-16 file, expected UTF-8 text", "a");
    }

    @Test
    void rejectsUtf16Text() {
      byte[] bytes = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
      assertRejected(bytes, "data.csv, line 1: NUL byte at byte offset 1; this is a binary or"
          + " UTF-16 file, expected UTF-8 text", "a");
    }

    @Test
    void rejectsInvalidUtf8() {
      // 0xE9 is 'é' in Latin-1; in UTF-8 it must be followed by two continuation bytes.
      byte[] bytes = {'a', ',', 'b', '\n', '1', ',', '2', '\n', 'c', (byte) 0xE9, ',', '3'};
      assertRejected(bytes, "data.csv, line 3: invalid UTF-8 at byte offset 9; save the file"
          + " as UTF-8 text", "a");
    }

    @Test
    void reportsMissingFile(@TempDir Path folder) {
      Path file = folder.resolve("absent.csv");

      assertThatThrownBy(() -> CsvReader.read(file, List.of("a")))
          .isInstanceOf(DataException.class)
          .hasMessage(file + ": file not found");
    }
  }

  @Test
  void exposesTheLocationOfAProblem() throws IOException {
    DataException problem = null;
    try {
      parse("a,b,c\n1,2,3\n4,5,oops\n", "a");
    } catch (DataException e) {
      problem = e;
    }

    assertThat(problem).isNotNull();
    assertThat(problem.source()).isEqualTo(SOURCE);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.columnName()).contains("c");
  }
}
