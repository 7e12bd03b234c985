package io.github.gcmkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An output that compares what is written to it with the bytes of an input, a buffer at a time,
 * so that a document and its canonical form are compared without holding either whole.
 */
final class SameBytes extends OutputStream {

  private final InputStream expected;
  private final byte[] buffer = new byte[8192];
  private boolean same = true;

  SameBytes(InputStream expected) {
    this.expected = expected;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int done = 0;
    while (same && done < len) {
      int n = expected.readNBytes(buffer, 0, Math.min(buffer.length, len - done));
      if (n == 0) {
        same = false;
        return;
      }
      for (int i = 0; i < n; i++) {
        if (buffer[i] != b[off + done + i]) {
          same = false;
          return;
        }
      }
      done += n;
    }
  }

  /** Whether everything written so far matched, and the input has nothing more. */
  boolean sameAndComplete() throws IOException {
    return same && expected.read() < 0;
  }
}
