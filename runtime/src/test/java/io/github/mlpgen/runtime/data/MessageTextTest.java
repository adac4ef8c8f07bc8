package io.github.mlpgen.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTextTest {

  @Test
  void leavesOrdinaryTextAndBackslashesAsTheyAre() {
    assertThat(MessageText.quoted("x, in cm \\ é")).isEqualTo("'x, in cm \\ é'");
  }

  @Test
  void writesLineEndsAndTabsAsEscapes() {
    assertThat(MessageText.escaped("1\n2\r3\t4")).isEqualTo("1\\n2\\r3\\t4");
  }

  @Test
  void writesOtherControlsAndSeparatorsByTheirCode() {
    String text = "\u0000\u001b\u007f\u0085\u2028\u2029";

    assertThat(MessageText.escaped(text))
        .isEqualTo("\\u0000\\u001b\\u007f\\u0085\\u2028\\u2029");
  }

  @Test
  void cutsLongTextShortAfterSixtyCharacters() {
    assertThat(MessageText.quoted("x".repeat(60))).isEqualTo("'" + "x".repeat(60) + "'");
    assertThat(MessageText.quoted("x".repeat(61))).isEqualTo("'" + "x".repeat(57) + "...'");
    assertThat(MessageText.names(List.of("y".repeat(70), "z")))
        .isEqualTo("y".repeat(57) + "..., z");
  }

  @Test
  void neverCutsACharacterInHalf() {
    String text = "x".repeat(56) + "\uD83D\uDE00" + "x".repeat(10);

    assertThat(MessageText.quoted(text)).isEqualTo("'" + "x".repeat(56) + "...'");
  }

  @Test
  void joinsEscapedNamesWithCommas() {
    assertThat(MessageText.names(List.of("a\nb", "y"))).isEqualTo("a\\nb, y");
  }
}
