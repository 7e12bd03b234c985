package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A text laid out in lines of a width, one line at a time. */
class WrappedLinesTest {

  private static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    new WrappedLines(text, width).forEachRemaining(lines::add);
    return lines;
  }

  @Test
  void wordsFillEachLineUpToTheWidth() {
    assertThat(lines("Coordinate the network's work on the Global Compact", 16))
        .containsExactly("Coordinate the", "network's work", "on the Global", "Compact");
  }

  @Test
  void lineBreaksAndRepeatedSpacesSeparateWordsAsOneSpace() {
    assertThat(lines("  one\ntwo   three\n\n", 40)).containsExactly("one two three");
  }

  @Test
  void aWordLongerThanTheWidthIsCutIntoPieces() {
    assertThat(lines("a abcdefghij b", 4)).containsExactly("a", "abcd", "efgh", "ij b");
  }

  @Test
  void anEmptyTextIsOneEmptyLine() {
    assertThat(lines("", 10)).containsExactly("");
    assertThat(lines("   ", 10)).containsExactly("");
  }

  @Test
  void noLineIsWiderThanTheWidthAndNoWordIsLost() {
    String text = "Le Réseau des Nations Unies sur les migrations appuie la mise en œuvre du Pacte mondial "
        + "pour des migrations sûres, ordonnées et régulières".repeat(50);
    for (int width = 1; width < 60; width++) {
      int most = width;
      List<String> lines = lines(text, width);
      assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(most));
      assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }
  }

  @Test
  void pastTheLastLineThereIsNoNext() {
    WrappedLines lines = new WrappedLines("one", 10);
    assertThat(lines.next()).isEqualTo("one");
    assertThat(lines.hasNext()).isFalse();
    assertThatThrownBy(lines::next).isInstanceOf(NoSuchElementException.class);
  }
}
