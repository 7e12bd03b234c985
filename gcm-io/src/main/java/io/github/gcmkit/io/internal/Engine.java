package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.gcmkit.io.DocumentKind;
import io.github.gcmkit.io.DocumentPositions;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Network;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads and writes whole documents — the envelope ({@code gcmFormat}, {@code kind}) and its body —
 * for one token format (JSON or YAML), with the limits and mode of a {@link GcmOptions}.
 */
public final class Engine {

  /** The format version this library writes. */
  public static final String FORMAT_VERSION = "1.0";

  /** The envelope's fields. */
  public static final String GCM_FORMAT = "gcmFormat";

  /** The envelope's kind field. */
  public static final String KIND = "kind";

  /** The envelope's language field, for federation and network documents. */
  public static final String LANGUAGE = "language";

  /** The field that holds the event in an event document. */
  public static final String EVENT = "event";

  /** The field of a federation that lists its networks. */
  private static final String NETWORKS = "networks";

  /**
   * The most bytes (JSON) or characters (YAML) of any document read from a stream kept while it is
   * read, in case it must be read again ({@link ReadAgain}: a language declared late, or a network's
   * organisation named by an alias before they are declared).
   */
  private static final int MOST_KEPT = 16 * 1024 * 1024;

  /** The language of plain strings when a document declares none. */
  public static final String DEFAULT_LANGUAGE = "en";


  private final GcmOptions options;
  private final TokenStreamFactory factory;
  private final ObjectWriteContext output;
  private final boolean yaml;
  /** Whether the documents read keep the positions of their values (else only their values are wanted). */
  private final boolean locate;

  /**
   * An engine whose parsers and generators come straight from Jackson's streaming {@code factory},
   * which carries the read limits (databind is not involved); {@code pretty} for gcmkit's canonical
   * JSON layout. The codecs choose the factory, so that a JSON engine never loads YAML's classes.
   */
  public Engine(GcmOptions options, TokenStreamFactory factory, boolean pretty, boolean yaml) {
    this(options, factory, Factories.output(factory, pretty), yaml, true);
  }

  private Engine(GcmOptions options, TokenStreamFactory factory, ObjectWriteContext output, boolean yaml,
      boolean locate) {
    this.options = options;
    this.factory = factory;
    this.output = output;
    this.yaml = yaml;
    this.locate = locate;
  }

  /**
   * This engine for reading values alone: the documents it reads have {@linkplain
   * DocumentPositions#none() no positions}, which are then not encoded (broken invariants are still
   * located, while reading).
   */
  public Engine valuesOnly() {
    return new Engine(options, factory, output, yaml, false);
  }

  /** The options. */
  public GcmOptions options() {
    return options;
  }

  /** Whether this engine reads YAML (else JSON). */
  public boolean yaml() {
    return yaml;
  }

  /** Reads a document from text, expecting {@code expected} if not null. */
  public GcmDocument read(String text, String source, @Nullable DocumentKind expected) {
    return read(text, source, expected, 0);
  }

  /** Reads a document whose first line is line {@code lineOffset + 1} of its source. */
  public GcmDocument read(String text, String source, @Nullable DocumentKind expected, int lineOffset) {
    return readText(text.startsWith("\uFEFF") ? text.substring(1) : text, source, expected, lineOffset);
  }

  /** Reads a document from its text, without a byte order mark. */
  private GcmDocument readText(String body, String source, @Nullable DocumentKind expected, int lineOffset) {
    Problems problems = new Problems(lineOffset);
    if (!fits(body, problems)) {
      throw new GcmFormatException(source, problems.all());
    }
    return document(body, source, expected, lineOffset, Attempt.FIRST);
  }

  /**
   * What a reading knows before it starts: the language of plain strings, if an earlier reading learnt
   * it, and whether values are read as they come where they declare late what their fields mean (else
   * from a buffer of their tokens).
   */
  private record Attempt(@Nullable String language, boolean live) {
    static final Attempt FIRST = new Attempt(null, true);

