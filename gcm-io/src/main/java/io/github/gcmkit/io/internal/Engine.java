package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.io.DocumentKind;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

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

  /** The language of plain strings when a document declares none. */
  public static final String DEFAULT_LANGUAGE = "en";


  private final GcmOptions options;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final boolean yaml;

  /** An engine over {@code mapper}, whose factory carries the read limits. */
  public Engine(GcmOptions options, ObjectMapper mapper, ObjectWriter writer, boolean yaml) {
    this.options = options;
    this.mapper = mapper;
    this.writer = writer;
    this.yaml = yaml;
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
    Problems problems = new Problems(lineOffset);
    return document(parse(text, problems), problems, source, expected);
  }

  /**
   * Parses {@code text} (JSON or YAML, as this engine reads) into a located tree, or returns
   * {@code null} after recording in {@code problems} why it could not be parsed.
   */
  public @Nullable Tree parse(String text, Problems problems) {
    if (text.length() > options.maxDocumentLength()) {
      problems.add("", 1, 1, "the document is longer than the limit of " + options.maxDocumentLength() + " characters");
      return null;
    }
    int[] longLine = yaml ? longLine(text, longestLine()) : null;
    if (longLine != null) {
      problems.add("", longLine[0], longLine[1], longLine(longLine[0], longestLine()));
      return null;
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (yaml) {
      try (JsonParser parser = mapper.createParser(scalarRuns(new StringReader(body)))) {
        return TreeReader.read(parser, problems, options.maxValues());
      } catch (RuntimeException e) {
        return TreeReader.unreadable(e, TokenStreamLocation.NA, problems);
      }
    }
    try (JsonParser parser = mapper.createParser(body)) {
      return TreeReader.read(parser, problems, options.maxValues());
    }
  }

  /**
   * YAML text that stops where a scalar spanning lines passes twice the string limit, before the
   * YAML parser holds it whole; the exact limit is checked on what the parser gives.
   */
  private Reader scalarRuns(Reader text) {
    return new YamlScalarRuns(text, 2L * options.maxStringLength(),
        "a string is longer than the limit of " + options.maxStringLength() + " characters");
  }

  /**
   * Parses the stream {@code in} as UTF-8, a buffer at a time, up to the document length limit:
   * the document is never held in memory as bytes or text, only as the tree of its values. Returns
   * {@code null} after recording in {@code problems} why it could not be parsed.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public @Nullable Tree parse(InputStream in, Problems problems) {
    Reader text = new Utf8Input(in, options.maxDocumentLength(), longestLine());
    try (JsonParser parser = mapper.createParser(yaml ? scalarRuns(text) : text)) {
      return TreeReader.read(parser, problems, options.maxValues());
    } catch (RuntimeException e) {
      // The YAML parser reads ahead as it is created.
      return TreeReader.unreadable(e, TokenStreamLocation.NA, problems);
    }
  }

  /** Reads a document from bytes that must be UTF-8. */
  public GcmDocument read(byte[] bytes, String source, @Nullable DocumentKind expected) {
    return read(new ByteArrayInputStream(bytes), source, expected);
  }

  /** Reads a whole stream as UTF-8, a buffer at a time, up to the document length limit. */
  public GcmDocument read(InputStream in, String source, @Nullable DocumentKind expected) {
    Problems problems = new Problems(0);
    return document(parse(in, problems), problems, source, expected);
  }

  private GcmDocument document(
      @Nullable Tree tree, Problems problems, String source, @Nullable DocumentKind expected) {
    GcmDocument document = tree == null ? null : bind(tree, problems, source, expected);
    if (problems.any() || document == null) {
      throw new GcmFormatException(source, problems.all());
    }
    return document;
  }

  /**
   * The text of a whole stream, up to the document length limit, decoded as strict UTF-8 a buffer
   * at a time.
   *
   * @throws GcmFormatException if the stream is too large or not UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public String text(InputStream in, String source) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try (Utf8Input input = new Utf8Input(in, options.maxDocumentLength(), Long.MAX_VALUE)) {
      for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (Utf8Input.Failure e) {
      throw new GcmFormatException(source, List.of(new FormatProblem(JsonPointer.root(), e.line, e.column, e.problem)));
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

  /** The problem of a line longer than {@code longest} characters. */
  static String longLine(int line, long longest) {
    return "line " + line + " is longer than the limit of " + longest + " characters for YAML";
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

  private @Nullable GcmDocument bind(
      Tree tree, Problems problems, String source, @Nullable DocumentKind expected) {
    if (!(tree instanceof Tree.Obj root)) {
      problems.add("", tree, "expected a gcmkit document (an object with \"gcmFormat\" and \"kind\"), found " + tree.describe());
      return null;
    }
    Binder binder = new Binder(options, problems, yaml);
    boolean envelope = true;
    Tree version = root.get(GCM_FORMAT);
    if (version == null) {
      problems.add("", root, "the required field '" + GCM_FORMAT + "' is missing: this is not a gcmkit document");
      envelope = false;
    } else {
      String v = binder.text(version, Path.ROOT.member(GCM_FORMAT));
      Optional<String> unsupported = v == null ? Optional.empty() : Versions.problem(v, "document");
      if (unsupported.isPresent()) {
        problems.add("/" + GCM_FORMAT, version, unsupported.get());
        envelope = false;
      }
      envelope &= v != null;
    }
    Tree kindNode = root.get(KIND);
    DocumentKind kind = null;
    if (kindNode == null) {
      problems.add("", root, "the required field '" + KIND + "' is missing");
    } else {
      String k = binder.text(kindNode, Path.ROOT.member(KIND));
      if (k != null) {
        kind = DocumentKind.ofCode(k).orElse(null);
        if (kind == null) {
          problems.add("/" + KIND, kindNode, "unknown kind '" + k + "', expected one of: "
              + Arrays.stream(DocumentKind.values()).map(DocumentKind::code).collect(Collectors.joining(", ")));
        } else if (expected != null && kind != expected) {
          problems.add("/" + KIND, kindNode, "expected a document of kind '" + expected.code() + "', found '" + k + "'");
          kind = null;
        }
      }
    }
    if (!envelope || kind == null) {
      return null;
    }
    Object value;
    if (kind == DocumentKind.EVENT) {
      binder.unknownFields(root, Path.ROOT, Set.of(GCM_FORMAT, KIND, EVENT));
      Tree body = root.get(EVENT);
      if (body == null) {
        problems.add("", root, "the required field '" + EVENT + "' is missing");
        return null;
      }
      value = binder.object(body, ModelType.of(Event.class), Path.ROOT.member(EVENT), DEFAULT_LANGUAGE, Set.of());
    } else {
      String language = DEFAULT_LANGUAGE;
      Set<String> allowed = Set.of(GCM_FORMAT, KIND);
      if (kind == DocumentKind.NETWORK || kind == DocumentKind.FEDERATION) {
        allowed = Set.of(GCM_FORMAT, KIND, LANGUAGE);
        Tree declared = root.get(LANGUAGE);
        if (declared != null) {
          String tag = binder.language(declared, Path.ROOT.member(LANGUAGE));
          if (tag == null) {
            return null;
          }
          language = tag;
        }
      }
      value = binder.object(root, ModelType.of(kind.modelType()), Path.ROOT, language, allowed);
    }
    if (value == null || problems.any()) {
      return null;
    }
    return new GcmDocument(kind, value, freeze(binder.extensions()), PositionTree.of(source, tree, problems.lineOffset()));
  }

  private static ImmutableMap<String, ImmutableMap<String, String>> freeze(
      Map<String, LinkedHashMap<String, String>> extensions) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> frozen =
        ImmutableMap.builderWithExpectedSize(extensions.size());
    // Each object's fields are let go once copied: a document of many objects with unknown fields
    // is never held twice over.
    for (var i = extensions.entrySet().iterator(); i.hasNext(); ) {
      Map.Entry<String, LinkedHashMap<String, String>> e = i.next();
      frozen.put(e.getKey(), ImmutableMap.copyOf(e.getValue()));
      i.remove();
    }
    return frozen.buildOrThrow();
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
      throw new IllegalArgumentException(
          "value: nested deeper than " + Mappers.MAX_WRITE_DEPTH + " levels, the most that is written", e);
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
      try (JsonGenerator generator = writer.createGenerator(out, JsonEncoding.UTF8)) {
        emit(document, generator);
      }
      if (!yaml) {
        out.write('\n');
      }
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(GcmDocument document, Writer out) throws IOException {
    emit(out, generator -> emit(document, generator));
  }

  private void emit(Writer out, Consumer<JsonGenerator> body) throws IOException {
    try (JsonGenerator generator = writer.createGenerator(out)) {
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

  private void emit(GcmDocument document, JsonGenerator generator) {
    Emitter emitter = new Emitter(generator, document.extensions());
    DocumentKind kind = document.kind();
    Runnable head =
        () -> {
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
}
