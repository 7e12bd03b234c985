package io.github.gcmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generators against the model's own shape: every attribute of every value type is produced
 * by some generator, present when optional, non-empty when a collection, both {@code true} and
 * {@code false} when a flag. An attribute added to the model and forgotten by the generators (as
 * {@code Workplan.revises} once was) fails here, so no round trip or rule law goes untested on it.
 */
class GeneratorCoverageTest {

  private static final int SAMPLES = 150;

  private static final ImmutableMap<Class<?>, ImmutableMap<String, Method>> SHAPE =
      ModelShape.valueTypes();

  private static final Set<String> PRODUCED = new TreeSet<>();

  @BeforeAll
  static void walkEverythingTheGeneratorsProduce() throws ReflectiveOperationException {
    ModelGenerators gen = ModelGenerators.defaults();
    for (Method method : ModelGenerators.class.getMethods()) {
      if (method.getReturnType() == Generator.class
          && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())) {
        Generator<?> generator = (Generator<?>) method.invoke(gen);
        for (long seed = 0; seed < SAMPLES; seed++) {
          walk(generator.sample(seed));
        }
      }
    }
    walk(gen.fullFederation(3).sample(1));
  }

  @Test
  void theModelHasValueTypesWithAttributes() {
    assertThat(SHAPE).isNotEmpty();
    assertThat(SHAPE.keySet().stream().map(Class::getSimpleName))
        .contains("Federation", "Workplan", "LocalizedText");
    assertThat(SHAPE.values()).allSatisfy(attributes -> assertThat(attributes).isNotEmpty());
  }

  @Test
  void everyAttributeOfEveryValueTypeIsProduced() {
    Set<String> expected = new TreeSet<>();
    SHAPE.forEach(
        (type, attributes) ->
            attributes.forEach(
                (name, accessor) -> expected.addAll(outcomes(type, name, accessor.getReturnType()))));
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(PRODUCED);
    assertThat(missing).as("attributes the generators never produce").isEmpty();
  }

  /** What must be seen of an attribute for it to count as produced. */
  private static Set<String> outcomes(Class<?> type, String name, Class<?> valueType) {
    String key = type.getSimpleName() + "." + name;
    if (valueType == boolean.class) {
      return Set.of(key + "=true", key + "=false");
    }
    return Set.of(key);
  }

  private static void walk(Object root) throws ReflectiveOperationException {
    Deque<Object> pending = new ArrayDeque<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Object value = pending.pop();
      if (seen.put(value, Boolean.TRUE) != null) {
        continue;
      }
      for (Map.Entry<Class<?>, ImmutableMap<String, Method>> type : SHAPE.entrySet()) {
        if (type.getKey().isInstance(value)) {
          visit(type.getKey(), type.getValue(), value, pending);
        }
      }
    }
  }

  private static void visit(
      Class<?> type, ImmutableMap<String, Method> attributes, Object value, Deque<Object> pending)
      throws ReflectiveOperationException {
    for (Map.Entry<String, Method> attribute : attributes.entrySet()) {
      String key = type.getSimpleName() + "." + attribute.getKey();
      Object content;
      try {
        content = attribute.getValue().invoke(value);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(key, e.getCause());
      }
      if (content instanceof Optional<?> optional) {
        if (optional.isPresent()) {
          PRODUCED.add(key);
          pending.push(optional.get());
        }
      } else if (content instanceof Collection<?> collection) {
        if (!collection.isEmpty()) {
          PRODUCED.add(key);
          collection.forEach(pending::push);
        }
      } else if (content instanceof Map<?, ?> map) {
        if (!map.isEmpty()) {
          PRODUCED.add(key);
          map.keySet().forEach(pending::push);
          map.values().forEach(pending::push);
        }
      } else if (content instanceof Boolean flag) {
        PRODUCED.add(key + "=" + flag);
      } else {
        PRODUCED.add(key);
        pending.push(content);
      }
    }
  }
}
