package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.gcmkit.io.escape.MarkdownEscaper;
import io.github.gcmkit.io.escape.TerminalEscaper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A clause's text made of pieces is, to everything that reads it — comparison, escaping, laying out
 * in lines — the text its pieces make joined, however it is cut.
 */
class ClauseTextProperties {

  /** Characters that make words, separate them or mean something to an escaper. */
  private static final String CHARACTERS = "ab é’ \n\t-+=1.)|<>[]*\\\u001b\u2028";

  private static final Gen<String> PIECE = strings().betweenCodePoints(0, CHARACTERS.length() - 1)
      .ofLengthBetween(0, 12)
      .map(s -> s.codePoints().mapToObj(i -> String.valueOf(CHARACTERS.charAt(i))).collect(Collectors.joining()));

  private static final Gen<List<String>> PIECES = lists().of(PIECE).ofSizeBetween(0, 8);

  private static ClauseText text(List<String> pieces) {
    ClauseText.Builder text = new ClauseText.Builder();
    pieces.forEach(text::add);
    return text.build();
  }

  /** The same text cut elsewhere: into pieces of {@code size} characters. */
  private static ClauseText recut(String whole, int size) {
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < whole.length(); i += size) {
      pieces.add(whole.substring(i, Math.min(whole.length(), i + size)));
    }
    return text(pieces);
  }

  @Test
  void readsAsItsPiecesJoined() {
    qt().forAll(PIECES).checkAssert(pieces -> {
      String whole = String.join("", pieces);
      ClauseText text = text(pieces);
      assertThat(text.length()).isEqualTo(whole.length());
      assertThat(text.toString()).isEqualTo(whole);
      assertThat(text.isEmpty()).isEqualTo(whole.isEmpty());
      assertThat(text.isBlank()).isEqualTo(whole.isBlank());
      // From the end backwards, then each range: characters found wherever they are asked for.
      for (int i = whole.length() - 1; i >= 0; i--) {
        assertThat(text.charAt(i)).isEqualTo(whole.charAt(i));
      }
      for (int i = 0; i <= whole.length(); i++) {
        assertThat(text.subSequence(i, whole.length()).toString()).isEqualTo(whole.substring(i));
      }
    });
  }

  @Test
  void isTheSameTextAsAnotherExactlyWhenTheirJoinsAreEqual() {
    qt().forAll(PIECES, PIECES, integers().between(1, 5)).checkAssert((a, b, size) -> {
      String left = String.join("", a);
      String right = String.join("", b);
      assertThat(text(a).sameText(text(b))).isEqualTo(left.equals(right));
      assertThat(text(a).sameText(recut(left, size))).isTrue();
    });
  }

  @Test
  void joinsAsStringsJoin() {
    qt().forAll(PIECES).checkAssert(pieces -> assertThat(
        pieces.stream().map(ClauseText::of).collect(ClauseText.joining("; ")).toString())
        .isEqualTo(String.join("; ", pieces)));
  }

  @Test
  void isEscapedAndLaidOutAsItsJoin() {
    qt().forAll(PIECES, integers().between(1, 12)).checkAssert((pieces, width) -> {
      String whole = String.join("", pieces);
      StringBuilder markdown = new StringBuilder();
      MarkdownEscaper.text(text(pieces), markdown);
      assertThat(markdown.toString()).isEqualTo(MarkdownEscaper.text(whole));
      assertThat(text(pieces).eachPiece(TerminalEscaper::text).toString()).isEqualTo(TerminalEscaper.text(whole));
      List<String> lines = new ArrayList<>();
      new WrappedLines(text(pieces), width).forEachRemaining(lines::add);
      assertThat(lines).isEqualTo(Words.wrap(whole, width));
    });
  }
}
