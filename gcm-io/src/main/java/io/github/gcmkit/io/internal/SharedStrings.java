package io.github.gcmkit.io.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The strings of one document, each held once however often it recurs: an organisation's code, a
 * status, a date, a sentence a federation's networks share. A string is looked up from the parser's
 * characters, so that a repeat costs neither a new {@code String} nor a second copy in the model.
 *
 * <p>Bounded whatever the input: strings longer than {@value #LONGEST} characters are not shared,
 * the table stops growing at {@value #MOST} strings, and a look-up gives up after {@value #PROBES}
 * probes (so that strings crafted to share a hash cost no more than distinct ones).
 *
 * <p>Each slot keeps its string's hash beside it, so that a probe of another string reads no
 * string, and a copy of its characters, up to {@value #COPIED} characters in all, so that a
 * repeat is told equal by comparing two arrays (which the JIT does many characters at a time)
 * rather than character by character through {@link String#charAt} (dear for a string that
 * holds characters beyond Latin-1, such as a French text's typographic apostrophes).
 *
 * <p>While it hashes, the table notes whether the characters hold any surrogate ({@link
 * #surrogates()}), so that the check for a lone one runs only on the few strings that may have one.
 */
final class SharedStrings {

  /** Strings longer than this are not shared: they seldom recur, and comparing them costs. */
  static final int LONGEST = 4_096;

  /** The most strings the table holds (a power of two). */
  private static final int MOST = 1 << 16;

  /** How many slots a look-up tries before it gives up. */
  private static final int PROBES = 8;

  /** The most characters copied for comparing, in all (the copies live as long as the table). */
  static final int COPIED = 1 << 20;

  private String[] slots = new String[256];
  private int[] hashes = new int[256];
  private char[][] copies = new char[256][];
  private int copied;
  private int size;
  private boolean surrogates;

  /** The string of {@code length} characters of {@code chars} from {@code offset}, shared. */
  String of(char[] chars, int offset, int length) {
    int hash = 0;
    int surrogate = 0;
    int i = offset;
    int end = offset + length;
    // String's own hash, four characters a step: one multiplication waits on the last, not four.
    for (; i + 3 < end; i += 4) {
      char a = chars[i];
      char b = chars[i + 1];
      char c = chars[i + 2];
      char d = chars[i + 3];
      hash = 923_521 * hash + 29_791 * a + 961 * b + 31 * c + d;
      surrogate |= surrogate(a) | surrogate(b) | surrogate(c) | surrogate(d);
    }
    for (; i < end; i++) {
      char c = chars[i];
      hash = 31 * hash + c;
      surrogate |= surrogate(c);
    }
    surrogates = surrogate != 0;
    if (length > LONGEST) {
      return new String(chars, offset, length);
    }
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
      String known = slots[slot];
      if (known == null) {
        String s = new String(chars, offset, length);
        add(slot, s, hash, chars, offset);
        return s;
      }
      if (hashes[slot] == hash && same(slot, known, chars, offset, length)) {
        return known;
      }
    }
    return new String(chars, offset, length);
  }

  /**
   * {@code s}, or an equal string met before: for parsers that hold a scalar as a {@code String}
   * already (YAML's), whose characters are not scanned, so that {@link #surrogates()} is then true.
   */
  String of(String s) {
    surrogates = true;
    if (s.length() > LONGEST) {
      return s;
    }
    int hash = s.hashCode();
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
      String known = slots[slot];
      if (known == null) {
        add(slot, s, hash, null, 0);
        return s;
      }
      if (hashes[slot] == hash && known.equals(s)) {
        return known;
      }
    }
    return s;
  }

  /**
   * Whether the last string looked up may hold a surrogate, paired or not: false only when its
   * characters were scanned and hold none.
   */
  boolean surrogates() {
    return surrogates;
  }

  /**
   * Puts {@code s}, of hash {@code hash}, in {@code slot}, with a copy of its characters (from
   * {@code chars} at {@code offset}) while the copies' budget lasts.
   */
  private void add(int slot, String s, int hash, char @Nullable [] chars, int offset) {
    if (size >= MOST) {
      return;
    }
    slots[slot] = s;
    hashes[slot] = hash;
    if (chars != null && copied + s.length() <= COPIED) {
      copies[slot] = Arrays.copyOfRange(chars, offset, offset + s.length());
      copied += s.length();
    }
    size++;
    if (size * 2 > slots.length && slots.length < MOST * 2) {
      grow();
    }
  }

  private void grow() {
    String[] oldSlots = slots;
    int[] oldHashes = hashes;
    char[][] oldCopies = copies;
    slots = new String[oldSlots.length * 2];
    hashes = new int[slots.length];
    copies = new char[slots.length][];
    int mask = slots.length - 1;
    size = 0;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] == null) {
        continue;
      }
      int slot = spread(oldHashes[i]) & mask;
      for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
        if (slots[slot] == null) {
          slots[slot] = oldSlots[i];
          hashes[slot] = oldHashes[i];
          copies[slot] = oldCopies[i];
          size++;
          break;
        }
      }
      // A string that finds no slot within its probes is simply no longer shared.
    }
  }

  /** 1 if {@code c} is a surrogate (U+D800 to U+DFFF), else 0. */
  private static int surrogate(char c) {
    return (c & 0xF800) == 0xD800 ? 1 : 0;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** Whether the string in {@code slot}, {@code known}, has the {@code length} characters at {@code offset}. */
  private boolean same(int slot, String known, char[] chars, int offset, int length) {
    char[] copy = copies[slot];
    if (copy != null) {
      // The string itself is not read: its copy says all.
      return Arrays.equals(copy, 0, copy.length, chars, offset, offset + length);
    }
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
