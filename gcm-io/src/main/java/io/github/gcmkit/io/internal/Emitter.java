package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderGroup;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.UTF8JsonGenerator;

/**
 * Writes model values to a Jackson generator (JSON or YAML) in the canonical form: fields in a
 * fixed order, absent, empty and default values left out, so that equal values give equal bytes.
 */
public final class Emitter {

  private static final JsonFactory EXTENSION_PARSER =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(Factories.MAX_WRITE_DEPTH)
              .maxStringLength(Integer.MAX_VALUE)
              .maxNumberLength(Integer.MAX_VALUE)
              .maxNameLength(Integer.MAX_VALUE)
              .build())
          .build();

  /** Names written in every document, encoded once. */
  private static final SerializableString ORIGINAL = new SerializedString(Scalars.ORIGINAL);

  private static final SerializableString ENGLISH = new SerializedString(LocalizedText.ENGLISH);
  private static final SerializableString FRENCH = new SerializedString(LocalizedText.FRENCH);

  private final JsonGenerator out;
  private final ImmutableMap<String, ImmutableMap<String, String>> extensions;
  /** The pointers of the objects that hold extensions, and of every object that contains one. */
  private final Set<String> holders = new HashSet<>();
  /** Whether pointers are followed: only when there are extensions to put back. */
  private final boolean tracking;
  /** Whether strings whose UTF-8 bytes JSON writes as they are may be copied as bytes. */
  private final boolean plainBytes;

  /** An emitter writing to {@code out}, putting {@code extensions} back into their objects. */
  public Emitter(JsonGenerator out, ImmutableMap<String, ImmutableMap<String, String>> extensions) {
    this(out, extensions, false);
  }

  /**
   * An emitter writing to {@code out}, putting {@code extensions} back into their objects; with
   * {@code gcmkitUtf8}, {@code out} is a generator of UTF-8 JSON made by gcmkit's own JSON factory
   * ({@link Factories#jsonFactory}), to which a plain string's bytes are copied ({@link PlainUtf8}).
   */
  public Emitter(
      JsonGenerator out, ImmutableMap<String, ImmutableMap<String, String>> extensions, boolean gcmkitUtf8) {
    this.out = out;
    this.plainBytes = gcmkitUtf8 && out instanceof UTF8JsonGenerator;
    this.extensions = extensions;
    this.tracking = !extensions.isEmpty();
    for (String pointer : extensions.keySet()) {
      String p = pointer;
      while (holders.add(p) && !p.isEmpty()) {
        p = p.substring(0, p.lastIndexOf('/'));
      }
    }
  }

  /** Writes {@code value}, a value of {@code type}, at {@code pointer} in the document. */
  public void value(Object value, Class<?> type, Path pointer, String language) {
    if (value instanceof String s) {
      string(s);
    } else if (value instanceof Integer i) {
      out.writeNumber(i);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Enum<?> e) {
      out.writeString(Enums.code(e));
    } else if (value instanceof LocalizedText t) {
      localizedText(t, pointer, language);
    } else if (value instanceof PartialDate d) {
      out.writeString(partialDate(d));
    } else if (value instanceof YearMonth m) {
      out.writeString(m.toString());
    } else if (value instanceof EntityId id) {
      out.writeString(id.code());
    } else if (value instanceof EntityRef ref) {
      out.writeString(ref.id().code());
    } else if (value instanceof StakeholderGroup group) {
      object(group, TypeWriter.of(StakeholderGroup.class), pointer, language);
    } else if (value instanceof Schedule schedule) {
      schedule(schedule, pointer, language);
    } else if (ModelType.isValueType(type)) {
      object(value, TypeWriter.of(type), pointer, language);
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName());
    }
  }

  /**
   * Writes a value type as an object; {@code head} (if not null) writes the fields that come
   * first, such as the envelope's.
   */
  public void object(
      Object value, ModelType type, Path pointer, String language, @Nullable Runnable head) {
    out.writeStartObject();
    if (head != null) {
      head.run();
    }
    fields(value, type, pointer, language);
    out.writeEndObject();
  }

  /** Writes the fields of a value type, and its extensions, into the current object. */
  public void fields(Object value, ModelType type, Path pointer, String language) {
    fields(value, TypeWriter.of(type.type()), pointer, language);
  }

  private void object(Object value, TypeWriter type, Path pointer, String language) {
    out.writeStartObject();
    fields(value, type, pointer, language);
    out.writeEndObject();
  }

  private void fields(Object value, TypeWriter type, Path pointer, String language) {
    String inner = type.language(value, language);
    for (TypeWriter.Field field : type.fields()) {
      Object v = field.get(value);
      switch (field.shape) {
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) v;
          if (o.isEmpty()) {
            continue;
          }
          v = o.get();
        }
        case COLLECTION -> {
          if (((ImmutableCollection<?>) v).isEmpty()) {
            continue;
          }
        }
        case DEFAULTED -> {
          if (field.omitsDefault && field.isDefault(value, v) && !hasExtensionsUnder(pointer, field)) {
            continue;
          }
        }
        case REQUIRED -> {
          // always written
        }
      }
      out.writeName(field.name);
      // Pointers are only looked at for extensions: without any, the object's own stands for all.
      Path child = tracking ? pointer.member(field.attribute.name()) : pointer;
      if (field.shape == Attribute.Shape.COLLECTION) {
        out.writeStartArray();
        if (v instanceof ImmutableList<?> list) {
          // Most collections are lists: by index, without an iterator.
          for (int i = 0, n = list.size(); i < n; i++) {
            write(field, list.get(i), tracking ? child.item(i) : child, inner);
          }
        } else {
          int i = 0;
          for (Object item : (ImmutableCollection<?>) v) {
            write(field, item, tracking ? child.item(i++) : child, inner);
          }
        }
        out.writeEndArray();
      } else {
        write(field, v, child, inner);
      }
    }
    extensions(pointer);
  }

  /** Writes {@code v}, one value of {@code field}, as the field's kind says. */
  private void write(TypeWriter.Field field, Object v, Path pointer, String language) {
    switch (field.kind) {
      case STRING -> string((String) v);
      case INTEGER -> out.writeNumber((int) (Integer) v);
      case BOOLEAN -> out.writeBoolean((Boolean) v);
      case ENUM -> out.writeString(field.code((Enum<?>) v));
      case TEXT -> localizedText((LocalizedText) v, pointer, language);
      case PARTIAL_DATE -> string(partialDate((PartialDate) v));
      case YEAR_MONTH -> string(v.toString());
      case ENTITY_ID -> string(((EntityId) v).code());
      case ENTITY_REF -> string(((EntityRef) v).id().code());
      case SCHEDULE -> schedule((Schedule) v, pointer, language);
      case OBJECT -> object(v, field.elements(), pointer, language);
      case ANY -> value(v, field.attribute.elementType(), pointer, language);
    }
  }

  private boolean hasExtensionsUnder(Path pointer, TypeWriter.Field field) {
    return tracking && hasExtensionsUnder(pointer.member(field.attribute.name()));
  }

  private boolean hasExtensionsUnder(Path at) {
    return !holders.isEmpty() && holders.contains(at.toString());
  }

  /** Writes the extensions kept for the object at {@code pointer}. */
  public void extensions(Path pointer) {
    if (extensions.isEmpty()) {
      return;
    }
    ImmutableMap<String, String> fields = extensions.get(pointer.toString());
    if (fields == null) {
      return;
    }
    for (Map.Entry<String, String> field : fields.entrySet()) {
      out.writeName(field.getKey());
      try (JsonParser p = EXTENSION_PARSER.createParser(ObjectReadContext.empty(), field.getValue())) {
        // Token by token, numbers as their text: kept digit for digit (1e999999999, -0, 0.10).
        int depth = 0;
        do {
          JsonToken token = p.nextToken();
          if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            out.writeNumber(p.getString());
          } else {
            out.copyCurrentEvent(p);
          }
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            depth++;
          } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            depth--;
          }
        } while (depth > 0);
      }
    }
  }

  private void localizedText(LocalizedText text, Path pointer, String language) {
    boolean extended = tracking && extensions.containsKey(pointer.toString());
    ImmutableMap<String, String> texts = text.texts();
    String original = text.original();
    if (texts.size() == 1 && original.equals(language) && !extended) {
      string(text.text());
      return;
    }
    out.writeStartObject();
    // The original is implied by the document's language when the text has it, else by a single
    // language; as the original is one of the texts, that is: the original is the document's
    // language, or the only one.
    boolean implied = original.equals(language) || texts.size() == 1;
    if (!implied) {
      out.writeName(ORIGINAL);
      out.writeString(original);
    }
    texts.forEach(this::translation);
    if (extended) {
      extensions(pointer);
    }
    out.writeEndObject();
  }

  /** Writes {@code "tag": "text"}, one language of a text. */
  private void translation(String tag, String text) {
    if (tag.equals(LocalizedText.ENGLISH)) {
      out.writeName(ENGLISH);
    } else if (tag.equals(LocalizedText.FRENCH)) {
      out.writeName(FRENCH);
    } else {
      out.writeName(tag);
    }
    string(text);
  }

  /**
   * Writes a string value: its UTF-8 bytes copied when they are plain and the string is long
   * enough for that to pay, else through Jackson's escaping.
   */
  private void string(String text) {
    if (plainBytes && text.length() >= PlainUtf8.WORTH_COPYING) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (PlainUtf8.isPlain(utf8)) {
        out.writeRawUTF8String(utf8, 0, utf8.length);
        return;
      }
    }
    out.writeString(text);
  }

  private void schedule(Schedule schedule, Path pointer, String language) {
    out.writeStartObject();
    out.writeName(Binder.SCHEDULE_TYPE);
    out.writeString(Binder.scheduleType(schedule));
    Class<?> kind = schedule.getClass().getSuperclass();
    if (ModelType.isValueType(kind)) {
      fields(schedule, TypeWriter.of(kind), pointer, language);
    } else {
      extensions(pointer);
    }
    out.writeEndObject();
  }

  /** The format's text of a partial date: {@code 2020-08}, {@code early 2020}. */
  public static String partialDate(PartialDate date) {
    return DateSpellings.spelling(date);
  }
}
