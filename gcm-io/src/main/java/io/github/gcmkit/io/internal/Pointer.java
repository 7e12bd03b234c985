package io.github.gcmkit.io.internal;

/** Builds JSON Pointers (RFC 6901) one step at a time. */
public final class Pointer {

  private Pointer() {}

  /** The pointer to member {@code name} of the value at {@code base}. */
  public static String member(String base, String name) {
    return base + "/" + escape(name);
  }

  /** {@code name} as one token of a JSON Pointer: {@code ~} becomes {@code ~0} and {@code /} {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to item {@code index} of the array at {@code base}. */
  public static String item(String base, int index) {
    return base + "/" + index;
  }
}
