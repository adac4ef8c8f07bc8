package io.github.mlpgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocsTest {

  @Test
  void breaksLongLinesAtSpacesWithinTheWidth() {
    String text = "one two three four five six seven eight nine ten";

    assertThat(Javadocs.wrap(text, 14)).isEqualTo("one two three\nfour five six\n"
        + "seven eight\nnine ten");
  }

  @Test
  void keepsInlineTagsOnOneLine() {
    String wrapped = Javadocs.wrap("see {@code dW3 = h2r^T . G} now", 16);

    assertThat(wrapped).isEqualTo("see\n{@code dW3 = h2r^T . G}\nnow");
  }

  @Test
  void keepsExistingLineBreaksAndBlankLines() {
    assertThat(Javadocs.wrap("a\n\nb", 10)).isEqualTo("a\n\nb");
  }

  @Test
  void formatsArgumentsAsJavaPoetDoesBeforeWrapping() {
    assertThat(Javadocs.wrapped("cost $L", "$1").toString()).isEqualTo("cost $1");
  }
}
