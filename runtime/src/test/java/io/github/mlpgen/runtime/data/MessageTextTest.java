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
  void joinsEscapedNamesWithCommas() {
    assertThat(MessageText.names(List.of("a\nb", "y"))).isEqualTo("a\\nb, y");
  }
}
