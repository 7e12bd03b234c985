package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.model.JsonPointer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON (one document per line) lazily: one line in memory at a time, each no longer than
 * the document length limit.
 */
public final class NdjsonReader extends Spliterators.AbstractSpliterator<GcmDocument> {

  private final Engine engine;
  private final BufferedReader in;
  private int lineNumber;

  private NdjsonReader(Engine engine, InputStream in) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.engine = engine;
    this.in =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** The documents of {@code in}, lazily; closing the stream closes {@code in}. */
  public static Stream<GcmDocument> stream(Engine engine, InputStream in) {
    NdjsonReader reader = new NdjsonReader(engine, in);
    return StreamSupport.stream(reader, false).onClose(reader::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super GcmDocument> action) {
    String line;
    do {
      line = nextLine();
      if (line == null) {
        return false;
      }
    } while (line.isBlank());
    action.accept(engine.read(line, "line " + lineNumber, null, lineNumber - 1));
    return true;
  }

  private @Nullable String nextLine() {
    long limit = engine.options().maxDocumentLength();
    StringBuilder line = new StringBuilder();
    try {
      int c = in.read();
      if (c < 0) {
        return null;
      }
      lineNumber++;
      boolean tooLong = false;
      while (c >= 0 && c != '\n') {
        if (line.length() < limit) {
          line.append((char) c);
        } else {
          tooLong = true;
        }
        c = in.read();
      }
      if (tooLong) {
        throw new GcmFormatException("line " + lineNumber, List.of(FormatProblem.of(JsonPointer.root(), lineNumber, 1,
            "limit.ndjson-line", limit)));
      }
      int end = line.length();
      if (end > 0 && line.charAt(end - 1) == '\r') {
        line.setLength(end - 1);
      }
      return line.toString();
    } catch (CharacterCodingException e) {
      throw new GcmFormatException("line " + lineNumber, List.of(FormatProblem.of(JsonPointer.root(), Math.max(1, lineNumber), 1,
          "not-utf8.line")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
