package io.github.gcmkit.io.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;

/**
 * The bytes of a JSON document checked as strict UTF-8 as Jackson's byte parser reads them, so that
 * the parser works on bytes and no document is decoded twice: a byte order mark at the start is
 * dropped, bytes that are not UTF-8 (overlong forms, surrogates, values past U+10FFFF, broken
 * sequences) and more bytes than the limit fail with a {@link Utf8Input.Failure} that says where.
 *
 * <p>The parser counts columns in bytes; people and editors count characters (UTF-16 units, as
 * SARIF does). While it checks the bytes, this stream notes every character of several bytes, and
 * {@link #column(TokenStreamLocation)} turns the parser's column into the character column. Only
 * the characters between the parser's last location and what it has read ahead are held.
 *
 * <p>The bytes read are also kept (up to a limit), so that the document
 * can be read again from {@link #rest()}.
 */
final class Utf8Bytes extends InputStream implements Columns {

  /** Eight bytes at a time, in any order (only whether one of them is of a kind matters). */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long QUOTES = ONES * '"';
  private static final long LINE_FEEDS = ONES * '\n';

  private final InputStream in;
  private final long limit;
  private final long mostKept;

  /** Bytes read from {@code in} but not yet given out (the first few, looked at for a byte order mark). */
  private byte[] pending = new byte[0];
  private int pendingAt;
  private boolean started;
  /** How many bytes of a byte order mark were dropped: offsets in problems count them, as the file does. */
  private int dropped;

  /** Bytes given out so far: the offset the parser's locations count from. */
  private long offset;
  /** The sequence being checked: how many continuation bytes it still needs, and its bounds. */
  private int needed;
  private int lowest = 0x80;
  private int highest = 0xBF;
  private long sequenceStart;
  private int sequenceExcess;
  /** Whether a quote came after the last character of several bytes (which then may not share its note). */
  private boolean quoted = true;

  /** Line and the offset where it starts, and the excess before it, to locate a bad byte. */
  private int line = 1;
  private long lineStart;
  private long excessAtLineStart;

  /** Characters of several bytes not yet passed by a location: where each starts, and the excess after it. */
  private long[] starts = new long[64];
  private long[] excesses = new long[64];
  private int head;
  private int tail;
  /** The excess of the characters already passed (bytes in them beyond the UTF-16 units they make). */
  private long excess;
  private long passedExcess;

  /** The line start last asked about, and the excess before it. */
  private long knownLineStart = -1;
  private long knownLineExcess;

  private List<byte[]> kept = new ArrayList<>();
  private boolean overflowed;
  private long keptBytes;

  /**
   * The bytes of {@code in}, failing after {@code limit} bytes; kept up to {@code mostKept} bytes (past
   * them, none are).
   */
  Utf8Bytes(InputStream in, long limit, long mostKept) {
    this.in = in;
    this.limit = limit;
    this.mostKept = mostKept;
  }

  /**
   * Whether the document's first bytes are ones that Jackson's parser of bytes would read as other
   * than UTF-8 text: a zero byte among the first four (taken for UTF-16 or UTF-32), or a second
   * byte order mark (skipped). Such a document is read as characters instead.
   */
  boolean misleadsByteParser() throws IOException {
    start();
    int n = pending.length - pendingAt;
    for (int i = pendingAt; i < pending.length; i++) {
      if (pending[i] == 0) {
        return true;
      }
    }
    return n >= 3 && (pending[pendingAt] & 0xFF) == 0xEF && (pending[pendingAt + 1] & 0xFF) == 0xBB
        && (pending[pendingAt + 2] & 0xFF) == 0xBF;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    start();
    int n;
    if (pendingAt < pending.length) {
      n = Math.min(length, pending.length - pendingAt);
      System.arraycopy(pending, pendingAt, buffer, from, n);
      pendingAt += n;
    } else {
      n = in.read(buffer, from, length);
      if (n < 0) {
        if (needed > 0) {
          throw badByte(sequenceStart);
        }
        return -1;
      }
    }
    if (offset + n > limit) {
      throw new Utf8Input.Failure(1, 1, Problems.said("limit.bytes", limit));
    }
    check(buffer, from, n);
    keep(buffer, from, n);
    offset += n;
    return n;
  }

