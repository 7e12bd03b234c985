package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.model.JsonPointer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
  /**
   * The current line's bytes, in the pieces read (no array as long as the line, which could be as
   * long as the document limit, is ever made), and how many.
   */
  private final List<byte[]> line = new ArrayList<>();
  private long length;
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
    List<InputStream> pieces = new ArrayList<>(line.size());
    for (byte[] piece : line) {
      pieces.add(new ByteArrayInputStream(piece));
    }
    InputStream bytes = new SequenceInputStream(Collections.enumeration(pieces));
    action.accept(engine.read(bytes, length, "line " + lineNumber, lineNumber - 1));
    return true;
  }

  /**
   * Reads the next line (without its line break) into {@link #line}; false at the end of the
   * stream.
   */
  private boolean nextLine() {
    long limit = engine.options().maxDocumentLength();
    line.clear();
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
          line.add(Arrays.copyOfRange(buffer, from, stop));
          length += stop - from;
        } else {
          line.clear(); // a line past the limit is refused: nothing of it is kept
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
    dropCarriageReturn();
    return true;
  }

  /** Reads the next bytes of the stream into the buffer; false at its end. */
  private boolean fill() throws IOException {
    at = 0;
    end = 0;
    if (ended) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length); // at least one byte, or -1 at the end
    ended = n < 0;
    end = Math.max(n, 0);
    return !ended;
  }

  /** Drops the carriage return that ends the line, if any (a line ended by CR LF). */
  private void dropCarriageReturn() {
    for (int i = line.size() - 1; i >= 0; i--) {
      byte[] piece = line.get(i);
      if (piece.length > 0) {
        if (piece[piece.length - 1] == '\r') {
          line.set(i, Arrays.copyOf(piece, piece.length - 1));
          length--;
        }
        return;
      }
    }
  }

  /** Whether the current line holds only white space. */
  private boolean blank() {
    for (byte[] piece : line) {
      for (byte b : piece) {
        if (b < 0) {
          // Characters of several bytes: white space as Java counts it, such as U+2028, may be among them.
          return whole().isBlank();
        }
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The current line as text (for the rare line of characters of several bytes that may be blank). */
  private String whole() {
    StringBuilder text = new StringBuilder();
    for (byte[] piece : line) {
      text.append(new String(piece, StandardCharsets.UTF_8));
    }
    return text.toString();
  }

  private void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
