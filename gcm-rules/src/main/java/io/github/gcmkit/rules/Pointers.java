package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON Pointer helpers: checking, ordering, and splitting off a federation's network prefix. */
final class Pointers {

  /**
   * Orders pointers segment by segment, numbers by value, so that {@code /priorities/2} comes
   * before {@code /priorities/10}.
   */
  static final Comparator<String> ORDER = Pointers::compare;

  private static final Pattern NETWORK_PREFIX = Pattern.compile("^/networks/(0|[1-9][0-9]*)(?=/|$)");
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
    Matcher m = NETWORK_PREFIX.matcher(pointer);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The rest of a federation pointer after its {@code /networks/<i>} prefix. */
  static String afterNetwork(String pointer) {
    Matcher m = NETWORK_PREFIX.matcher(pointer);
    return m.find() ? pointer.substring(m.end()) : pointer;
  }

  /** The pointer with every array index replaced by {@code *}. */
  static String withoutIndices(String pointer) {
    return INDEX.matcher(pointer).replaceAll("*");
  }

  private static int compare(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int c = compareSegment(left[i], right[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
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
    return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && (segment.length() == 1 || segment.charAt(0) != '0');
  }
}
