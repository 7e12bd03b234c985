package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderGroup;
import java.lang.invoke.MethodHandle;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * How the values of one model type are written, derived once from its {@link ModelType} the first
 * time one is written: its fields in canonical order, each with its name encoded once, its
 * accessor and default as functions made once, and what kind of value it holds, so that writing a
 * value is a loop over an array with no look-up, reflection or type test per field.
 *
 * <p>Made on the first write, not when the type is first read: a reader pays nothing for it.
 */
final class TypeWriter {

  private static final ClassValue<TypeWriter> WRITERS =
      new ClassValue<>() {
        @Override
        protected TypeWriter computeValue(Class<?> type) {
          return new TypeWriter(ModelType.of(type));
        }
      };

  /** The codes of each enum's constants, by ordinal, encoded once. */
  private static final ClassValue<SerializableString[]> CODES =
      new ClassValue<>() {
        @Override
        protected SerializableString[] computeValue(Class<?> type) {
          return Enums.codeList(type).stream().map(SerializedString::new).toArray(SerializableString[]::new);
        }
      };

  /** What kind of value a field holds, which decides how it is written. */
  enum Kind {
    STRING, INTEGER, BOOLEAN, ENUM, TEXT, PARTIAL_DATE, YEAR_MONTH, ENTITY_ID, ENTITY_REF, SCHEDULE,
    /** A model value type, written as an object by its own writer. */
    OBJECT,
    /** Known only from the value itself (a field typed by an interface the values implement). */
    ANY;

    static Kind of(Class<?> type) {
      if (type == String.class) {
        return STRING;
      } else if (type == Integer.class || type == int.class) {
        return INTEGER;
      } else if (type == Boolean.class || type == boolean.class) {
        return BOOLEAN;
      } else if (Enum.class.isAssignableFrom(type)) {
        return ENUM;
      } else if (LocalizedText.class.isAssignableFrom(type)) {
        return TEXT;
      } else if (PartialDate.class.isAssignableFrom(type)) {
        return PARTIAL_DATE;
      } else if (type == YearMonth.class) {
        return YEAR_MONTH;
      } else if (EntityId.class.isAssignableFrom(type)) {
        return ENTITY_ID;
      } else if (EntityRef.class.isAssignableFrom(type)) {
        return ENTITY_REF;
      } else if (Schedule.class.isAssignableFrom(type)) {
        return SCHEDULE;
      } else if (StakeholderGroup.class.isAssignableFrom(type) || ModelType.isValueType(type)) {
        return OBJECT;
      }
      return ANY;
    }
  }

  /** One field of the type as it is written. */
  static final class Field {
    final Attribute attribute;
    final SerializableString name;
    final Attribute.Shape shape;
    final Kind kind;
    /** Whether the field is left out when equal to the model's default (all defaulted fields but {@code language}). */
    final boolean omitsDefault;
    private final Function<Object, Object> getter;
    private final @Nullable Function<Object, Object> defaults;
    private final SerializableString @Nullable [] codes;
    private @Nullable TypeWriter elements;

    Field(Attribute attribute) {
      this.attribute = attribute;
      this.name = new SerializedString(attribute.name());
      this.shape = attribute.shape();
      this.kind = Kind.of(attribute.elementType());
      this.omitsDefault = shape == Attribute.Shape.DEFAULTED && !attribute.name().equals(LANGUAGE);
      this.getter = Lambdas.function(Lambdas.unreflect(attribute.getter()));
      this.defaults = attribute.defaultMethod().map(Lambdas::function).orElse(null);
      this.codes = kind == Kind.ENUM ? CODES.get(attribute.elementType()) : null;
    }

    /** The field's value in {@code instance}: for an optional or a collection, the container. */
    Object get(Object instance) {
      return getter.apply(instance);
    }

    /** Whether {@code value}, this field's value in {@code instance}, is the model's default there. */
    boolean isDefault(Object instance, Object value) {
      Object standard = java.util.Objects.requireNonNull(defaults, "default").apply(instance);
      return value == standard || value.equals(standard);
    }

    /** The code of an enum constant, encoded once. */
    @SuppressWarnings("EnumOrdinal") // an array by ordinal, as Enums keeps the codes
    SerializableString code(Enum<?> constant) {
      return java.util.Objects.requireNonNull(codes, "codes")[constant.ordinal()];
    }

    /** The writer of the field's values, for a field of model values. */
    TypeWriter elements() {
      TypeWriter writer = elements;
      if (writer == null) {
        // Looked up on first use: types may contain themselves. Racing threads find the same writer.
        writer = of(attribute.elementType());
        elements = writer;
      }
      return writer;
    }
  }

  private static final String LANGUAGE = "language";

  private final ModelType type;
  private final Field[] fields;
  private final @Nullable Field language;

  private TypeWriter(ModelType type) {
    this.type = type;
    ImmutableList<Attribute> attributes = type.attributes();
    this.fields = attributes.stream().map(Field::new).toArray(Field[]::new);
    this.language = Arrays.stream(fields)
        .filter(f -> f.attribute.name().equals(LANGUAGE))
        .findFirst()
        .orElse(null);
  }

  /** The writer of the model value type {@code type}. */
  static TypeWriter of(Class<?> type) {
    return WRITERS.get(type);
  }

  /** The model type written. */
  ModelType type() {
    return type;
  }

  /** The fields in canonical order. */
  Field[] fields() {
    return fields;
  }

  /** The language a value declares for its plain strings, or {@code inherited} if its type has none. */
  String language(Object value, String inherited) {
    return language == null ? inherited : (String) language.get(value);
  }
}
