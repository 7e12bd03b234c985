package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.DocumentPositions;
import io.github.gcmkit.io.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The positions of a read document: the shape of its tree (member names, items) with the line and
 * column of every value, and none of its text, kept beside the model so that findings can be
 * located after the tree itself is gone.
 *
 * <p>Held as bytes, in breadth-first order (so that the members or items of a value follow each
 * other): a value is a record of four variable-length numbers — its line as a difference from the
 * previous value's, its column, its number of members or items (plus one; zero for a scalar), and
 * the number of its member name (plus one; zero for an item) in a table where each name is kept
 * once when it recurs. Every {@value #SAMPLE}th value is indexed (where its record starts, its line,
 * the index of the first member or item of the next value that has some), so that reaching any
 * value decodes at most {@value #SAMPLE} records. A document of a hundred thousand workstreams costs
 * some six bytes a value, with neither an object nor a name repeated per value.
 */
public final class PositionTree implements DocumentPositions {

  /** How many values share one entry of the index. */
  private static final int SAMPLE = 32;

  /** How many recent names are remembered to be shared when they recur (a power of two). */
  private static final int RECENT_NAMES = 1024;

  private final String source;
  private final byte[] records;
  private final String[] names;
  private final int[] sampleOffset;
  private final int[] sampleLine;
  private final int[] sampleFirst;

  private PositionTree(String source, byte[] records, String[] names, int[] sampleOffset, int[] sampleLine,
      int[] sampleFirst) {
    this.source = source;
    this.records = records;
    this.names = names;
    this.sampleOffset = sampleOffset;
    this.sampleLine = sampleLine;
    this.sampleFirst = sampleFirst;
  }

  /**
   * The positions recorded while reading a document from {@code source} where {@code lineOffset}
   * lines precede it (an NDJSON line's number less one).
   */
  static PositionTree of(String source, Positions positions, int lineOffset) {
    Encoder encoder = new Encoder();
    // Breadth first, so that the members or items of a value follow each other.
    int[] queue = new int[positions.size()];
    int head = 0;
    int tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
      int value = queue[head++];
      int count = positions.count(value);
      int child = positions.first(value);
      for (int i = 0; i < count; i++, child = positions.next(child)) {
        queue[tail++] = child;
      }
      encoder.add(positions.line(value) + lineOffset, positions.column(value), count, positions.name(value));
    }
    return encoder.finish(source);
  }

  /** Appends records in breadth-first order and builds the index. */
  private static final class Encoder {
    private byte[] bytes = new byte[256];
    private int length;
    private int values;
    private int previousLine;
    private long nextFirst = 1;
    private final List<String> names = new ArrayList<>();
    private final String[] recent = new String[RECENT_NAMES];
    private final int[] recentIds = new int[RECENT_NAMES];
    private int[] sampleOffset = new int[16];
    private int[] sampleLine = new int[16];
    private int[] sampleFirst = new int[16];

    /** Adds a value: {@code count} is its number of members or items, -1 for a scalar. */
    void add(int line, int column, int count, @Nullable String name) {
      if (values % SAMPLE == 0) {
        int sample = values / SAMPLE;
        if (sample == sampleOffset.length) {
          sampleOffset = Arrays.copyOf(sampleOffset, sample * 2);
          sampleLine = Arrays.copyOf(sampleLine, sample * 2);
          sampleFirst = Arrays.copyOf(sampleFirst, sample * 2);
        }
        sampleOffset[sample] = length;
        sampleLine[sample] = previousLine;
        sampleFirst[sample] = (int) nextFirst;
      }
      put(zigzag(line - previousLine));
      put(column);
      put(count + 1);
      put(name == null ? 0 : nameId(name) + 1);
      previousLine = line;
      nextFirst += Math.max(count, 0);
      values++;
    }

    private int nameId(String name) {
      int slot = name.hashCode() & (RECENT_NAMES - 1);
      if (name.equals(recent[slot])) {
        return recentIds[slot];
      }
      recent[slot] = name;
      recentIds[slot] = names.size();
      names.add(name);
      return names.size() - 1;
    }

    private void put(int number) {
      if (length + 5 > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 3 / 2, length + 5));
      }
      int rest = number;
      while ((rest & ~0x7F) != 0) {
        bytes[length++] = (byte) ((rest & 0x7F) | 0x80);
        rest >>>= 7;
      }
      bytes[length++] = (byte) rest;
    }

    PositionTree finish(String source) {
      int samples = (values + SAMPLE - 1) / SAMPLE;
      return new PositionTree(source, Arrays.copyOf(bytes, length), names.toArray(String[]::new),
          Arrays.copyOf(sampleOffset, samples), Arrays.copyOf(sampleLine, samples), Arrays.copyOf(sampleFirst, samples));
    }

    private static int zigzag(int n) {
      return (n << 1) ^ (n >> 31);
    }
  }

  /** One value's record, decoded. */
  private static final class Cursor {
    int offset;
    int line;
    int column;
    /** The number of members or items, or -1 for a scalar. */
    int count;
    /** The index of the member name, or -1 for an item or the document itself. */
    int name;
    /** The index of the first member or item of this value (if it has any). */
    int first;
  }

  /** Decodes the record of the value at {@code index} (breadth-first) into {@code at}. */
  private void seek(int index, Cursor at) {
    int sample = index / SAMPLE;
    at.offset = sampleOffset[sample];
    at.line = sampleLine[sample];
    at.first = sampleFirst[sample];
    next(at);
    for (int i = sample * SAMPLE; i < index; i++) {
      at.first += Math.max(at.count, 0);
      next(at);
    }
  }

  /** Decodes the record that starts at {@code at.offset}, moving past it. */
  private void next(Cursor at) {
    int delta = varint(at);
    at.line += (delta >>> 1) ^ -(delta & 1);
    at.column = varint(at);
    at.count = varint(at) - 1;
    at.name = varint(at) - 1;
  }

  private int varint(Cursor at) {
    int number = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = records[at.offset++];
      number |= (b & 0x7F) << shift;
      if (b >= 0) {
        return number;
      }
    }
  }

  @Override
  public Optional<Location> locate(String pointer) {
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer: '" + pointer + "' is not a JSON Pointer");
    }
    Cursor node = new Cursor();
    seek(0, node);
    int start = 1;
    while (!pointer.isEmpty() && start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      Cursor child = child(node, unescape(pointer.substring(start, end)));
      if (child == null) {
        break;
      }
      node = child;
      start = end + 1;
    }
    return Optional.of(Location.of(source, node.line, node.column));
  }

  /** The member or item of {@code node} that {@code token} names, or {@code null}. */
  private @Nullable Cursor child(Cursor node, String token) {
    if (node.count <= 0) {
      return null;
    }
    Cursor child = new Cursor();
    seek(node.first, child);
    if (child.name >= 0) {
      for (int i = 0; i < node.count; i++) {
        if (i > 0) {
          child.first += Math.max(child.count, 0);
          next(child);
        }
        if (token.equals(names[child.name])) {
          return child;
        }
      }
      return null;
    }
    int index = index(token);
    if (index < 0 || index >= node.count) {
      return null;
    }
    if (index > 0) {
      seek(node.first + index, child);
    }
    return child;
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
