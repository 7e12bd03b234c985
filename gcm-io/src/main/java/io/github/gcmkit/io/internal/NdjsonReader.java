package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.model.JsonPointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON (one document per line) lazily: one line in memory at a time, each no larger than
 * the document length limit (in bytes, as for any document read from bytes). Lines are split on their bytes and each is read by the engine's
 * reader of bytes, which checks it as UTF-8 and locates a bad byte in its line.
 */
public final class NdjsonReader extends Spliterators.AbstractSpliterator<GcmDocument> {

  private final Engine engine;
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int at;
  private int end;
  private boolean ended;
  /** The current line's bytes, and how many. */
  private byte[] line = new byte[1024];
  private int length;
  private int lineNumber;

  private NdjsonReader(Engine engine, InputStream in) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.engine = engine;
    this.in = in;
  }

  /** The documents of {@code in}, lazily; closing the stream closes {@code in}. */
  public static Stream<GcmDocument> stream(Engine engine, InputStream in) {
    NdjsonReader reader = new NdjsonReader(engine, in);
    return StreamSupport.stream(reader, false).onClose(reader::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super GcmDocument> action) {
    do {
      if (!nextLine()) {
        return false;
      }
    } while (blank());
    action.accept(engine.read(line, length, "line " + lineNumber, lineNumber - 1));
    return true;
  }

  /**
   * Reads the next line (without its line break) into {@link #line}; false at the end of the
   * stream.
   */
  private boolean nextLine() {
    long limit = engine.options().maxDocumentLength();
    length = 0;
    long bytes = 0;
    boolean any = false;
    try {
      while (true) {
        if (at == end && !fill()) {
          if (!any) {
            return false;
          }
          break;
        }
        any = true;
        int from = at;
        int stop = from;
        while (stop < end && buffer[stop] != '\n') {
          stop++;
        }
        bytes += stop - from;
        if (bytes <= limit) {
          append(from, stop - from);
        }
        at = stop < end ? stop + 1 : stop;
        if (stop < end) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lineNumber++;
    if (bytes > limit) {
      throw new GcmFormatException("line " + lineNumber, List.of(FormatProblem.of(JsonPointer.root(), lineNumber, 1,
          "limit.ndjson-line", limit)));
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      ended = n < 0;
      at = 0;
      end = 0;
      return !ended && fill();
    }
    at = 0;
    end = n;
    return true;
  }

  private void append(int from, int n) {
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  /** Whether the current line holds only white space. */
  private boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b < 0) {
        // Characters of several bytes: white space as Java counts it, such as U+2028, may be among them.
        return new String(line, 0, length, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