  /** Reads the first bytes, and drops a byte order mark among them. */
  private void start() throws IOException {
    if (started) {
      return;
    }
    started = true;
    byte[] first = in.readNBytes(4);
    boolean mark = first.length >= 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB
        && (first[2] & 0xFF) == 0xBF;
    if (mark) {
      // The four bytes after the mark, as Jackson's parser looks at four.
      byte[] after = in.readNBytes(3);
      pending = Arrays.copyOf(Arrays.copyOfRange(first, 3, first.length), 1 + after.length);
      System.arraycopy(after, 0, pending, 1, after.length);
    } else {
      pending = first;
    }
    dropped = mark ? 3 : 0;
  }

  /** Checks the bytes as the continuation of what was read before, noting characters of several bytes. */
  private void check(byte[] buffer, int from, int n) throws Utf8Input.Failure {
    int end = from + n;
    for (int i = from; i < end; i++) {
      if (needed == 0) {
        i = ascii(buffer, i, end, from);
        if (i == end) {
          break;
        }
      }
      int u = buffer[i] & 0xFF;
      if (needed > 0) {
        if (u < lowest || u > highest) {
          throw badByte(sequenceStart);
        }
        lowest = 0x80;
        highest = 0xBF;
        if (--needed == 0) {
          note(sequenceStart, sequenceExcess);
        }
        continue;
      }
      long at = offset + (i - from);
      if (u >= 0xC2 && u <= 0xDF) {
        needed = 1;
        sequenceExcess = 1;
      } else if (u >= 0xE0 && u <= 0xEF) {
        needed = 2;
        sequenceExcess = 2;
        lowest = u == 0xE0 ? 0xA0 : 0x80; // no overlong form
        highest = u == 0xED ? 0x9F : 0xBF; // no surrogate
      } else if (u >= 0xF0 && u <= 0xF4) {
        needed = 3;
        sequenceExcess = 2; // four bytes make two UTF-16 units
        lowest = u == 0xF0 ? 0x90 : 0x80;
        highest = u == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
      } else {
        throw badByte(at);
      }
      sequenceStart = at;
    }
  }

  /**
   * Passes the one-byte characters from {@code i}, counting the lines they end and noting whether a
   * quote is among them; the index of the first byte of a wider character, or {@code end}. Eight
   * bytes are looked at together while none of them starts a wider character.
   */
  private int ascii(byte[] buffer, int from, int end, int bufferStart) {
    int i = from;
    long quotes = 0;
    while (i + Long.BYTES <= end) {
      long x = (long) LONGS.get(buffer, i);
      if ((x & HIGH_BITS) != 0) {
        break;
      }
      quotes |= zeroBytes(x ^ QUOTES);
      long feeds = zeroBytes(x ^ LINE_FEEDS);
      if (feeds != 0) {
        // The last line feed of the eight ends the line before the current one.
        lineFeeds(Long.bitCount(feeds), i - bufferStart + (63 - Long.numberOfLeadingZeros(feeds)) / 8);
      }
      i += Long.BYTES;
    }
    if (quotes != 0) {
      quoted = true;
    }
    for (; i < end; i++) {
      byte b = buffer[i];
      if (b < 0) {
        return i;
      }
      if (b == '\n') {
        lineFeeds(1, i - bufferStart);
      } else if (b == '"') {
        quoted = true;
      }
    }
    return end;
  }

  /** Counts {@code count} lines ended, the last by the line feed at {@code index} of the buffer being checked. */
  private void lineFeeds(int count, int index) {
    line += count;
    lineStart = offset + index + 1;
    excessAtLineStart = excess;
  }

  /**
   * A high bit set in each byte of {@code x} that is zero, and nowhere else; every byte of {@code x}
   * must be below 0x80 (no carry then crosses from one byte to the next).
   */
  private static long zeroBytes(long x) {
    return ~((x + LOW_BITS) | x) & HIGH_BITS;
  }

