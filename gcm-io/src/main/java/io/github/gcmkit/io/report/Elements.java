package io.github.gcmkit.io.report;

import io.github.gcmkit.model.MessageBundle;

/**
 * An element of a document named the way people count: {@code
 * /workplans/0/priorities/9/activities/0} is "workplan 1 › priority 10 › activity 1" ("plan de
 * travail 1 › priorité 10 › activité 1"), items numbered from 1 and fields in the report's
 * language; a field the words do not know keeps its name.
 */
final class Elements {

  static final MessageBundle WORDS =
      MessageBundle.load(name -> Elements.class.getResourceAsStream(name), "/io/github/gcmkit/io/report/elements");

  private static final String SEPARATOR = " › ";

  private Elements() {}

  /** The element {@code pointer} names, in {@code language}; empty for the whole document. */
  static String describe(String pointer, String language) {
    StringBuilder words = new StringBuilder();
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      boolean counted = i + 1 < tokens.length && isIndex(tokens[i + 1]);
      if (isIndex(token)) {
        // An item of an array whose field was not named (a pointer into an array document).
        words.append(words.length() == 0 ? "" : SEPARATOR).append(Integer.parseInt(token) + 1);
        continue;
      }
      if (words.length() > 0) {
        words.append(SEPARATOR);
      }
      words.append(word(token, language));
      if (counted) {
        words.append(' ').append(Integer.parseInt(tokens[i + 1]) + 1);
        i++;
      }
    }
    return words.toString();
  }

  private static String word(String field, String language) {
    return WORDS.has(field) ? WORDS.message(field).text(language) : field;
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty()
        && token.length() <= 9
        && token.chars().allMatch(c -> c >= '0' && c <= '9')
        && (token.length() == 1 || token.charAt(0) != '0');
  }
}
