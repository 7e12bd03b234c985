package io.github.gcmkit.io;

import io.github.gcmkit.io.internal.Engine;
import io.github.gcmkit.model.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes gcmkit documents in one syntax: {@link GcmJson} for JSON, {@link GcmYaml} for
 * YAML. Both read and write the same format, described in {@code docs/format.md}.
 *
 * <p>Reading returns the whole model or throws a {@link GcmFormatException} that lists every
 * problem in the document; it never returns a partly built model. Bytes are read as UTF-8. Writing
 * is canonical: equal values give identical bytes. Instances are immutable and thread-safe.
 */
public abstract sealed class GcmCodec permits GcmJson, GcmYaml {

  private final Engine engine;
  /** The engine for reading values alone, whose documents keep no positions. */
  private final Engine values;

  GcmCodec(Engine engine) {
    this.engine = engine;
    this.values = engine.valuesOnly();
  }

  final Engine engine() {
    return engine;
  }

  /** How this codec reads and writes. */
  public GcmOptions options() {
    return engine.options();
  }

  /**
   * Reads the document in the file {@code path}.
   *
   * @throws GcmFormatException if the document has problems
   * @throws UncheckedIOException if the file cannot be read
   */
  public GcmDocument read(Path path) {
    return read(engine, path, null);
  }

  /**
   * Reads one document from {@code in}, up to its end; the stream is not closed.
   *
   * @throws GcmFormatException if the document has problems
   * @throws UncheckedIOException if the stream cannot be read
   */
  public GcmDocument read(InputStream in) {
    return engine.read(in, "the document", null);
  }

  /**
   * Reads the document {@code text}.
   *
   * @throws GcmFormatException if the document has problems
   */
  public GcmDocument read(String text) {
    return engine.read(text, "the document", null);
  }

  /**
   * Reads the document in {@code path}, which must be of the kind that holds {@code type}: one of
   * {@code Federation}, {@code Network}, {@code Charter}, {@code Workplan}, {@code Event}.
   *
   * @throws GcmFormatException if the document has problems or is of another kind
   * @throws IllegalArgumentException if {@code type} is not one of the five
   */
  public <T> T read(Path path, Class<T> type) {
    return type.cast(read(values, path, kindOf(type)).value());
  }

  /**
   * Reads one document of the kind that holds {@code type} from {@code in}.
   *
   * @throws GcmFormatException if the document has problems or is of another kind
   */
  public <T> T read(InputStream in, Class<T> type) {
    return type.cast(values.read(in, "the document", kindOf(type)).value());
  }

  /**
   * Reads the document {@code text}, of the kind that holds {@code type}.
   *
   * @throws GcmFormatException if the document has problems or is of another kind
   */
  public <T> T read(String text, Class<T> type) {
    return type.cast(values.read(text, "the document", kindOf(type)).value());
  }

  private static GcmDocument read(Engine engine, Path path, @Nullable DocumentKind kind) {
    try (InputStream in = Files.newInputStream(path)) {
      return engine.read(in, path.toString(), kind);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DocumentKind kindOf(Class<?> type) {
    return DocumentKind.forType(type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "type: "
                        + type.getSimpleName()
                        + " is not a document kind (Federation, Network, Charter, Workplan, Event)"));
  }

  /**
   * The canonical text of {@code value}: a {@link GcmDocument}, or a federation, network, charter,
   * workplan or event.
   *
   * @throws IllegalArgumentException if the value is none of these, or is nested deeper than
   *     {@link GcmOptions#HIGHEST_MAX_NESTING_DEPTH} and a hundred levels (deeper than can be read)
   */
  public String write(Object value) {
    return engine.write(document(value));
  }

  /** Writes the canonical form of {@code value} to {@code out} as UTF-8; the stream is flushed, not closed. */
  public void write(Object value, OutputStream out) {
    engine.write(document(value), out);
  }

  /**
   * Writes the canonical form of {@code value} to {@code out}, in constant memory beyond the model;
   * the writer is flushed, not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Object value, Writer out) {
    engine.write(document(value), out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the canonical form of the federation of {@code networks} to {@code out}, the bytes that
   * {@code write(Federation.of(networks), out)} writes, but each network as the stream gives it: the
   * federation is never held, so a stream that makes its networks one at a time writes a
   * federation of any size in the memory of one network. The writer is flushed, not closed.
   *
   * @throws IllegalArgumentException at the first network whose id an earlier network has (a
   *     federation's ids are unique), once the networks before it are written
   * @throws UncheckedIOException if the writer fails
   */
  public void writeFederation(Stream<? extends Network> networks, Writer out) {
    engine.writeFederation(networks.iterator(), out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the canonical form of {@code value} to the file {@code path}, replacing it. */
  public void write(Object value, Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GcmDocument document(Object value) {
    return value instanceof GcmDocument d ? d : GcmDocument.of(value);
  }
}
