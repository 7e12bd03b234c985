package io.github.gcmkit.model;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A reference to one organisation of an {@link EntityCatalog} by its canonical code. Whether the
 * code resolves is for the catalogue (and the rules) to say, so a document naming an organisation
 * the catalogue does not know can still be represented.
 */
@Value.Immutable(builder = false)
public abstract non-sealed class EntityRef implements StakeholderRef, WithEntityRef {

  EntityRef() {}

  /** The organisation's canonical code. */
  @Value.Parameter
  public abstract EntityId id();

  /** A reference to {@code id}. */
  public static EntityRef of(EntityId id) {
    return ImmutableEntityRef.of(id);
  }

  @Override
  public Set<EntityId> entityIds() {
    return ImmutableSet.of(id());
  }

  @Override
  public String toString() {
    return id().toString();
  }
}
