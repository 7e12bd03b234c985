package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.io.DocumentKind;
import io.github.gcmkit.io.DocumentPositions;
import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.Event;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads a whole document from its tokens: the envelope ({@code gcmFormat}, {@code kind}, and for
 * networks and federations the {@code language} of plain strings), then its body, bound as it
 * comes. The envelope comes first in canonical documents; where it does not, the rest of the
 * document is buffered to find it, as the body's type depends on it.
 */
final class DocumentReader {

  private final Problems problems;
  private final Positions positions;
  private final Binder binder;
  private final @Nullable String presetLanguage;
  private final boolean locate;

  /**
   * A reader that records into {@code problems}; {@code language}, if not null, is the envelope's
   * language, known from an earlier reading; {@code locate} if the document keeps its positions;
   * {@code live} if values are read as they come even where they declare late what their other
   * fields mean (the document may then have to be read again, {@link ReadAgain}).
   */
  DocumentReader(GcmOptions options, Problems problems, Positions positions, @Nullable String language,
      boolean locate, boolean live) {
    this.locate = locate;
    this.problems = problems;
    this.positions = positions;
    this.binder = new Binder(options, problems, positions, live);
    this.presetLanguage = language;
  }

  /** A scalar of the envelope: where it stood, and its text if it is one. */
  private record Field(boolean present, int line, int column, @Nullable String text) {
    static final Field ABSENT = new Field(false, 0, 0, null);
  }

  /**
   * The document whose first token the tokens stand on, or {@code null} with the problems recorded;
   * the tokens are left on its last token.
   */
  @Nullable GcmDocument read(Tokens tokens, String source, @Nullable DocumentKind expected, int lineOffset) {
    Tokens in = tokens;
    if (in.token() != JsonToken.START_OBJECT) {
      problems.report("", in.line(), in.column(), "not-document", Problems.kind(in.describe()));
      in.skip();
      return null;
    }
    int line = in.line();
    int column = in.column();
    int position = in.position();
    in.next();
    Field version = Field.ABSENT;
    Field kindField = Field.ABSENT;
    if (in.token() == JsonToken.PROPERTY_NAME && in.text().equals(Engine.GCM_FORMAT)) {
      version = inline(in, Engine.GCM_FORMAT);
      if (in.token() == JsonToken.PROPERTY_NAME && in.text().equals(Engine.KIND)) {
        kindField = inline(in, Engine.KIND);
      }
    }
    if (in.token() == JsonToken.PROPERTY_NAME && (!version.present() || !kindField.present())) {
      in = in.bufferRest();
      if (!version.present()) {
        version = peek(in, Engine.GCM_FORMAT);
      }
      if (!kindField.present()) {
        kindField = peek(in, Engine.KIND);
      }
    }
    DocumentKind kind = envelope(version, kindField, line, column, expected);
    if (kind == null) {
      Binder.skipRest(in);
      return null;
    }
    Object value =
        kind == DocumentKind.EVENT ? event(in, line, column) : body(in, kind, line, column, position);
    if (value == null || problems.any()) {
      return null;
    }
    DocumentPositions located = locate ? PositionTree.of(source, positions, lineOffset) : DocumentPositions.none();
    return GcmDocument.of(kind, value, freeze(binder.extensions()), located);
  }

  /** Reads the envelope field {@code name} the tokens stand on, and moves to the next field. */
  private Field inline(Tokens in, String name) {
    in.next();
    int line = in.line();
    int column = in.column();
    String text = binder.text(in, Path.ROOT.member(name));
    in.next();
    return new Field(true, line, column, text);
  }

  /** The envelope field {@code name} of buffered tokens. */
  private Field peek(Tokens in, String name) {
    Tokens value = in.memberValue(name);
    if (value == null) {
      return Field.ABSENT;
    }
    return new Field(true, value.line(), value.column(), binder.text(value, Path.ROOT.member(name)));
  }

