package io.github.gcmkit.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) built one step at a time while reading, and spelled out only when a
 * problem or an extension needs it: most values read have no problem, and building every
 * pointer's text would cost more than reading the value.
 */
public final class Path {

  /** The whole document. */
  public static final Path ROOT = new Path(null, "", -1);

  private final @Nullable Path parent;
  private final String name;
  private final int index;

  private Path(@Nullable Path parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The pointer whose text is {@code pointer}, such as {@code /event}. */
  public static Path of(String pointer) {
    return pointer.isEmpty() ? ROOT : new Path(null, pointer, -1);
  }

  /** The pointer to member {@code name} of the value here. */
  public Path member(String name) {
    return new Path(this, name, -1);
  }

  /** The pointer to item {@code index} of the array here. */
  public Path item(int index) {
    return new Path(this, "", index);
  }

  /** The pointer's text. */
  @Override
  public String toString() {
    if (parent == null) {
      return name;
    }
    StringBuilder text = new StringBuilder();
    append(text);
    return text.toString();
  }

  private void append(StringBuilder text) {
    if (parent == null) {
      text.append(name);
      return;
    }
    parent.append(text);
    text.append('/');
    if (index >= 0) {
      text.append(index);
    } else {
      text.append(Pointer.escape(name));
    }
  }
}
