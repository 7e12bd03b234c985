package io.github.gcmkit.model;

import java.util.Set;

/**
 * Who leads, takes part in, organises or is named by something: one catalogued organisation
 * ({@link EntityRef}, such as IOM) or a group of stakeholders ({@link StakeholderGroup}, such as
 * "relevant CSOs and other stakeholders from and working in the region"), because workplans name
 * groups as often as organisations.
 */
public sealed interface StakeholderRef permits EntityRef, StakeholderGroup {

  /** A reference to the organisation whose canonical code is {@code code} ("IOM"). */
  static EntityRef entity(String code) {
    return EntityRef.of(EntityId.of(code));
  }

  /** A reference to the organisation {@code id}. */
  static EntityRef entity(EntityId id) {
    return EntityRef.of(id);
  }

  /** A group of the given kind, in the document's own words. */
  static StakeholderGroup group(GroupKind kind, LocalizedText wording) {
    return StakeholderGroup.builder().kind(kind).wording(wording).build();
  }

  /** The organisations this reference names: the entity itself, or those a group names. */
  Set<EntityId> entityIds();
}