  /**
   * Notes a whole character of several bytes that starts at {@code at} and has {@code extra} bytes
   * more than its UTF-16 units. No location falls inside a string, and such a character is only
   * ever in a string (or the document is not JSON): two of them with no quote between are in one
   * string, so share one note, at the first of them, with the excess after the last.
   */
  private void note(long at, int extra) {
    excess += extra;
    if (!quoted && tail > head) {
      excesses[tail - 1] = excess;
      return;
    }
    quoted = false;
    if (tail == starts.length) {
      if (head > starts.length / 2) {
        System.arraycopy(starts, head, starts, 0, tail - head);
        System.arraycopy(excesses, head, excesses, 0, tail - head);
        tail -= head;
        head = 0;
      } else {
        starts = Arrays.copyOf(starts, starts.length * 2);
        excesses = Arrays.copyOf(excesses, excesses.length * 2);
      }
    }
    starts[tail] = at;
    excesses[tail] = excess;
    tail++;
  }

  /** How many notes of wide characters are held, for tests. */
  int pendingNotes() {
    return tail - head;
  }

  /** The failure of a character that is not UTF-8, starting at {@code at}, which is on the current line. */
  private Utf8Input.Failure badByte(long at) {
    long column = at - lineStart - (excessBefore(at) - excessAtLineStart) + 1;
    return new Utf8Input.Failure(line, (int) Math.min(Integer.MAX_VALUE, column), Problems.said("not-utf8", at + dropped));
  }

  /**
   * The character column of a location the parser gave: its byte column less the bytes that
   * characters of several bytes have beyond their UTF-16 units, between the start of its line and
   * it. Locations must come in the order of the document.
   */
  @Override
  public int column(TokenStreamLocation where) {
    long at = where.getByteOffset();
    int byteColumn = where.getColumnNr();
    if (at < 0 || byteColumn < 1) {
      return byteColumn;
    }
    long lineStartsAt = at - (byteColumn - 1);
    if (lineStartsAt != knownLineStart) {
      knownLineStart = lineStartsAt;
      knownLineExcess = excessBefore(lineStartsAt);
    }
    long before = excessBefore(at);
    // The characters before this location are passed: only the excess after the last one counts.
    while (head < tail && starts[head] < at) {
      passedExcess = excesses[head];
      head++;
    }
    return (int) (byteColumn - (before - knownLineExcess));
  }

  /** The excess of the characters that start before {@code at}. */
  private long excessBefore(long at) {
    long before = passedExcess;
    for (int i = head; i < tail && starts[i] < at; i++) {
      before = excesses[i];
    }
    return before;
  }

  private void keep(byte[] buffer, int from, int n) {
    if (overflowed) {
      return;
    }
    if (keptBytes + n > mostKept) {
      // Past the most kept, the document cannot be read again: what was kept is let go.
      overflowed = true;
      kept = new ArrayList<>();
      return;
    }
    kept.add(Arrays.copyOfRange(buffer, from, from + n));
    keptBytes += n;
  }

  /** Whether the bytes read so far were more than could be kept, so that they cannot be read again. */
  boolean overflowed() {
    return overflowed;
  }

  /** The document as it was given, byte order mark and all, unchecked: nothing of it must have been read. */
  InputStream asGiven() {
    List<InputStream> parts = new ArrayList<>();
    parts.add(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, dropped));
    parts.add(new ByteArrayInputStream(pending, pendingAt, pending.length - pendingAt));
    parts.add(unclosed(in));
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  private static InputStream unclosed(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // The caller's stream stays open.
      }
    };
  }

  /** The whole document again: the bytes kept, then the rest of the stream, unchecked. */
  InputStream rest() {
    List<InputStream> parts = new ArrayList<>();
    for (byte[] chunk : kept) {
      parts.add(new ByteArrayInputStream(chunk));
    }
    parts.add(new ByteArrayInputStream(pending, pendingAt, pending.length - pendingAt));
    parts.add(unclosed(in));
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  @Override
  public void close() {
    // The caller's stream stays open.
  }
}
