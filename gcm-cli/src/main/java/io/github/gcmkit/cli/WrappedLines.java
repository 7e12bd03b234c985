package io.github.gcmkit.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A text in lines of at most a given width, broken at spaces (a line break counts as one), a word
 * longer than the width cut into pieces; made one line at a time as they are asked for, so that a
 * text of any length is laid out without holding all of its lines. An empty text is one empty line.
 */
final class WrappedLines implements Iterator<String> {

  private final String text;
  private final int width;
  private int position;
  private String word = "";
  private boolean any;
  private @Nullable String next;

  WrappedLines(String text, int width) {
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
    while (true) {
      if (word.isEmpty()) {
        String read = nextWord();
        if (read == null) {
          break;
        }
        word = read;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        return emit(line.toString());
      }
      if (word.length() > width) {
        String piece = word.substring(0, width);
        word = word.substring(width);
        return emit(piece);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
      word = "";
    }
    return line.length() > 0 || !any ? emit(line.toString()) : null;
  }

  private String emit(String line) {
    any = true;
    return line;
  }

  private @Nullable String nextWord() {
    while (position < text.length() && separates(text.charAt(position))) {
      position++;
    }
    if (position >= text.length()) {
      return null;
    }
    int start = position;
    while (position < text.length() && !separates(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  private static boolean separates(char c) {
    return c == ' ' || c == '\n';
  }
}
