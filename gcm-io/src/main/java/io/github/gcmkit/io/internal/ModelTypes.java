package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableSet;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.network.Federation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every model type that documents can hold, found by walking the attributes from the roots; a type
 * with a form of its own ({@link Special}) is not walked, but the value types of its choices are.
 */
public final class ModelTypes {

  private static final ImmutableSet<Class<?>> ALL = walk();

  private ModelTypes() {}

  /** The value types (objects in the format) and enums reachable from a federation or an event. */
  public static ImmutableSet<Class<?>> all() {
    return ALL;
  }

  private static ImmutableSet<Class<?>> walk() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(Federation.class);
    todo.add(Event.class);
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      Optional<Special> special = Special.of(type);
      if (special.isPresent()) {
        todo.addAll(special.get().alternatives());
      } else if (ModelType.isValueType(type)) {
        for (Attribute attribute : ModelType.of(type).attributes()) {
          Class<?> element = attribute.elementType();
          if (element.getPackageName().startsWith("io.github.gcmkit.model")) {
            todo.add(element);
          }
        }
      }
    }
    return ImmutableSet.copyOf(seen);
  }
}
