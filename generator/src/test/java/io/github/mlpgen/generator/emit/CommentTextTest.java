package io.github.mlpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTest {

  @Test
  void javadocCannotEndTheCommentOrStartATag() {
    assertThat(CommentText.javadoc("a */ b @c")).isEqualTo("a *&#47; b &#64;c");
  }

  @Test
  void javadocShowsHtmlAndBackslashesAsWritten() {
    assertThat(CommentText.javadoc("<i>x</i> & \\u002a"))
        .isEqualTo("&lt;i&gt;x&lt;/i&gt; &amp; &#92;u002a");
  }

  @Test
  void javadocKeepsLineFeedsAndDropsOtherControls() {
    assertThat(CommentText.javadoc("a\r\nb\u0007c")).isEqualTo("a\nb c");
  }

  @Test
  void lineCommentStaysOnOneLineWithoutUnicodeEscapes() {
    assertThat(CommentText.lineComment("a\nb \\u000a")).isEqualTo("a b \\\\u000a");
  }
}
