package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.regex.Pattern;

/** JSON Pointer helpers: checking, ordering, and splitting off a federation's network prefix. */
final class Pointers {

  /**
   * Orders pointers segment by segment, numbers by value, so that {@code /priorities/2} comes
   * before {@code /priorities/10}.
   */
  static final Comparator<String> ORDER = Pointers::compare;

  private static final String NETWORKS = "/networks/";
  private static final Pattern INDEX = Pattern.compile("(?<=/)(0|[1-9][0-9]*)(?=/|$)");

  private Pointers() {}

  /** Checks that {@code pointer} is a JSON Pointer: empty, or starting with '/'. */
  static String check(String pointer) {
    checkArgument(
        pointer.isEmpty() || pointer.startsWith("/"),
        "pointer: '%s' is not a JSON Pointer (it is empty or starts with '/')",
        pointer);
    return pointer;
  }

  /** The index of the network a federation pointer starts with, or -1. */
  static int networkIndex(String pointer) {
    int end = networkPrefixEnd(pointer);
    return end < 0 ? -1 : Integer.parseInt(pointer, NETWORKS.length(), end, 10);
  }

  /** The rest of a federation pointer after its {@code /networks/<i>} prefix. */
  static String afterNetwork(String pointer) {
    int end = networkPrefixEnd(pointer);
    return end < 0 ? pointer : pointer.substring(end);
  }

  /**
   * Where the {@code /networks/<i>} prefix of {@code pointer} ends, or -1 if it has none: the
   * index is a number without leading zeros that fits an int, followed by '/' or the end.
   */
  private static int networkPrefixEnd(String pointer) {
    if (!pointer.startsWith(NETWORKS)) {
      return -1;
    }
    int start = NETWORKS.length();
    int end = start;
    while (end < pointer.length() && pointer.charAt(end) >= '0' && pointer.charAt(end) <= '9') {
      end++;
    }
    boolean number = end > start && end - start <= 9 && (end - start == 1 || pointer.charAt(start) != '0');
    return number && (end == pointer.length() || pointer.charAt(end) == '/') ? end : -1;
  }

  /** The pointer with every array index replaced by {@code *}. */
  static String withoutIndices(String pointer) {
    return INDEX.matcher(pointer).replaceAll("*");
  }

  /**
   * The segments of {@code pointer}, split once so that sorting many pointers compares arrays
   * rather than splitting the same text at every comparison.
   */
  static String[] segments(String pointer) {
    return pointer.split("/", -1);
  }

  /** Compares pointers split by {@link #segments(String)}, in the order of {@link #ORDER}. */
  static int compare(String[] left, String[] right) {
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int c = compareSegment(left[i], right[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compare(String a, String b) {
    return compare(segments(a), segments(b));
  }

  private static int compareSegment(String a, String b) {
    boolean aNumber = isIndex(a);
    boolean bNumber = isIndex(b);
    if (aNumber && bNumber) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    if (aNumber != bNumber) {
      return aNumber ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String segment) {
    int length = segment.length();
    if (length == 0 || (length > 1 && segment.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
