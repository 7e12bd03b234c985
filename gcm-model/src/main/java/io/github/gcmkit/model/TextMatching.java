package io.github.gcmkit.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names in the catalogue are compared: case, accents, apostrophes and spacing do not matter. */
final class TextMatching {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

  private TextMatching() {}

  /** The form in which two names compare equal when a reader would take them for the same. */
  static String key(String text) {
    return isPlain(text) ? text.toLowerCase(Locale.ROOT) : fold(text);
  }

  /** {@link #key} worked out in full: compatibility decomposition, marks, quotes, dashes, spaces, case. */
  static String fold(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
    folded = MARKS.matcher(folded).replaceAll("");
    folded = folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    folded = folded.replace('\u2013', '-').replace('\u2011', '-').replace('\u2010', '-');
    return SPACES.matcher(folded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code text} is printable ASCII with single spaces between words and none around them,
   * which folding leaves as it is but for case: codes and aliases such as {@code IOM} or {@code
   * UN Women}, the usual look-up, then need no normalisation nor pattern.
   */
  private static boolean isPlain(String text) {
    int length = text.length();
    if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
