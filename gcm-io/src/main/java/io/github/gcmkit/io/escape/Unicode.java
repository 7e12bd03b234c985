package io.github.gcmkit.io.escape;

/** What the escapers share about Unicode text in Java strings. */
final class Unicode {

  /** The replacement character, shown in place of what a medium cannot hold. */
  static final char REPLACEMENT = '\uFFFD';

  private Unicode() {}

  /** Whether the {@code char} at {@code i} is half of a surrogate pair whose other half is missing. */
  static boolean isLoneSurrogate(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /** The text with every lone surrogate replaced by U+FFFD, so that it can be encoded in UTF-8. */
  static String encodable(String text) {
    int first = 0;
    while (first < text.length() && !isLoneSurrogate(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      out.append(isLoneSurrogate(text, i) ? REPLACEMENT : text.charAt(i));
    }
    return out.toString();
  }

  /** Whether {@code c} ends a line somewhere: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR. */
  static boolean isLineBreak(char c) {
    return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
