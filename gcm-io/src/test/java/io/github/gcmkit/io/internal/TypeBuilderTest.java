package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.EventKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values built through reflection at first, then through functions from the lambda factory. */
class TypeBuilderTest {

  private static final ModelType EVENT = ModelType.of(Event.class);

  private static Object[] draft(int i) {
    Object[] draft = EVENT.newDraft();
    put(draft, "id", "e" + i);
    put(draft, "title", LocalizedText.en("Event " + i));
    put(draft, "kind", EventKind.values()[i % EventKind.values().length]);
    if (i % 3 == 0) {
      put(draft, "organisers", List.of(StakeholderRef.entity(EntityId.of("IOM"))));
    }
    return draft;
  }

  private static void put(Object[] draft, String name, Object value) {
    draft[EVENT.attribute(name).orElseThrow().index()] = value;
  }

  private static Event expected(int i) {
    Event.Builder event = Event.builder();
    event.id("e" + i).title(LocalizedText.en("Event " + i)).kind(EventKind.values()[i % EventKind.values().length]);
    if (i % 3 == 0) {
      event.organisers(ImmutableList.of(StakeholderRef.entity(EntityId.of("IOM"))));
    }
    return event.build();
  }

  @Test
  void valuesBuiltBeforeAndAfterTheFunctionsAreMadeAreTheSame() {
    TypeBuilder builder = new TypeBuilder(EVENT.attributes(), method("builder"), builderMethod("build"));
    for (int i = 0; i < 3 * TypeBuilder.OFTEN; i++) {
      assertThat(builder.build(draft(i))).as("value %s", i).isEqualTo(expected(i));
    }
  }

  @Test
  void aBrokenInvariantComesOutTheSameWayBeforeAndAfter() {
    TypeBuilder builder = new TypeBuilder(EVENT.attributes(), method("builder"), builderMethod("build"));
    for (int i = 0; i < 2 * TypeBuilder.OFTEN; i++) {
      Object[] draft = draft(i);
      put(draft, "id", " ");
      assertThatThrownBy(() -> builder.build(draft)).as("value %s", i).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static java.lang.reflect.Method method(String name) {
    try {
      return Event.class.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static java.lang.reflect.Method builderMethod(String name) {
    try {
      return Event.Builder.class.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
