package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import java.util.Set;

/** The model types that the format writes as strings or in a form of their own, not field by field. */
public final class Special {

  private static final Set<Class<?>> TYPES =
      Set.of(LocalizedText.class, PartialDate.class, EntityId.class, EntityRef.class);

  private Special() {}

  /** Whether {@code type} has a form of its own in the format. */
  public static boolean is(Class<?> type) {
    return TYPES.contains(type);
  }
}
