package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.Engine;
import io.github.gcmkit.io.internal.Factories;
import io.github.gcmkit.io.internal.Lazy;
import io.github.gcmkit.io.internal.Mappers;
import io.github.gcmkit.io.internal.NdjsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gcmkit JSON format: a ready, thread-safe reader and writer of federations, networks,
 * charters, workplans and events, and NDJSON streaming for large corpora.
 *
 * <pre>{@code
 * GcmJson json = GcmJson.defaults();
 * Charter charter = json.read(Path.of("senegal-charter.json"), Charter.class);
 * String text = json.write(charter);          // canonical, pretty
 * }</pre>
 *
 * <p>{@link #mapper()} hands out a Jackson {@code JsonMapper} with {@link GcmModule} registered,
 * for applications that embed model values in their own JSON.
 */
public final class GcmJson extends GcmCodec {

  private static final GcmJson DEFAULTS = new GcmJson(GcmOptions.defaults());

  /** Built on first use: reading and writing documents need no databind mapper. */
  private final Lazy<JsonMapper> mapper = new Lazy<>();

  /** This codec without pretty printing, for NDJSON, built on first use. */
  private final Lazy<GcmJson> compact = new Lazy<>();

  private GcmJson(GcmOptions options) {
    super(new Engine(options, Factories.jsonFactory(options), options.prettyPrint(), false));
  }

  /** Strict reading, default limits, pretty output. */
  public static GcmJson defaults() {
    return DEFAULTS;
  }

  /** A reader and writer with {@code options}. */
  public static GcmJson with(GcmOptions options) {
    return new GcmJson(options);
  }

  /** A Jackson mapper for the model types, with this codec's limits and {@link GcmModule}. */
  public JsonMapper mapper() {
    return mapper.get(() -> Mappers.json(options()));
  }

  /**
   * The documents of an NDJSON stream (one compact document per line, blank lines skipped), read
   * lazily in constant memory. A line with problems throws a {@link GcmFormatException} whose lines
   * are those of the whole stream when the stream reaches it; through the stream's {@code
   * iterator()}, reading can go on with the next line after catching it. Close the stream to close
   * {@code in}.
   */
  public Stream<GcmDocument> stream(InputStream in) {
    return NdjsonReader.stream(engine(), in);
  }

  /** The documents of the NDJSON file {@code path}, read lazily; close the stream when done. */
  public Stream<GcmDocument> stream(Path path) {
    try {
      return stream(Files.newInputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code values} (documents or model values) as NDJSON: one compact document per line,
   * each line the bytes {@link #write(Object, OutputStream)} of a compact codec writes for it. A line
   * reaches {@code out} whole or not at all; the stream is flushed once, at the end, not closed.
   *
   * @throws IllegalArgumentException at the first value that cannot be written (as {@link
   *     #write(Object)} says), once the lines before it are written
   * @throws UncheckedIOException if the stream fails
   */
  public void writeLines(Iterable<?> values, OutputStream out) {
    GcmJson codec = options().prettyPrint() ? compact.get(() -> with(options().withPrettyPrint(false))) : this;
    // Each line is encoded to bytes as a document written to a stream is, into a buffer kept for the
    // next line, so that a value that cannot be written leaves no part of its line behind.
    ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 13);
    try {
      for (Object value : values) {
        line.reset();
        codec.write(value, line);
        line.writeTo(out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
