package io.github.gcmkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901): the place of one value in a document, such as {@code
 * /charter/governance/coChairs/1}. Because gcmkit's format names its fields after the model's
 * attributes, a pointer names one element of the model as well as one value of its canonical JSON
 * form; it is how findings, reading problems, statements and baselines say where.
 *
 * <p>A pointer is a list of reference tokens, written each after a {@code /} with {@code ~} escaped
 * as {@code ~0} and {@code /} as {@code ~1}; the empty pointer {@code ""} is the whole document.
 * {@link #toString()} gives that text and {@link #parse(String)} reads it back. Pointers are ordered
 * token by token, array indices first and by value, so that {@code /priorities/2} comes before
 * {@code /priorities/10}.
 *
 * <p>Instances are immutable and thread-safe; equal pointers have equal text. This is a value of
 * the format rather than of the documents, so it is not one of the model's Immutables types: its
 * text is its whole state.
 */
public final class JsonPointer implements Comparable<JsonPointer> {

  private static final JsonPointer ROOT = new JsonPointer("");

  /** The tag of a name token in a {@link #sortKey()}: after every array index's. */
  private static final byte NAME = 11;

  /** In a {@link #sortKey()}, before a name's character up to U+000C. */
  private static final int ESCAPE_LOW = 12;

  /** In a {@link #sortKey()}, before a name's character from U+00FF, in two bytes. */
  private static final int ESCAPE_HIGH = 0xff;

  private final String text;

  private JsonPointer(String text) {
    this.text = text;
  }

  /** The empty pointer {@code ""}: the whole document. */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * The pointer written {@code text}: empty, or reference tokens each after a {@code /}.
   *
   * @throws IllegalArgumentException if {@code text} is not empty and does not start with {@code
   *     /}, or has a {@code ~} followed by anything other than {@code 0} or {@code 1}
   */
  public static JsonPointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    checkArgument(
        text.charAt(0) == '/', "pointer: '%s' is not a JSON Pointer (it is empty or starts with '/')", text);
    for (int i = text.indexOf('~'); i >= 0; i = text.indexOf('~', i + 1)) {
      checkArgument(
          i + 1 < text.length() && (text.charAt(i + 1) == '0' || text.charAt(i + 1) == '1'),
          "pointer: '%s' is not a JSON Pointer ('~' must be followed by 0 or 1)",
          text);
    }
    return new JsonPointer(text);
  }

  /** The pointer to the member {@code name} of the object here; {@code name} is escaped. */
  public JsonPointer member(String name) {
    return new JsonPointer(text + "/" + escape(name));
  }

  /**
   * The pointer to item {@code index} of the array here.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public JsonPointer item(int index) {
    checkArgument(index >= 0, "index: %s is negative", index);
    return new JsonPointer(text + "/" + index);
  }

  /** The pointer to {@code relative} taken from the value here: this pointer's tokens, then its. */
  public JsonPointer append(JsonPointer relative) {
    if (relative.isRoot()) {
      return this;
    }
    return isRoot() ? relative : new JsonPointer(text + relative.text);
  }

  /** Whether this is the empty pointer, the whole document. */
  public boolean isRoot() {
    return text.isEmpty();
  }

  /** The reference tokens, unescaped: {@code [charter, governance, coChairs, 1]}. */
  public ImmutableList<String> tokens() {
    if (isRoot()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> tokens = ImmutableList.builder();
    int start = 1;
    while (true) {
      int slash = text.indexOf('/', start);
      int end = slash < 0 ? text.length() : slash;
      tokens.add(unescape(text.substring(start, end)));
      if (slash < 0) {
        return tokens.build();
      }
      start = slash + 1;
    }
  }

  /** The pointer to the value that holds this one; empty for the whole document. */
  public Optional<JsonPointer> parent() {
    if (isRoot()) {
      return Optional.empty();
    }
    int slash = text.lastIndexOf('/');
    return Optional.of(slash == 0 ? ROOT : new JsonPointer(text.substring(0, slash)));
  }

  /**
   * Whether this pointer is {@code prefix} or lies below it: {@code /governance/meetings/frequency}
   * starts with {@code /governance/meetings} and with {@code ""}, not with {@code /governance/meet}.
   */
  public boolean startsWith(JsonPointer prefix) {
    return text.startsWith(prefix.text)
        && (text.length() == prefix.text.length() || text.charAt(prefix.text.length()) == '/');
  }

  /**
   * This pointer relative to {@code prefix}: {@code /charter/mission} relative to {@code /charter}
   * is {@code /mission}; empty if this pointer does not {@link #startsWith(JsonPointer) start with}
   * it.
   */
  public Optional<JsonPointer> relativeTo(JsonPointer prefix) {
    if (!startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.of(prefix.isRoot() ? this : parse(text.substring(prefix.text.length())));
  }

  /**
   * The array index the token at {@code position} (from 0) spells, if it spells one: digits without
   * a leading zero that fit an {@code int}.
   */
  public Optional<Integer> index(int position) {
    if (position < 0 || isRoot()) {
      return Optional.empty();
    }
    int start = 1;
    for (int i = 0; i < position; i++) {
      int slash = text.indexOf('/', start);
      if (slash < 0) {
        return Optional.empty();
      }
      start = slash + 1;
    }
    int end = tokenEnd(text, start);
    return isIndex(text, start, end) ? Optional.of(Integer.parseInt(text, start, end, 10)) : Optional.empty();
  }

  /** The pointer with every token that spells an array index replaced by {@code *}. */
  public JsonPointer withoutIndices() {
    StringBuilder masked = new StringBuilder(text.length());
    for (String token : tokens()) {
      masked.append('/').append(isIndex(token) ? "*" : escape(token));
    }
    return new JsonPointer(masked.toString());
  }

  /** {@code name} as one reference token: {@code ~} becomes {@code ~0} and {@code /} {@code ~1}. */
  public static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }

  private static boolean isIndex(String token) {
    return isIndex(token, 0, token.length());
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

  /**
   * Orders pointers token by token: an array index before a name, indices by value, names as
   * strings; a pointer before the pointers below it. Compares the texts in place from the token
   * where they first differ, so that sorting many pointers allocates nothing.
   */
  @Override
  public int compareTo(JsonPointer other) {
    String a = text;
    String b = other.text;
    if (a.isEmpty() || b.isEmpty()) {
      return Integer.compare(a.length(), b.length());
    }
    int common = Math.min(a.length(), b.length());
    int same = 0;
    while (same < common && a.charAt(same) == b.charAt(same)) {
      same++;
    }
    if (same == a.length() && same == b.length()) {
      return 0;
    }
    // Both start with '/' and agree before `same`: the token that differs starts at the same place.
    int startA = a.lastIndexOf('/', same - 1) + 1;
    int startB = startA;
    while (true) {
      int endA = tokenEnd(a, startA);
      int endB = tokenEnd(b, startB);
      int c = compareTokens(a, startA, endA, b, startB, endB);
      if (c != 0) {
        return c;
      }
      if (endA == a.length() || endB == b.length()) {
        return Integer.compare(a.length() - endA, b.length() - endB);
      }
      startA = endA + 1;
      startB = endB + 1;
    }
  }

  private static boolean hasTilde(String text, int start, int end) {
    int tilde = text.indexOf('~', start);
    return tilde >= 0 && tilde < end;
  }

  private static int tokenEnd(String text, int start) {
    int slash = text.indexOf('/', start);
    return slash < 0 ? text.length() : slash;
  }

  private static int compareTokens(String a, int startA, int endA, String b, int startB, int endB) {
    boolean indexA = isIndex(a, startA, endA);
    boolean indexB = isIndex(b, startB, endB);
    if (indexA != indexB) {
      return indexA ? -1 : 1;
    }
    if (indexA && endA - startA != endB - startB) {
      return Integer.compare(endA - startA, endB - startB);
    }
    if (hasTilde(a, startA, endA) || hasTilde(b, startB, endB)) {
      return unescape(a.substring(startA, endA)).compareTo(unescape(b.substring(startB, endB)));
    }
    int length = Math.min(endA - startA, endB - startB);
    for (int i = 0; i < length; i++) {
      int c = Character.compare(a.charAt(startA + i), b.charAt(startB + i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(endA - startA, endB - startB);
  }

  /**
   * The pointer spelled as bytes so that comparing spellings with {@link
   * java.util.Arrays#compareUnsigned(byte[], byte[])} orders pointers as {@link #compareTo} does;
   * for sorting many pointers, one key made for each and compared without looking at tokens again.
   * A new array each time, the caller's own.
   *
   * <p>Each token is a tag and its content, the tag standing where the token's {@code /} stands:
   * an array index's tag is its number of digits (1 to 10), followed by the digits; a name's tag
   * is 11, followed by its unescaped characters, each one byte from U+000D to U+00FE, else 12 and
   * the character (up to U+000C), or 255 and its two bytes (from U+00FF). A name's content is thus
   * greater than any tag, so that a token ends before the tokens it begins. A pointer of plain
   * ISO 8859-1 text, which most are, has a key as long as its text.
   */
  public byte[] sortKey() {
    if (text.isEmpty()) {
      return new byte[0];
    }
    byte[] key = text.getBytes(StandardCharsets.ISO_8859_1);
    int slash = 0;
    for (int i = 1; ; i++) {
      if (i == key.length || key[i] == '/') {
        // The bytes are the characters one for one (ISO 8859-1, a wider one as '?').
        key[slash] = isIndex(text, slash + 1, i) ? (byte) (i - slash - 1) : NAME;
        if (i == key.length) {
          return key;
        }
        slash = i;
      } else {
        int b = key[i] & 0xff;
        // Escapes, characters that a name spells in two or three bytes, and '?', which may stand for
        // a character beyond ISO 8859-1.
        if (b <= ESCAPE_LOW || b == ESCAPE_HIGH || b == '~' || b == '?') {
          return spelledSortKey();
        }
      }
    }
  }

  /** {@link #sortKey()} of a pointer with escapes, or characters below U+000D or beyond U+00FE. */
  private byte[] spelledSortKey() {
    // At most three bytes a character: a name's character beyond U+00FE.
    byte[] key = new byte[text.length() * 3];
    int k = 0;
    int start = 1;
    while (true) {
      int slash = text.indexOf('/', start);
      int end = slash < 0 ? text.length() : slash;
      if (isIndex(text, start, end)) {
        key[k++] = (byte) (end - start);
        for (int i = start; i < end; i++) {
          key[k++] = (byte) text.charAt(i);
        }
      } else {
        key[k++] = NAME;
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          if (c == '~' && i + 1 < end) {
            c = text.charAt(++i) == '1' ? '/' : '~';
          }
          if (c <= ESCAPE_LOW) {
            key[k++] = ESCAPE_LOW;
            key[k++] = (byte) c;
          } else if (c >= ESCAPE_HIGH) {
            key[k++] = (byte) ESCAPE_HIGH;
            key[k++] = (byte) (c >> 8);
            key[k++] = (byte) c;
          } else {
            key[k++] = (byte) c;
          }
        }
      }
      if (slash < 0) {
        return Arrays.copyOf(key, k);
      }
      start = slash + 1;
    }
  }

  /** The pointer's text, as RFC 6901 writes it: {@code ""} for the whole document. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof JsonPointer that && text.equals(that.text));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
