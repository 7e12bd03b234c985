package io.github.gcmkit.io.render;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A render's text on its way to the output: appended to a buffer that is passed on each time it
 * holds a few thousand characters, so that a render of any size is never held whole.
 */
final class Chunks {

  /** The characters held before they are passed on. */
  private static final int SIZE = 8_192;

  private final Appendable out;
  private final StringBuilder buffer = new StringBuilder(SIZE * 2);

  Chunks(Appendable out) {
    this.out = out;
  }

  /** The buffer to append to; {@link #pass()} after each piece. */
  StringBuilder text() {
    return buffer;
  }

  /** Passes the buffer on if it holds a chunk. */
  void pass() {
    if (buffer.length() >= SIZE) {
      end();
    }
  }

  /**
   * Passes on what the buffer holds.
   *
   * @throws UncheckedIOException if the output fails
   */
  void end() {
    try {
      out.append(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer.setLength(0);
  }
}
