package io.github.gcmkit.model;

/** The role an organisation has in a network, as a {@link Membership} records it. */
public enum MembershipRole {
  /** A full member. */
  MEMBER,
  /** The network's coordinator (IOM, by the GCM's paragraph 45). */
  COORDINATOR,
  /** An observer. */
  OBSERVER
}
