package io.github.gcmkit.io.escape;

import java.util.Locale;

/**
 * Document text shown on a terminal, or in a message meant to be read on one line: every
 * character that could act instead of being shown — C0 and C1 controls (escape sequences begin
 * with ESC, U+001B, or CSI, U+009B), DEL, line breaks, the invisible marks that reorder text
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and lone surrogates — is written
 * as its code, <code>&#92;u001b</code>. Everything else, backslashes included, is kept as it is, so
 * escaping twice changes nothing more.
 *
 * <pre>{@code
 * TerminalEscaper.text("id" + (char) 0x1b + "[31m") // "id\\u001b[31m"
 * }</pre>
 */
public final class TerminalEscaper {

  private TerminalEscaper() {}

  /** The text with every acting character shown as <code>&#92;uXXXX</code>; always one line. */
  public static String text(String text) {
    int first = 0;
    while (first < text.length() && !acts(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (acts(text, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean acts(String text, int i) {
    return acts(text.charAt(i)) || Unicode.isLoneSurrogate(text, i);
  }

  private static boolean acts(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || Unicode.isLineBreak(c)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
