package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.StakeholderRef;
import java.util.ArrayList;
import java.util.List;

/** Organisation look-ups that see through aliases ({@code OIM} is IOM). */
final class Entities {

  private Entities() {}

  /** The canonical id of {@code id}: the catalogue's, if it knows the code or alias. */
  static EntityId canonical(EntityCatalog catalog, EntityId id) {
    return catalog.resolve(id.code()).map(Entity::id).orElse(id);
  }

  /** Whether {@code ref} names {@code id} (canonical), itself or among a group's organisations. */
  static boolean names(EntityCatalog catalog, StakeholderRef ref, EntityId id) {
    return ref.entityIds().stream().anyMatch(e -> canonical(catalog, e).equals(id));
  }

  /**
   * The organisations {@code ref} names, each with its pointer: the reference itself for an
   * entity, {@code <pointer>/entities/<k>} for the organisations of a group.
   */
  static List<Located<EntityId>> located(String pointer, StakeholderRef ref) {
    return located(new Located<>(pointer, ref));
  }

  /** The organisations the located reference names, each with its pointer, as above. */
  static List<Located<EntityId>> located(Located<? extends StakeholderRef> ref) {
    List<Located<EntityId>> all = new ArrayList<>();
    if (ref.value() instanceof EntityRef entity) {
      all.add(ref.at(entity.id()));
      return all;
    }
    int k = 0;
    for (EntityId id : ref.value().entityIds()) {
      all.add(ref.child("entities", k++, id));
    }
    return all;
  }

}
