package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.io.GcmOptions;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/** The Jackson serializer and deserializer of one model type, for {@code GcmModule}. */
public final class ModelTypeBinding {

  private ModelTypeBinding() {}

  /** Registers the serializer and deserializer of {@code type}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void register(
      Class<?> type, GcmOptions options, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer((Class) type, new Serializer(type));
    deserializers.addDeserializer((Class) type, new Deserializer(type, options));
  }

  private static final class Serializer extends ValueSerializer<Object> {
    private final Class<?> type;

    Serializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      new Emitter(gen, ImmutableMap.of()).value(value, type, Path.ROOT, Engine.DEFAULT_LANGUAGE);
    }
  }

  private static final class Deserializer extends ValueDeserializer<Object> {
    private final Class<?> type;
    private final GcmOptions options;

    Deserializer(Class<?> type, GcmOptions options) {
      this.type = type;
      this.options = options;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      Problems problems = new Problems(0);
      Problems syntax = new Problems(0);
      Positions positions = new Positions();
      Object value;
      // One pass over the parser's tokens, by the same table and checks as GcmJson and GcmYaml.
      try {
        Tokens in = new Tokens(p, syntax, options.maxValues(), positions);
        value = new Binder(options, problems, positions, false).bind(in, type, Path.ROOT, Engine.DEFAULT_LANGUAGE);
      } catch (Tokens.Stop e) {
        value = null;
        problems = syntax;
      } catch (RuntimeException e) {
        TreeReader.unreadable(e, p.currentLocation(), syntax);
        value = null;
        problems = syntax;
      }
      if (value == null || problems.any()) {
        String message =
            problems.all().stream()
                .map(pr -> pr.line() + ":" + pr.column() + " " + pr)
                .collect(Collectors.joining("; "));
        throw MismatchedInputException.from(p, type, "cannot read " + type.getSimpleName() + ": " + message);
      }
      return value;
    }
  }

}
