package io.github.gcmkit.rules.builtin;

import org.jspecify.annotations.Nullable;

/**
 * A part of a subject with its JSON Pointer relative to the subject. The pointer of a part found
 * under another ({@link #child}) is spelled out only when asked for: rules walk every activity and
 * stakeholder of every workplan, and most of them have nothing to report.
 *
 * @param <T> the part's type
 */
final class Located<T> {

  private final @Nullable Located<?> parent;
  private final String name;
  private final int index;
  private final T value;

  /** The part {@code value} at {@code pointer}. */
  Located(String pointer, T value) {
    this(null, pointer, -1, value);
  }

  private Located(@Nullable Located<?> parent, String name, int index, T value) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.value = value;
  }

  /** The part {@code value} at item {@code index} of this part's member {@code name}. */
  <U> Located<U> child(String name, int index, U value) {
    return new Located<>(this, name, index, value);
  }

  /** Another value at this part's pointer. */
  <U> Located<U> at(U value) {
    return new Located<>(this, "", -1, value);
  }

  /** Where the part is. */
  String pointer() {
    if (parent == null) {
      return name;
    }
    String base = parent.pointer();
    return name.isEmpty() ? base : base + "/" + name + "/" + index;
  }

  /** The part. */
  T value() {
    return value;
  }
}
