package io.github.gcmkit.benchmarks;

import java.io.OutputStream;

/**
 * An output stream that keeps nothing but the count of bytes written to it, so that writing
 * benchmarks measure the writer rather than the growth of a buffer. Every byte still goes through
 * the writer's encoding and buffering, as it would on its way to a file.
 */
final class Sink extends OutputStream {

  private long size;

  @Override
  public void write(int b) {
    size++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    size += len;
  }

  /** The bytes written so far. */
  long size() {
    return size;
  }
}
