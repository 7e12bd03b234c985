package io.github.gcmkit.io.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values that a document's recurring texts stand for, each made once per document: a date such
 * as {@code 2025-06} or a plain text recurs throughout a federation, and its value is immutable, so
 * one instance serves every place it is written. Bounded whatever the input: past {@value #MOST}
 * texts, new values are made every time instead of kept.
 *
 * @param <V> the kind of value
 */
final class Recurring<V> {

  /** The most texts kept. */
  static final int MOST = 4_096;

  private final Map<String, V> made = new HashMap<>();

  /** The value made before for {@code text}, or {@code null}. */
  @Nullable V get(String text) {
    return made.get(text);
  }

  /** Keeps {@code value} as the value of {@code text}, room permitting, and returns it. */
  V keep(String text, V value) {
    if (made.size() < MOST) {
      made.put(text, value);
    }
    return value;
  }

  /** Forgets every value (what the texts stand for has changed). */
  void clear() {
    made.clear();
  }
}