    /** What the next reading knows, after {@code again}. */
    Attempt after(ReadAgain again) {
      Attempt next = new Attempt(again.language() != null ? again.language() : language,
          live && !again.buffered());
      if (next.equals(this)) {
        throw new IllegalStateException("a document read again must be read otherwise", again);
      }
      return next;
    }
  }

  /**
   * Whether {@code text} is within the length limits, recording in {@code problems} why not: the
   * document's length, and in YAML the length of each line.
   */
  private boolean fits(String text, Problems problems) {
    if (text.length() > options.maxDocumentLength()) {
      problems.report("", 1, 1, "limit.characters", options.maxDocumentLength());
      return false;
    }
    int[] longLine = yaml ? longLine(text, longestLine()) : null;
    if (longLine != null) {
      problems.report("", longLine[0], longLine[1], longLine(longLine[0], longestLine()));
      return false;
    }
    return true;
  }

  /**
   * Reads a document in one pass over its tokens, binding the model as they come, knowing what {@code
   * attempt} knows; and again, knowing more, if that reading learnt something too late.
   */
  private GcmDocument document(
      String text, String source, @Nullable DocumentKind expected, int lineOffset, Attempt attempt) {
    try (JsonParser parser = createParser(new StringReader(text), source)) {
      return document(parser, source, expected, lineOffset, attempt, Columns.CHARACTERS);
    } catch (ReadAgain again) {
      return document(text, source, expected, lineOffset, attempt.after(again));
    }
  }

  /**
   * Reads a document in one pass over the tokens of {@code parser}, knowing what {@code attempt}
   * knows; whatever input the parser reads keeps what it read, in case the document must be read again.
   */
  private GcmDocument document(JsonParser parser, String source, @Nullable DocumentKind expected,
      int lineOffset, Attempt attempt, Columns columns) {
    Problems syntax = new Problems(lineOffset);
    Problems problems = new Problems(lineOffset);
    Positions positions = new Positions();
    GcmDocument document;
    try {
      Tokens in = new Tokens(parser, syntax, options.maxValues(), positions, columns);
      if (in.next() == null) {
        syntax.report("", 1, 1, "document-empty");
        throw new GcmFormatException(source, syntax.all());
      }
      document = new DocumentReader(options, problems, positions, attempt.language(), locate,
          attempt.live())
          .read(in, source, expected, lineOffset);
      in.expectEnd();
    } catch (Tokens.Stop e) {
      throw new GcmFormatException(source, syntax.all());
    } catch (GcmFormatException | ReadAgain e) {
      throw e;
    } catch (RuntimeException e) {
      // Jackson's failures, and the YAML scanner's should any escape Jackson's wrapping.
      TreeReader.unreadable(e, parser.currentLocation(), syntax, columns);
      throw new GcmFormatException(source, syntax.all());
    }
    if (problems.any() || document == null) {
      throw new GcmFormatException(source, problems.all());
    }
    return document;
  }

  /**
   * Parses {@code text} (JSON or YAML, as this engine reads) into a located tree, or returns
   * {@code null} after recording in {@code problems} why it could not be parsed.
   */
  public @Nullable Tree parse(String text, Problems problems) {
    return parse(text, problems, null);
  }

