package io.github.gcmkit.io.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The line and column of every value of a document as it is read, in document order, with the
 * name of each member and the extent of each object and array: what {@link PositionTree} keeps
 * after reading, and what locates a broken invariant while reading.
 */
final class Positions {

  private int[] lines = new int[256];
  private int[] columns = new int[256];
  private int[] counts = new int[256];
  private int[] sizes = new int[256];
  private @Nullable String[] names = new String[256];
  private int size;
  private int[] open = new int[16];
  private int depth;

  /** Records a value at {@code line} and {@code column}, member {@code name} (null for an item). */
  int value(int line, int column, @Nullable String name) {
    if (size == lines.length) {
      int capacity = size * 2;
      lines = Arrays.copyOf(lines, capacity);
      columns = Arrays.copyOf(columns, capacity);
      counts = Arrays.copyOf(counts, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
      names = Arrays.copyOf(names, capacity);
    }
    int at = size++;
    lines[at] = line;
    columns[at] = column;
    counts[at] = -1;
    sizes[at] = 1;
    names[at] = name;
    if (depth > 0) {
      counts[open[depth - 1]]++;
    }
    return at;
  }

  /** Opens the object or array recorded at {@code at}: the values that follow are its own. */
  void open(int at) {
    counts[at] = 0;
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    open[depth++] = at;
  }

  /** Closes the innermost open object or array. */
  void close() {
    int at = open[--depth];
    sizes[at] = size - at;
  }

  /** The number of values recorded. */
  int size() {
    return size;
  }

  int line(int at) {
    return lines[at];
  }

  int column(int at) {
    return columns[at];
  }

  /** The number of members or items of the value at {@code at}; -1 for a scalar. */
  int count(int at) {
    return counts[at];
  }

  /** The name of the member at {@code at}, or null for an item or the document. */
  @Nullable String name(int at) {
    return names[at];
  }

  /** The first member or item of the value at {@code at} (if it has any). */
  int first(int at) {
    return at + 1;
  }

  /** The member or item after the one at {@code at}. */
  int next(int at) {
    return at + sizes[at];
  }

  /** The member or item of the closed value at {@code at} that {@code step} names, or -1. */
  int child(int at, String step) {
    int count = counts[at];
    int child = first(at);
    if (count <= 0) {
      return -1;
    }
    if (names[child] != null) {
      for (int i = 0; i < count; i++, child = next(child)) {
        if (step.equals(names[child])) {
          return child;
        }
      }
      return -1;
    }
    int index;
    try {
      index = Integer.parseInt(step);
    } catch (NumberFormatException e) {
      return -1;
    }
    if (index < 0 || index >= count) {
      return -1;
    }
    for (int i = 0; i < index; i++) {
      child = next(child);
    }
    return child;
  }
}
