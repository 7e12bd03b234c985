package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.JsonPointer;

/** Builds JSON Pointers (RFC 6901) one step at a time. */
public final class Pointer {

  private Pointer() {}

  /** The pointer to member {@code name} of the value at {@code base}. */
  public static String member(String base, String name) {
    return base + "/" + escape(name);
  }

  /** {@code name} as one token of a JSON Pointer, as {@link JsonPointer#escape(String)} writes it. */
  static String escape(String name) {
    return JsonPointer.escape(name);
  }

  /** The pointer to item {@code index} of the array at {@code base}. */
  public static String item(String base, int index) {
    return base + "/" + index;
  }
}
