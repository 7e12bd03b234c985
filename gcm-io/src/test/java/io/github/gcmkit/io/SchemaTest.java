package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.github.gcmkit.io.internal.ModelTypes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SchemaTest {

  private static final Schema SCHEMA = new Schema();

  private static final Path SOURCE = Path.of("src/main/resources" + GcmSchema.RESOURCE);

  /** Whether this run rewrites the shipped schema. */
  private static final boolean UPDATE = Boolean.getBoolean("gcm.schema.update");

  @Test
  void theShippedSchemaIsTheOneTheModelGives() throws IOException {
    String generated = SchemaGenerator.generate();
    if (UPDATE) {
      Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(shipped())
        .as("the shipped schema has drifted from the model: rerun this test with -Dgcm.schema.update=true")
        .isEqualTo(generated);
  }

  /**
   * The shipped schema: the one in the classes, or when this run rewrites it the one in the sources
   * (the classes were copied before it was), so that the run that rewrites it passes.
   */
  private static String shipped() throws IOException {
    return UPDATE ? Files.readString(SOURCE, StandardCharsets.UTF_8) : GcmSchema.text();
  }

  /** Every value type's schema properties are exactly its attributes, found by plain reflection. */
  @Test
  void everyModelAttributeIsInTheSchemaAndNothingElse() throws IOException {
    JsonNode defs = GcmJson.defaults().mapper().readTree(shipped()).get("$defs");
    int checked = 0;
    for (Class<?> type : ModelTypes.all()) {
      if (type.isEnum() || !defs.has(type.getSimpleName())
          || !defs.get(type.getSimpleName()).has("properties")) {
        continue;
      }
      Set<String> properties = new TreeSet<>(defs.get(type.getSimpleName()).get("properties").propertyNames());
      assertThat(properties).as("schema properties of %s", type.getSimpleName()).isEqualTo(attributes(type));
      checked++;
    }
    assertThat(checked).isGreaterThan(30);
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind == DocumentKind.EVENT) {
        continue;
      }
      Set<String> properties = new TreeSet<>(defs.get(SchemaGenerator.documentName(kind)).get("properties").propertyNames());
      properties.removeAll(Set.of("$schema", "gcmFormat", "kind", "language"));
      Set<String> attributes = attributes(kind.modelType());
      attributes.remove("language");
      assertThat(properties).as("schema properties of a %s document", kind.code()).isEqualTo(attributes);
    }
  }

  /**
   * The model's attributes: its public accessors that are abstract or that its builder can set
   * (a type without a builder is built from its abstract accessors alone).
   */
  private static Set<String> attributes(Class<?> type) {
    Set<String> names = new TreeSet<>();
    Method[] setters = builderMethods(type);
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class || m.getReturnType() == void.class) {
        continue;
      }
      boolean settable = false;
      for (Method s : setters) {
        settable |= s.getName().equals(m.getName()) && s.getParameterCount() == 1;
      }
      if (Modifier.isAbstract(m.getModifiers()) || settable) {
        assertThat(settable || setters.length == 0)
            .as("%s.%s has no builder setter", type.getSimpleName(), m.getName())
            .isTrue();
        names.add(m.getName());
      }
    }
    return names;
  }

  private static Method[] builderMethods(Class<?> type) {
    try {
      return type.getMethod("builder").getReturnType().getMethods();
    } catch (NoSuchMethodException e) {
      try {
        return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName())
            .getDeclaredMethod("builder").getReturnType().getMethods();
      } catch (ReflectiveOperationException none) {
        return new Method[0];
      }
    }
  }

  @ParameterizedTest
  @FieldSource("io.github.gcmkit.io.Documents#ALL")
  void everySampleAndItsCanonicalFormIsValid(String name) {
    String text = Documents.text(name);
    assertThat(SCHEMA.errors(text)).isEmpty();
    String canonical = GcmJson.defaults().write(GcmJson.defaults().read(text));
    assertThat(SCHEMA.errors(canonical)).isEmpty();
    String yaml = GcmYaml.defaults().write(GcmJson.defaults().read(text));
    assertThat(SCHEMA.errors(yaml, InputFormat.YAML)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown-field.json", "unknown-enum.json", "wrong-type.json", "missing-required.json",
      "bad-schedule.json", "unknown-kind.json", "missing-format.json", "null-value.json", "bad-texts.json"})
  void theSchemaRejectsWhatTheReaderRejects(String name) {
    assertThat(SCHEMA.errors(Documents.text("invalid/" + name))).isNotEmpty();
  }
}
