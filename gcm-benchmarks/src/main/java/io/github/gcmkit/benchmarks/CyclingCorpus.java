package io.github.gcmkit.benchmarks;

import java.io.InputStream;
import java.util.List;

/**
 * An NDJSON corpus of any size made on the fly: the given lines over and over, whole lines only,
 * until at least {@code size} bytes have been read. Nothing but the lines is held in memory.
 */
final class CyclingCorpus extends InputStream {

  private final List<byte[]> lines;
  private final long size;
  private long delivered;
  private int line;
  private int offset;

  CyclingCorpus(List<byte[]> lines, long size) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("lines: a corpus needs at least one line");
    }
    this.lines = List.copyOf(lines);
    this.size = size;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (offset == 0 && delivered >= size) {
      return -1;
    }
    byte[] current = lines.get(line);
    int n = Math.min(len, current.length - offset);
    System.arraycopy(current, offset, buffer, off, n);
    offset += n;
    delivered += n;
    if (offset == current.length) {
      offset = 0;
      line = (line + 1) % lines.size();
    }
    return n;
  }

  /** The bytes read so far. */
  long delivered() {
    return delivered;
  }
}
