package io.github.gcmkit.model.charter;

/** On what basis organisations are members of a network. */
public enum CompositionBasis {
  /** Every UN entity of the UN Country Team that wishes to be a member (a country network). */
  EVERY_UNCT_ENTITY,
  /** Every UN system entity active in the region that wishes to be a member (a regional network). */
  EVERY_UN_ENTITY_IN_REGION,
  /** Every UN system entity that wishes to be a member (the global network). */
  EVERY_UN_ENTITY,
  /** The organisations the charter names, and only those. */
  NAMED_MEMBERS,
  /** By invitation of the network. */
  BY_INVITATION
}
