package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.DocumentPositions;
import io.github.gcmkit.io.Location;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The positions of a read document: the shape of its tree (member names, items) with the line and
 * column of every value, and none of its text, kept beside the model so that findings can be
 * located after the tree itself is gone.
 *
 * <p>Held flat, in breadth-first order, as four integers a value (line, column, the index of its
 * first member or item, their number) and the name of each member: a document of a hundred
 * thousand workstreams costs some twenty bytes a value, not an object each.
 */
public final class PositionTree implements DocumentPositions {

  private static final int LINE = 0;
  private static final int COLUMN = 1;
  private static final int FIRST = 2;
  private static final int COUNT = 3;
  private static final int WIDTH = 4;

  private final String source;
  private final int[] values;
  private final @Nullable String[] names;

  private PositionTree(String source, int[] values, @Nullable String[] names) {
    this.source = source;
    this.values = values;
    this.names = names;
  }

  /**
   * The positions recorded while reading a document from {@code source} where {@code lineOffset}
   * lines precede it (an NDJSON line's number less one).
   */
  static PositionTree of(String source, Positions positions, int lineOffset) {
    int total = positions.size();
    int[] values = new int[WIDTH * total];
    @Nullable String[] names = new String[total];
    // Breadth first, so that the members or items of a value follow each other.
    int[] queue = new int[total];
    int head = 0;
    int tail = 0;
    queue[tail++] = 0;
    int size = 1;
    for (int at = 0; head < tail; at++) {
      int value = queue[head++];
      values[at * WIDTH + LINE] = positions.line(value) + lineOffset;
      values[at * WIDTH + COLUMN] = positions.column(value);
      values[at * WIDTH + FIRST] = size;
      int count = positions.count(value);
      values[at * WIDTH + COUNT] = count;
      int child = positions.first(value);
      for (int i = 0; i < count; i++, child = positions.next(child)) {
        names[size++] = positions.name(child);
        queue[tail++] = child;
      }
    }
    return new PositionTree(source, values, names);
  }

  @Override
  public Optional<Location> locate(String pointer) {
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer: '" + pointer + "' is not a JSON Pointer");
    }
    int node = 0;
    int start = 1;
    while (!pointer.isEmpty() && start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      int child = child(node, unescape(pointer.substring(start, end)));
      if (child < 0) {
        break;
      }
      node = child;
      start = end + 1;
    }
    return Optional.of(new Location(source, values[node * WIDTH + LINE], values[node * WIDTH + COLUMN]));
  }

  /** The member or item of {@code node} that {@code token} names, or -1. */
  private int child(int node, String token) {
    int first = values[node * WIDTH + FIRST];
    int count = values[node * WIDTH + COUNT];
    if (count == 0) {
      return -1;
    }
    if (names[first] != null) {
      for (int i = first; i < first + count; i++) {
        if (token.equals(names[i])) {
          return i;
        }
      }
      return -1;
    }
    int index = index(token);
    return index >= 0 && index < count ? first + index : -1;
  }

  private static String unescape(String token) {
    return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
  }

  /** The array index {@code token} is (digits without a leading zero), or -1. */
  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