  /** The kind of document the envelope declares, or {@code null} with the problems recorded. */
  private @Nullable DocumentKind envelope(
      Field version, Field kindField, int line, int column, @Nullable DocumentKind expected) {
    boolean envelope = true;
    if (!version.present()) {
      problems.report("", line, column, "required-field.not-document", Engine.GCM_FORMAT);
      envelope = false;
    } else if (version.text() == null) {
      envelope = false;
    } else {
      Optional<String> unsupported = Versions.problem(version.text(), "document");
      if (unsupported.isPresent()) {
        problems.report("/" + Engine.GCM_FORMAT, version.line(), version.column(), unsupported.get(), version.text());
        envelope = false;
      }
    }
    DocumentKind kind = null;
    if (!kindField.present()) {
      problems.report("", line, column, "required-field", Engine.KIND);
    } else if (kindField.text() != null) {
      String k = kindField.text();
      kind = DocumentKind.ofCode(k).orElse(null);
      if (kind == null) {
        problems.report("/" + Engine.KIND, kindField.line(), kindField.column(), "unknown-kind", k,
            Arrays.stream(DocumentKind.values()).map(DocumentKind::code).collect(Collectors.joining(", ")));
      } else if (expected != null && kind != expected) {
        problems.report("/" + Engine.KIND, kindField.line(), kindField.column(), "kind-mismatch", expected.code(), k);
        kind = null;
      }
    }
    return envelope ? kind : null;
  }

  /** The event of an event document: the value of its field {@code event}. */
  private @Nullable Object event(Tokens in, int line, int column) {
    Object event = null;
    boolean found = false;
    for (JsonToken t = in.token(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
      String name = in.text();
      int nameLine = in.line();
      int nameColumn = in.column();
      in.next();
      if (name.equals(Engine.GCM_FORMAT) || name.equals(Engine.KIND)) {
        in.skip();
      } else if (name.equals(Engine.EVENT)) {
        found = true;
        event = binder.object(in, ModelType.of(Event.class), Path.ROOT.member(Engine.EVENT), Engine.DEFAULT_LANGUAGE);
      } else {
        binder.unknownField(in, Path.ROOT, name, nameLine, nameColumn, List.of(Engine.GCM_FORMAT, Engine.KIND, Engine.EVENT));
      }
    }
    if (!found) {
      problems.report("", line, column, "required-field", Engine.EVENT);
    }
    return event;
  }

  /** The body of any other document: the root object's other fields, those of its model type. */
  private @Nullable Object body(Tokens tokens, DocumentKind kind, int line, int column, int position) {
    Tokens in = tokens;
    ModelType type = ModelType.of(kind.modelType());
    boolean envelopeLanguage = kind == DocumentKind.NETWORK || kind == DocumentKind.FEDERATION;
    Binder.Draft draft = binder.new Draft(type, Path.ROOT,
        presetLanguage == null ? Engine.DEFAULT_LANGUAGE : presetLanguage, line, column, position);
    in = draft.prepare(in);
    int before = problems.count();
    boolean bound = false;
    for (JsonToken t = in.token(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
      String name = in.text();
      int nameLine = in.line();
      int nameColumn = in.column();
      in.next();
      if (name.equals(Engine.GCM_FORMAT) || name.equals(Engine.KIND)) {
        in.skip();
      } else if (envelopeLanguage && name.equals(Engine.LANGUAGE)) {
        int mark = problems.count();
        int tagLine = in.line();
        int tagColumn = in.column();
        String tag = binder.language(in, Path.ROOT.member(Engine.LANGUAGE));
        if (tag == null) {
          // A document whose language cannot be known is not read further.
          List<FormatProblem> why = problems.truncate(mark);
          problems.truncate(before);
          problems.restore(why);
          Binder.skipRest(in);
          return null;
        }
        if (presetLanguage == null) {
          if (bound && !tag.equals(draft.language())) {
            throw ReadAgain.lateLanguage(tag, tagLine, tagColumn);
          }
          draft.language(tag);
        }
      } else {
        bound = true;
        draft.member(in, name, nameLine, nameColumn);
      }
    }
    return draft.build();
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
}
