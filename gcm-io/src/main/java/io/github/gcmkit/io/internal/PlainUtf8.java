package io.github.gcmkit.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether the UTF-8 bytes of a string are exactly what Jackson's generator of UTF-8 JSON writes
 * between the quotes of that string, so that they can be copied as they are instead of being
 * encoded again a character at a time.
 *
 * <p>They are when none of them is a control character (below U+0020), a quote or a backslash
 * (which JSON escapes), and the string held no surrogate: a lone surrogate, which Jackson escapes
 * as {@code \\uXXXX} where {@link String#getBytes} puts a {@code ?}, or a pair, which Jackson
 * writes as four bytes or escapes depending on where a long string is cut into segments. So a
 * {@code ?} or the first byte of a four-byte sequence also sends the string to Jackson. Every
 * other character is one standard UTF-8 sequence in both. This holds for gcmkit's own JSON
 * factory only (no character escapes of an application's, nothing beyond ASCII escaped, the
 * forward slash as it is, the double quote as quote).
 */
final class PlainUtf8 {

  /**
   * The shortest string worth copying: below it, encoding the string to a new array, looking at
   * its bytes and copying them costs more than Jackson's own loop over its characters (measured
   * over the strings of a generated federation: copying every string took 0.87 of Jackson's time,
   * copying those of 16 to 48 characters and more about 0.74, as did 32).
   */
  static final int WORTH_COPYING = 32;

  /** Eight bytes at a time, in any order (only whether one of them is of a kind matters). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long CONTROLS = ONES * 0x20;
  private static final long FOUR_BYTE_LEADS = ONES * 0x10;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';
  private static final long QUESTION_MARKS = ONES * '?';

  /** The bytes that need care, one by one, for strings shorter than eight bytes. */
  private static final boolean[] CARE = new boolean[256];

  static {
    for (int b = 0; b < 256; b++) {
      CARE[b] = b < 0x20 || b == '"' || b == '\\' || b == '?' || b >= 0xF0;
    }
  }

  private PlainUtf8() {}

  /** Whether {@code utf8}, the UTF-8 bytes of a string, are written by JSON as they are. */
  static boolean isPlain(byte[] utf8) {
    int n = utf8.length;
    if (n < Long.BYTES) {
      for (byte b : utf8) {
        if (CARE[b & 0xFF]) {
          return false;
        }
      }
      return true;
    }
    int last = n - Long.BYTES;
    for (int i = 0; i < last; i += Long.BYTES) {
      if (needsCare((long) LONGS.get(utf8, i))) {
        return false;
      }
    }
    // The last eight bytes, overlapping those already looked at.
    return !needsCare((long) LONGS.get(utf8, last));
  }

  /** Whether one of the eight bytes of {@code x} needs care. */
  private static boolean needsCare(long x) {
    return (below(x, CONTROLS) | zero(x ^ QUOTES) | zero(x ^ BACKSLASHES) | zero(x ^ QUESTION_MARKS)
        | below(~x, FOUR_BYTE_LEADS)) != 0;
  }

  /** Non-zero exactly when a byte of {@code x} is zero. */
  private static long zero(long x) {
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /** Non-zero exactly when a byte of {@code x} is below the byte repeated in {@code bound} (at most 0x80). */
  private static long below(long x, long bound) {
    return (x - bound) & ~x & HIGH_BITS;
  }
}
