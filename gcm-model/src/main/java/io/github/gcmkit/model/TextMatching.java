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
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
    folded = MARKS.matcher(folded).replaceAll("");
    folded = folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    folded = folded.replace('\u2013', '-').replace('\u2011', '-').replace('\u2010', '-');
    return SPACES.matcher(folded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
