package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.io.internal.Attribute;
import io.github.gcmkit.io.internal.ModelType;
import io.github.gcmkit.io.internal.ModelTypes;
import io.github.gcmkit.io.internal.Special;
import io.github.gcmkit.testkit.Generator;
import io.github.gcmkit.testkit.ModelGenerators;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Special}, the one list of the types the format writes in a form of their own, against what
 * the writer and the reader do with every type documents hold, over values from every gcm-testkit
 * generator: a value type that is not in the list is written as an object of its own attributes; a
 * type in the list is written in another form (a string, or an object that is not its fields, or
 * one of the form's choices); and every value is read back equal. A type made special in the reader
 * or the writer and not in the list, or listed and not special there, fails here; the type walk
 * ({@link ModelTypes}, hence {@link GcmModule}) and the JSON Schema take the list itself.
 */
class SpecialFormsTest {

  private static final int SEEDS = 40;
  private static final int SAMPLES_PER_TYPE = 6;

  /** Lenient, for the organisations a generated catalogue declares that the default one does not know. */
  private static final JsonMapper MODULE =
      JsonMapper.builder().addModule(new GcmModule(GeneratedModels.OPTIONS.withLenient(true))).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** Values of each model value type, found in everything the generators produce. */
  private static final Map<Class<?>, List<Object>> VALUES = new LinkedHashMap<>();

  @BeforeAll
  static void collectValuesOfEveryType() throws ReflectiveOperationException {
    ModelGenerators generators = ModelGenerators.defaults();
    for (Method method : ModelGenerators.class.getMethods()) {
      if (method.getReturnType() == Generator.class
          && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())) {
        Generator<?> generator = (Generator<?>) method.invoke(generators);
        for (long seed = 0; seed < SEEDS; seed++) {
          collect(generator.sample(seed));
        }
      }
    }
  }

  @Test
  void everyValueTypeDocumentsHoldIsSampled() {
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : ModelTypes.all()) {
      if (ModelType.isValueType(type) && !Special.is(type) && !VALUES.containsKey(type)) {
        missing.add(type.getSimpleName());
      }
    }
    assertThat(missing).as("value types no generator produced").isEmpty();
  }

  @Test
  void aTypeIsWrittenInAFormOfItsOwnExactlyWhenTheListSaysSo() {
    Set<Special> seen = EnumSet.noneOf(Special.class);
    List<String> disagreements = new ArrayList<>();
    for (Class<?> type : ModelTypes.all()) {
      if (!ModelType.isValueType(type) || Special.is(type)) {
        continue;
      }
      ModelType model = ModelType.of(type);
      for (Object value : VALUES.getOrDefault(type, List.of())) {
        String json = MODULE.writerFor(type).writeValueAsString(value);
        JsonNode written = PLAIN.readTree(json);
        assertThat(fieldsOf(written, type)).as(type.getSimpleName() + " written field by field").isTrue();
        for (Attribute attribute : model.attributes()) {
          JsonNode field = written.get(attribute.name());
          List<Object> items = items(held(value, type, attribute));
          if (field == null || items.isEmpty()) {
            continue;
          }
          List<JsonNode> forms = new ArrayList<>();
          if (attribute.shape() == Attribute.Shape.COLLECTION && field.isArray()) {
            field.values().forEach(forms::add);
          } else {
            forms.add(field);
          }
          Class<?> declared = attribute.elementType();
          Special.of(declared).ifPresent(seen::add);
          for (int i = 0; i < Math.min(forms.size(), items.size()); i++) {
            String problem = disagreement(declared, items.get(i), forms.get(i));
            if (problem != null) {
              disagreements.add(type.getSimpleName() + "." + attribute.name() + ": " + problem);
            }
          }
        }
        assertThat(MODULE.readValue(json, type)).as(type.getSimpleName() + " read back").isEqualTo(value);
      }
    }
    assertThat(disagreements).as("types the writer and the list of special forms disagree on").isEmpty();
    assertThat(seen).as("forms met in the generated values").containsExactlyInAnyOrder(Special.values());
  }

  @Test
  void anOrganisationAloneIsReadAndValidatedAsACodeNeverAsAGroup() {
    String group = "{\"kind\": \"member-states\", \"wording\": \"States\"}";
    String programme = """
        {"gcmFormat": "1.0", "kind": "programme", "id": "jp", "title": "T",
         "participatingOrganisations": [%s], "partners": [%s]}
        """;
    assertThat(GcmJson.defaults().read(programme.formatted("\"IOM\"", group)).value()).isNotNull();
    assertThat(new Schema().errors(programme.formatted("\"IOM\"", group))).isEmpty();
    String misplaced = programme.formatted(group, "\"IOM\"");
    assertThat(new Schema().errors(misplaced)).isNotEmpty();
    assertThatThrownBy(() -> GcmJson.defaults().read(misplaced))
        .isInstanceOfSatisfying(GcmFormatException.class, e -> assertThat(e.problems())
            .extracting(p -> p.pointer().toString())
            .containsExactly("/participatingOrganisations/0"));
  }

  /** Why the {@code written} form of {@code item}, declared {@code declared}, disagrees with the list; null if it does not. */
  private static @Nullable String disagreement(Class<?> declared, Object item, JsonNode written) {
    Optional<Special> special = Special.of(declared);
    Class<?> own = valueTypeOf(item.getClass());
    if (special.isEmpty()) {
      if (declared.isEnum()) {
        return written.isString() ? null : "an enum not written as its code: " + written;
      }
      if (ModelType.isValueType(declared) && !fieldsOf(written, declared)) {
        return declared.getSimpleName() + " is not in the list of special forms but is written as " + written;
      }
      return null;
    }
    if (own != null && special.get().alternatives().contains(own)) {
      return fieldsOf(written, own) ? null
          : own.getSimpleName() + ", a choice of " + special.get() + ", is not written field by field: " + written;
    }
    if (own != null && fieldsOf(written, own)) {
      return declared.getSimpleName() + " is in the list of special forms (" + special.get()
          + ") but is written field by field: " + written;
    }
    return null;
  }

  /**
   * Whether {@code written} is an object whose fields are all attributes of {@code type}, or the tag
   * of the form {@code type} is a choice of.
   */
  private static boolean fieldsOf(JsonNode written, Class<?> type) {
    Set<String> fields = new TreeSet<>(ModelType.of(type).names());
    for (Special special : Special.values()) {
      if (special.alternatives().contains(type)) {
        special.tag().ifPresent(fields::add);
      }
    }
    return written.isObject() && fields.containsAll(written.propertyNames());
  }

  /** The model value type a value's class implements (its Immutables superclass), if any. */
  private static @Nullable Class<?> valueTypeOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (ModelType.isValueType(c)) {
        return c;
      }
    }
    return null;
  }

  private static void collect(Object value) {
    Class<?> type = valueTypeOf(value.getClass());
    if (type == null) {
      return;
    }
    List<Object> values = VALUES.computeIfAbsent(type, t -> new ArrayList<>());
    if (values.size() < SAMPLES_PER_TYPE && !values.contains(value)) {
      values.add(value);
    }
    if (Special.is(type)) {
      return;
    }
    for (Attribute attribute : ModelType.of(type).attributes()) {
      items(held(value, type, attribute)).forEach(SpecialFormsTest::collect);
    }
  }

  /** What {@code value}, of {@code type}, holds in {@code attribute}, through its public accessor. */
  private static Object held(Object value, Class<?> type, Attribute attribute) {
    try {
      return type.getMethod(attribute.name()).invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getSimpleName() + "." + attribute.name(), e);
    }
  }

  /** The values an attribute holds: none, one, or those of a collection. */
  private static List<Object> items(@Nullable Object held) {
    if (held == null) {
      return List.of();
    }
    if (held instanceof Optional<?> optional) {
      return optional.<List<Object>>map(List::of).orElse(List.of());
    }
    if (held instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    return List.of(held);
  }
}
