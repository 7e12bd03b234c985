package io.github.gcmkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A stream of bytes read as strict UTF-8, a buffer at a time, so that a document is never held
 * whole in memory as bytes: a byte order mark at the start is skipped, bytes that are not UTF-8
 * and more bytes than the limit fail with a {@link Failure} that says where.
 */
final class Utf8Input extends Reader {

  /** The input cannot be read as a document; the problem is located in the text read so far. */
  static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;
    final Problems.Said problem;

    Failure(int line, int column, Problems.Said problem) {
      super(problem.english());
      this.line = line;
      this.column = column;
      this.problem = problem;
    }
  }

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private final long limit;
  private final long longestLine;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private long read;
  private boolean end;
  private boolean flushed;
  private boolean started;
  private int pending = -1;
  private int line = 1;
  private int column = 1;

  /**
   * The text of {@code in}, failing after {@code limit} bytes or on a line longer than {@code
   * longestLine} characters.
   */
  Utf8Input(InputStream in, long limit, long longestLine) {
    this.in = in;
    this.limit = limit;
    this.longestLine = longestLine;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (pending >= 0) {
      buffer[offset] = (char) pending;
      pending = -1;
      return 1;
    }
    if (length == 1) {
      // A character beyond the Basic Multilingual Plane takes two chars: decode into room for both.
      char[] pair = new char[2];
      int n = read(pair, 0, 2);
      if (n == 2) {
        pending = pair[1];
      }
      if (n > 0) {
        buffer[offset] = pair[0];
        return 1;
      }
      return n;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, end);
      if (result.isError()) {
        count(buffer, offset, out.position());
        throw new Failure(line, column, Problems.said("not-utf8", read - bytes.remaining()));
      }
      if (result.isUnderflow()) {
        if (end) {
          decoder.flush(out);
          flushed = true;
        } else {
          fill();
        }
      }
      if (!started && out.position() > offset) {
        started = true;
        if (buffer[offset] == BYTE_ORDER_MARK) {
          System.arraycopy(buffer, offset + 1, buffer, offset, out.position() - offset - 1);
          out.position(out.position() - 1);
        }
      }
    }
    count(buffer, offset, out.position());
    return out.position() - offset;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      end = true;
    } else {
      bytes.position(bytes.position() + n);
      read += n;
      if (read > limit) {
        throw new Failure(1, 1, Problems.said("limit.bytes", limit));
      }
    }
    bytes.flip();
  }

  private void count(char[] buffer, int from, int to) throws Failure {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\n') {
        line++;
        column = 1;
      } else if (++column - 1L > longestLine) {
        throw new Failure(line, column, Engine.longLine(line, longestLine));
      }
    }
  }

  @Override
  public void close() {
    // The caller's stream stays open.
  }
}
