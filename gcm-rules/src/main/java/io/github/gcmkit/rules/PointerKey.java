package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;

/**
 * A JSON Pointer spelled so that comparing the spellings as strings orders the pointers as {@link
 * JsonPointer#compareTo} does: token by token, an array index before a name, indices by value,
 * names as strings, a pointer before the pointers below it. Made once per finding, it lets a report
 * of many findings sort them with one string comparison each time instead of walking tokens.
 *
 * <p>Each token is spelled as a tag and its content: an index as {@code \u0001}, the number of its
 * digits as one character, and the digits; a name as {@code \u0002}, its unescaped characters
 * ({@code \u0000} and {@code \u0001} written as two characters so that they keep their order) and a
 * closing {@code \u0000}, less than any character a name may hold.
 */
final class PointerKey {

  private PointerKey() {}

  /** The spelling of {@code pointer} that sorts as the pointer does. */
  static String of(JsonPointer pointer) {
    String text = pointer.toString();
    // A token costs one character more than its slash: room for one token in two, so that it never grows.
    StringBuilder key = new StringBuilder(text.length() + text.length() / 2 + 2);
    int start = 1;
    while (start <= text.length() && !text.isEmpty()) {
      int slash = text.indexOf('/', start);
      int end = slash < 0 ? text.length() : slash;
      if (isIndex(text, start, end)) {
        key.append('\u0001').append((char) (end - start)).append(text, start, end);
      } else {
        key.append('\u0002');
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          if (c == '~' && i + 1 < end) {
            c = text.charAt(++i) == '1' ? '/' : '~';
          }
          if (c <= '\u0001') {
            key.append('\u0001').append((char) (c + 1));
          } else {
            key.append(c);
          }
        }
        key.append('\u0000');
      }
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    return key.toString();
  }

  /** Whether {@code text} from {@code start} to {@code end} spells an array index that fits an int. */
  private static boolean isIndex(String text, int start, int end) {
    int length = end - start;
    if (length == 0 || length > 10 || (length > 1 && text.charAt(start) == '0')) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return length < 10 || text.substring(start, end).compareTo("2147483647") <= 0;
  }
}
