package io.github.gcmkit.io.internal;

import com.google.common.collect.ImmutableSet;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.ScheduleWindow;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.network.Federation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/** Every model type that documents can hold, found by walking the attributes from the roots. */
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
      if (type == StakeholderRef.class) {
        todo.add(StakeholderGroup.class);
      } else if (type == Schedule.class) {
        todo.add(ScheduleWindow.class);
        todo.add(RecurringSchedule.class);
      } else if (ModelType.isValueType(type) && !Special.is(type)) {
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