  /**
   * Parses {@code text} as {@link #parse(String, Problems)} does, handing the items of the root
   * object's array member {@code items.member()} to {@code items} as they are read.
   */
  @Nullable Tree parse(String text, Problems problems, TreeReader.@Nullable Items items) {
    if (!fits(text, problems)) {
      return null;
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (yaml) {
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), scalarRuns(new StringReader(body)))) {
        return TreeReader.read(parser, problems, options.maxValues(), items);
      } catch (RuntimeException e) {
        return TreeReader.unreadable(e, TokenStreamLocation.NA, problems);
      }
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), body)) {
      return TreeReader.read(parser, problems, options.maxValues(), items);
    }
  }

  /**
   * YAML text that stops where a scalar spanning lines passes twice the string limit, before the
   * YAML parser holds it whole; the exact limit is checked on what the parser gives.
   */
  private Reader scalarRuns(Reader text) {
    return new YamlScalarRuns(text, 2L * options.maxStringLength(),
        Problems.said("limit.text", Problems.kind("a string"), options.maxStringLength()));
  }

  /** Reads a document from bytes that must be UTF-8. */
  public GcmDocument read(byte[] bytes, String source, @Nullable DocumentKind expected) {
    return read(new ByteArrayInputStream(bytes), source, expected);
  }

  /**
   * Reads a document from the {@code length} bytes of {@code in}, which must be UTF-8, whose first
   * line is line {@code lineOffset + 1} of its source (an NDJSON line, whose length the caller has
   * checked against the limit).
   */
  public GcmDocument read(InputStream in, long length, String source, int lineOffset) {
    return yaml ? readCharacters(in, source, null, lineOffset) : readBytes(in, source, null, lineOffset, length);
  }

  /**
   * Reads a whole stream as UTF-8, a buffer at a time, up to the document length limit (and in
   * YAML, the line length limit).
   */
  public GcmDocument read(InputStream in, String source, @Nullable DocumentKind expected) {
    return yaml ? readCharacters(in, source, expected, 0)
        : readBytes(in, source, expected, 0, options.maxDocumentLength());
  }

  /**
   * Reads a document decoded from UTF-8 a buffer at a time (the byte order mark skipped), so that a
   * problem early in a huge document is found without reading all of it; the text is kept, up to
   * {@link #MOST_KEPT}, in case it must be read again.
   */
  private GcmDocument readCharacters(InputStream in, String source, @Nullable DocumentKind expected,
      int lineOffset) {
    KeptInput input = new KeptInput(new Utf8Input(in, options.maxDocumentLength(), longestLine()), MOST_KEPT);
    try (JsonParser parser = createParser(input, source)) {
      return document(parser, source, expected, lineOffset, Attempt.FIRST, Columns.CHARACTERS);
    } catch (ReadAgain again) {
      return again(again, source, expected, lineOffset, input.overflowed(), input::text);
    }
  }

  /**
   * Reads a JSON document with Jackson's parser of bytes, the bytes checked as UTF-8 as they come
   * and the parser's columns put in characters ({@link Utf8Bytes}).
   */
  private GcmDocument readBytes(InputStream in, String source, @Nullable DocumentKind expected, int lineOffset,
      long mostBytes) {
    Utf8Bytes input = new Utf8Bytes(in, mostBytes, MOST_KEPT);
    try {
      if (input.misleadsByteParser()) {
        // Jackson's parser of bytes would not read these first bytes as UTF-8: read them as text.
        return readCharacters(input.asGiven(), source, expected, lineOffset);
      }
    } catch (Utf8Input.Failure e) {
      throw unreadable(source, e, lineOffset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JsonParser parser = byteParser(input, source)) {
      return document(parser, source, expected, lineOffset, Attempt.FIRST, input);
    } catch (ReadAgain again) {
      return again(again, source, expected, lineOffset, input.overflowed(), () -> text(input.rest(), source));
    }
  }

  /** Jackson's parser of the bytes of {@code input}, which reads the first of them as it is made. */
  private JsonParser byteParser(Utf8Bytes input, String source) {
    try {
      return factory.createParser(ObjectReadContext.empty(), input);
    } catch (RuntimeException e) {
      Problems problems = new Problems(0);
      TreeReader.unreadable(e, TokenStreamLocation.NA, problems, input);
      throw new GcmFormatException(source, problems.all());
    }
  }

  /** The text of a document to read again, as far as it was kept. */
  @FunctionalInterface
  private interface Kept {
    String text() throws IOException;
  }

  /**
   * Reads a document again knowing what a first reading learnt too late, from its text as {@code kept}
   * gives it, unless the document was too large to keep.
   */
  private GcmDocument again(ReadAgain again, String source, @Nullable DocumentKind expected,
      int lineOffset, boolean overflowed, Kept kept) {
    if (overflowed) {
      throw new GcmFormatException(source, List.of(again.problem(lineOffset)));
    }
    String text;
    try {
      text = kept.text();
    } catch (Utf8Input.Failure e) {
      throw unreadable(source, e, lineOffset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return document(text, source, expected, lineOffset, Attempt.FIRST.after(again));
  }

  /**
   * A parser of the document {@code text}, which in YAML stops at a scalar far longer than the
   * limit; the YAML parser reads ahead as it is created.
   */
  private JsonParser createParser(Reader text, String source) {
    try {
      return factory.createParser(ObjectReadContext.empty(), yaml ? scalarRuns(text) : text);
    } catch (RuntimeException e) {
      Problems problems = new Problems(0);
      TreeReader.unreadable(e, TokenStreamLocation.NA, problems);
      throw new GcmFormatException(source, problems.all());
    }
  }

  /**
   * The text of a whole stream, up to the document length limit, decoded as strict UTF-8 a buffer
   * at a time.
   *
   * @throws GcmFormatException if the stream is too large or not UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public String text(InputStream in, String source) {
    return text(in, source, Long.MAX_VALUE);
  }

  private String text(InputStream in, String source, long longestLine) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try (Utf8Input input = new Utf8Input(in, options.maxDocumentLength(), longestLine)) {
      for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (Utf8Input.Failure e) {
      throw unreadable(source, e, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * The longest line accepted: in YAML, the longest string and room for its key, as the YAML parser
   * takes time that grows with the square of a line's length; in JSON, any.
   */
  private long longestLine() {
    return yaml ? options.maxStringLength() + 1_000L : Long.MAX_VALUE;
  }

  /** The document {@code source} whose bytes fail as {@code failure} says. */
  private static GcmFormatException unreadable(String source, Utf8Input.Failure failure, int lineOffset) {
    return new GcmFormatException(source, List.of(FormatProblem.of(JsonPointer.root(), failure.line + lineOffset,
        failure.column,
        failure.problem.key(), failure.problem.args().toArray())));
  }

  /** The problem of a line longer than {@code longest} characters. */
  static Problems.Said longLine(int line, long longest) {
    return Problems.said("limit.yaml-line", line, longest);
  }

  /** The line and column where {@code text} first has a line longer than {@code longest}, or null. */
  private static int @Nullable [] longLine(String text, long longest) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > longest) {
          return new int[] {line, (int) longest + 2};
        }
        line++;
        start = i + 1;
      }
    }
    return null;
  }

  /** Writes {@code document} in canonical form. */
  public String write(GcmDocument document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /** Writes {@code document} in canonical form to {@code out}, ending with a line break. */
  public void write(GcmDocument document, Writer out) {
    try {
      emit(document, out);
    } catch (StreamConstraintsException e) {
      throw tooDeep(e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code document} in canonical form to {@code out} as UTF-8, ending with a line break;
   * the stream is flushed, not closed.
   */
  public void write(GcmDocument document, OutputStream out) {
    try {
      try (JsonGenerator generator = factory.createGenerator(output, out, JsonEncoding.UTF8)) {
        emit(document, generator, !yaml);
      }
      if (!yaml) {
        out.write('\n');
      }
      out.flush();
    } catch (StreamConstraintsException e) {
      throw tooDeep(e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The refusal of a value nested deeper than is written, whatever it is written to. */
  private static IllegalArgumentException tooDeep(StreamConstraintsException e) {
    return new IllegalArgumentException(
        "value: nested deeper than " + Factories.MAX_WRITE_DEPTH + " levels, the most that is written", e);
  }

  private void emit(GcmDocument document, Writer out) throws IOException {
    emit(out, generator -> emit(document, generator, false));
  }

  private void emit(Writer out, Consumer<JsonGenerator> body) throws IOException {
    try (JsonGenerator generator = factory.createGenerator(output, out)) {
      body.accept(generator);
    }
    if (!yaml) {
      out.write('\n');
    }
  }

  /**
   * Writes the federation of {@code networks} in canonical form to {@code out}, ending with a line
   * break: the bytes {@link #write(GcmDocument, Writer)} writes for it, each network written as it
   * comes and then let go. Only the ids are kept, to refuse one given twice.
   *
   * @throws IllegalArgumentException at the first network whose id an earlier one has, once the
   *     networks before it are written
   */
  public void writeFederation(Iterator<? extends Network> networks, Writer out) {
    try {
      emit(out, generator -> federation(networks, generator));
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void federation(Iterator<? extends Network> networks, JsonGenerator generator) {
    Emitter emitter = new Emitter(generator, ImmutableMap.of());
    generator.writeStartObject();
    generator.writeName(GCM_FORMAT);
    generator.writeString(FORMAT_VERSION);
    generator.writeName(KIND);
    generator.writeString(DocumentKind.FEDERATION.code());
    Set<String> ids = new HashSet<>();
    Path list = Path.ROOT.member(NETWORKS);
    int index = 0;
    while (networks.hasNext()) {
      Network network = networks.next();
      if (!ids.add(network.id())) {
        throw new IllegalArgumentException(
            "networks: /" + NETWORKS + "/" + index + "/id: '" + network.id() + "' is used twice");
      }
      if (index == 0) {
        generator.writeName(NETWORKS);
        generator.writeStartArray();
      }
      emitter.value(network, Network.class, list.item(index++), DEFAULT_LANGUAGE);
    }
    if (index > 0) {
      generator.writeEndArray();
    }
    generator.writeEndObject();
  }

  /** Writes {@code document}; with {@code bytes}, {@code generator} writes UTF-8 JSON from this engine's factory. */
  private void emit(GcmDocument document, JsonGenerator generator, boolean bytes) {
    ImmutableMap<String, ImmutableMap<String, String>> extensions = document.extensions();
    ImmutableMap<String, String> root = extensions.getOrDefault("", ImmutableMap.of());
    // A "$schema" goes back where editors look for it, first; the other extensions where they were.
    Emitter schema = root.containsKey(Binder.SCHEMA)
        ? new Emitter(generator, ImmutableMap.of("", ImmutableMap.of(Binder.SCHEMA, root.get(Binder.SCHEMA))))
        : null;
    Emitter emitter = new Emitter(generator, schema == null ? extensions : withoutSchema(extensions, root), bytes);
    DocumentKind kind = document.kind();
    Runnable head =
        () -> {
          if (schema != null) {
            schema.extensions(Path.ROOT);
          }
          generator.writeName(GCM_FORMAT);
          generator.writeString(FORMAT_VERSION);
          generator.writeName(KIND);
          generator.writeString(kind.code());
        };
    if (kind == DocumentKind.EVENT) {
      generator.writeStartObject();
      head.run();
      generator.writeName(EVENT);
      emitter.object(document.value(), ModelType.of(Event.class), Path.ROOT.member(EVENT), DEFAULT_LANGUAGE, null);
      emitter.extensions(Path.ROOT);
      generator.writeEndObject();
    } else {
      emitter.object(document.value(), ModelType.of(kind.modelType()), Path.ROOT, DEFAULT_LANGUAGE, head);
    }
  }

  /** {@code extensions} without the root's {@code "$schema"}, which is written apart. */
  private static ImmutableMap<String, ImmutableMap<String, String>> withoutSchema(
      ImmutableMap<String, ImmutableMap<String, String>> extensions, ImmutableMap<String, String> root) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> rest = ImmutableMap.builder();
    extensions.forEach((pointer, fields) -> {
      if (!pointer.isEmpty()) {
        rest.put(pointer, fields);
      }
    });
    ImmutableMap<String, String> others = ImmutableMap.copyOf(
        Maps.filterKeys(root, name -> !Binder.SCHEMA.equals(name)));
    if (!others.isEmpty()) {
      rest.put("", others);
    }
    return rest.buildOrThrow();
  }
}
