package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.io.DocumentKind;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
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

  /** The language of plain strings when a document declares none. */
  public static final String DEFAULT_LANGUAGE = "en";

  private static final Pattern SUPPORTED_VERSION = Pattern.compile("1\\.\\d+");

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
    GcmDocument document = null;
    Tree tree = parse(text, problems);
    if (tree != null) {
      document = document(tree, problems, expected);
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
    if (text.length() > options.maxDocumentLength()) {
      problems.add("", 1, 1, "the document is longer than the limit of " + options.maxDocumentLength() + " characters");
      return null;
    }
    try (JsonParser parser = mapper.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      return TreeReader.read(parser, problems);
    }
  }

  /** Reads a document from bytes that must be UTF-8. */
  public GcmDocument read(byte[] bytes, String source, @Nullable DocumentKind expected) {
    return read(decode(bytes, source), source, expected);
  }

  /** Reads a whole stream, up to the document length limit, as UTF-8. */
  public GcmDocument read(InputStream in, String source, @Nullable DocumentKind expected) {
    return read(text(in, source), source, expected);
  }

  /**
   * The text of a whole stream, up to the document length limit, decoded as strict UTF-8.
   *
   * @throws GcmFormatException if the stream is too large or not UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public String text(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxDocumentLength() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > options.maxDocumentLength()) {
      throw new GcmFormatException(source, List.of(new FormatProblem("", 1, 1,
          "the document is larger than the limit of " + options.maxDocumentLength() + " bytes")));
    }
    return decode(bytes, source);
  }

  private String decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.length(); i++) {
        if (out.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new GcmFormatException(source, List.of(new FormatProblem("", line, column,
          "the document is not valid UTF-8 (bad byte at offset " + in.position() + ")")));
    }
    return out.toString();
  }

  private @Nullable GcmDocument document(Tree tree, Problems problems, @Nullable DocumentKind expected) {
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
      String v = binder.text(version, "/" + GCM_FORMAT);
      if (v != null && !SUPPORTED_VERSION.matcher(v).matches()) {
        problems.add("/" + GCM_FORMAT, version, "unsupported format version '" + v + "', this library reads 1.x");
        envelope = false;
      }
      envelope &= v != null;
    }
    Tree kindNode = root.get(KIND);
    DocumentKind kind = null;
    if (kindNode == null) {
      problems.add("", root, "the required field '" + KIND + "' is missing");
    } else {
      String k = binder.text(kindNode, "/" + KIND);
      if (k != null) {
        kind = DocumentKind.ofCode(k).orElse(null);
        if (kind == null) {
          problems.add("/" + KIND, kindNode, "unknown kind '" + k + "', expected one of: federation, network, charter, workplan, event");
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
      binder.unknownFields(root, "", Set.of(GCM_FORMAT, KIND, EVENT));
      Tree body = root.get(EVENT);
      if (body == null) {
        problems.add("", root, "the required field '" + EVENT + "' is missing");
        return null;
      }
      value = binder.object(body, ModelType.of(Event.class), "/" + EVENT, DEFAULT_LANGUAGE, Set.of());
    } else {
      String language = DEFAULT_LANGUAGE;
      Set<String> allowed = Set.of(GCM_FORMAT, KIND);
      if (kind == DocumentKind.NETWORK || kind == DocumentKind.FEDERATION) {
        allowed = Set.of(GCM_FORMAT, KIND, LANGUAGE);
        Tree declared = root.get(LANGUAGE);
        if (declared != null) {
          String tag = binder.language(declared, "/" + LANGUAGE);
          if (tag == null) {
            return null;
          }
          language = tag;
        }
      }
      value = binder.object(root, ModelType.of(kind.modelType()), "", language, allowed);
    }
    if (value == null || problems.any()) {
      return null;
    }
    return new GcmDocument(kind, value, freeze(binder.extensions()));
  }

  private static ImmutableMap<String, ImmutableMap<String, String>> freeze(
      Map<String, LinkedHashMap<String, String>> extensions) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> frozen = ImmutableMap.builder();
    extensions.forEach((pointer, fields) -> frozen.put(pointer, ImmutableMap.copyOf(fields)));
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
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(GcmDocument document, Writer out) throws IOException {
    try (JsonGenerator generator = writer.createGenerator(out)) {
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
        emitter.object(document.value(), ModelType.of(Event.class), "/" + EVENT, DEFAULT_LANGUAGE, null);
        emitter.extensions("");
        generator.writeEndObject();
      } else {
        emitter.object(document.value(), ModelType.of(kind.modelType()), "", DEFAULT_LANGUAGE, head);
      }
    }
    if (!yaml) {
      out.write('\n');
    }
  }
}
