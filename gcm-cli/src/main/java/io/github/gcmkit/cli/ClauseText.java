package io.github.gcmkit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collector;

/**
 * The text of one clause of a charter as the pieces it is said in — the charter's own texts and
 * the words between them — never joined into one string: two charters' clauses are compared and
 * written piece by piece, so that a clause as long as the charter (150,000 objectives) costs its
 * pieces' references, not a copy of its text in each language it is worded in.
 *
 * <p>As a {@link CharSequence} it is the text the pieces make, read from its start to its end:
 * each character is looked for in the piece of the one read before, or the next, so reading it in
 * order costs no search. Like any reader it is for one thread at a time.
 */
final class ClauseText implements CharSequence {

  private static final ClauseText EMPTY = new ClauseText(new ArrayList<>());

  /** The pieces, none empty. */
  private final String[] pieces;
  /** Where each piece starts in the text. */
  private final int[] starts;
  private final int length;
  /** The piece the last character was read from. */
  private int current;

  private ClauseText(List<String> pieces) {
    this.pieces = pieces.stream().filter(p -> !p.isEmpty()).toArray(String[]::new);
    this.starts = new int[this.pieces.length];
    int at = 0;
    for (int i = 0; i < this.pieces.length; i++) {
      starts[i] = at;
      at = Math.addExact(at, this.pieces[i].length());
    }
    this.length = at;
  }

  static ClauseText empty() {
    return EMPTY;
  }

  /** The text {@code text}, as one piece. */
  static ClauseText of(String text) {
    return text.isEmpty() ? EMPTY : new ClauseText(List.of(text));
  }

  /** The texts one after the other. */
  static ClauseText concat(ClauseText... parts) {
    Builder text = new Builder();
    for (ClauseText part : parts) {
      text.add(part);
    }
    return text.build();
  }

  /** The texts joined by {@code separator}, as {@code Collectors.joining} joins strings. */
  static Collector<ClauseText, ?, ClauseText> joining(String separator) {
    return Collector.of(
        () -> new Joiner(separator),
        Joiner::add,
        Joiner::merge,
        j -> j.text.build());
  }

  /** Whether the text is empty. */
  @Override
  public boolean isEmpty() {
    return length == 0;
  }

  /** Whether the text is empty or only white space, as {@link String#isBlank()} says. */
  boolean isBlank() {
    return Arrays.stream(pieces).allMatch(String::isBlank);
  }

  /** Whether {@code other} is the same text, however each is cut into pieces. */
  boolean sameText(ClauseText other) {
    if (length != other.length) {
      return false;
    }
    int i = 0;
    int j = 0;
    int atI = 0;
    int atJ = 0;
    while (i < pieces.length) {
      String a = pieces[i];
      String b = other.pieces[j];
      int n = Math.min(a.length() - atI, b.length() - atJ);
      if (!a.regionMatches(atI, b, atJ, n)) {
        return false;
      }
      atI += n;
      atJ += n;
      if (atI == a.length()) {
        i++;
        atI = 0;
      }
      if (atJ == b.length()) {
        j++;
        atJ = 0;
      }
    }
    return true;
  }

  /** The text with {@code each} applied to each piece: for a change that maps characters alone, such as an escaper's. */
  ClauseText eachPiece(UnaryOperator<String> each) {
    return new ClauseText(Arrays.stream(pieces).map(each).toList());
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + " of a text of " + length + " characters");
    }
    if (index < starts[current] || index >= starts[current] + pieces[current].length()) {
      int next = current + 1;
      current = next < pieces.length && index >= starts[next] && index < starts[next] + pieces[next].length()
          ? next
          : piece(index);
    }
    return pieces[current].charAt(index - starts[current]);
  }

  /** The piece holding the character at {@code index}. */
  private int piece(int index) {
    int found = Arrays.binarySearch(starts, index);
    return found >= 0 ? found : -found - 2;
  }

  /** The characters from {@code start} to {@code end}, as a string. */
  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException("from " + start + " to " + end + " of a text of " + length + " characters");
    }
    return new StringBuilder(end - start).append(this, start, end).toString();
  }

  /** The whole text, joined: for short clauses and tests. */
  @Override
  public String toString() {
    return String.join("", pieces);
  }

  /** A text made piece by piece. */
  static final class Builder {

    private final List<String> pieces = new ArrayList<>();

    Builder add(String piece) {
      pieces.add(piece);
      return this;
    }

    Builder add(ClauseText text) {
      pieces.addAll(Arrays.asList(text.pieces));
      return this;
    }

    ClauseText build() {
      return pieces.isEmpty() ? EMPTY : new ClauseText(pieces);
    }
  }

  private static final class Joiner {

    private final String separator;
    private final Builder text = new Builder();
    private boolean first = true;

    Joiner(String separator) {
      this.separator = separator;
    }

    void add(ClauseText part) {
      if (!first) {
        text.add(separator);
      }
      first = false;
      text.add(part);
    }

    Joiner merge(Joiner later) {
      if (!later.first) {
        add(later.text.build());
      }
      return this;
    }
  }
}
