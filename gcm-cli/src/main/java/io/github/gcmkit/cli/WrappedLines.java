package io.github.gcmkit.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A text in lines of at most a given width, broken at spaces (a line break counts as one), a word
 * longer than the width cut into pieces; made one line at a time as they are asked for, so that a
 * text of any length is laid out without holding all of its lines, and a word of any length
 * without copying what remains of it. An empty text is one empty line. The text is read from its
 * start to its end, once.
 */
final class WrappedLines implements Iterator<String> {

  private final CharSequence text;
  private final int width;
  /** Where the word after the current one is looked for. */
  private int position;
  /** What remains of the current word, from {@code wordStart} to {@code wordEnd}: none when they are equal. */
  private int wordStart;
  private int wordEnd;
  private boolean any;
  private @Nullable String next;

  WrappedLines(CharSequence text, int width) {
    this.text = text;
    this.width = width;
    this.next = advance();
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public String next() {
    String line = next;
    if (line == null) {
      throw new NoSuchElementException();
    }
    next = advance();
    return line;
  }

  private @Nullable String advance() {
    StringBuilder line = new StringBuilder();
    while (wordStart < wordEnd || nextWord()) {
      int word = wordEnd - wordStart;
      if (line.length() > 0 && line.length() + 1 + word > width) {
        return emit(line.toString());
      }
      if (word > width) {
        String piece = text.subSequence(wordStart, wordStart + width).toString();
        wordStart += width;
        return emit(piece);
      }
      line.append(line.length() > 0 ? " " : "").append(text, wordStart, wordEnd);
      wordStart = wordEnd;
    }
    return line.length() > 0 || !any ? emit(line.toString()) : null;
  }

  private String emit(String line) {
    any = true;
    return line;
  }

  /** Finds the next word, if there is one. */
  private boolean nextWord() {
    while (position < text.length() && separates(text.charAt(position))) {
      position++;
    }
    if (position >= text.length()) {
      return false;
    }
    wordStart = position;
    while (position < text.length() && !separates(text.charAt(position))) {
      position++;
    }
    wordEnd = position;
    return true;
  }

  private static boolean separates(char c) {
    return c == ' ' || c == '\n';
  }
}
