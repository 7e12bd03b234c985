package io.github.gcmkit.io.escape;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Document text for Markdown (CommonMark and GitHub's tables): shown as written, never read as
 * markup. Every character with a meaning inside a line — {@code \ ` * _ [ ] < > # | ~ &} — is
 * escaped with a backslash, so no HTML, link, image, autolink, entity, code, emphasis or table
 * cell boundary can be written through it; a leading {@code - + =} or list number ({@code 1. }) is
 * escaped so the text cannot open a list, a heading or a rule. Line breaks, tabs and other whitespace controls
 * become spaces and leading spaces are dropped, so the text stays in its line, paragraph or table
 * cell; other controls and lone surrogates become U+FFFD.
 *
 * <pre>{@code
 * MarkdownEscaper.text("[x](javascript:alert(1)) | <b>") // "\\[x\\](javascript:alert(1)) \\| \\<b\\>"
 * }</pre>
 */
public final class MarkdownEscaper {

  private static final String INLINE = "\\`*_[]<>#|~&";

  private MarkdownEscaper() {}

  /**
   * The text escaped for one line of Markdown: a paragraph, a heading, a list item or a table
   * cell.
   */
  public static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text(text, out);
    return out.toString();
  }

  /**
   * Writes {@code text} escaped as {@link #text(String)} escapes it to {@code out}, without making
   * the escaped text first: a text of any length costs no more than the writer holds, and a text
   * made of pieces (a {@link CharSequence} over them) is never joined. The text is read once, from
   * its start to its end.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void text(CharSequence text, Appendable out) {
    try {
      escape(text, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void escape(CharSequence plain, Appendable out) throws IOException {
    boolean start = true;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (becomesSpace(c)) {
        if (!start) {
          out.append(' ');
        }
        continue;
      }
      if (c < 0x20 || c == 0x7f || Unicode.isLoneSurrogate(plain, i)) {
        out.append(Unicode.REPLACEMENT);
      } else if (INLINE.indexOf(c) >= 0 || (start && (c == '-' || c == '+' || c == '='))) {
        out.append('\\').append(c);
      } else if (start && c >= '0' && c <= '9') {
        i = number(plain, i, out);
      } else {
        out.append(c);
      }
      start = false;
    }
  }

  /** Whether {@code c} is written as a space (or dropped at the start): a tab, a space, a line break. */
  private static boolean becomesSpace(char c) {
    return c == '\t' || c == ' ' || Unicode.isLineBreak(c);
  }

  /**
   * Copies a leading run of digits, escaping a {@code .} or {@code )} after it that would make a list
   * marker (followed by a space or nothing); the last index used.
   */
  private static int number(CharSequence text, int from, Appendable out) throws IOException {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      out.append(text.charAt(i++));
    }
    // Followed by what this escaper writes as a space (a line break such as U+0085 too), or by nothing.
    boolean marker = i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')
        && (i + 1 == text.length() || becomesSpace(text.charAt(i + 1)) || Character.isWhitespace(text.charAt(i + 1)));
    if (marker) {
      out.append('\\').append(text.charAt(i));
      return i;
    }
    return i - 1;
  }
}
