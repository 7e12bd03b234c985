package io.github.gcmkit.model;

/** How a pledge made at the International Migration Review Forum was made, and by how many. */
public enum PledgeKind {
  /** Made by one party alone. */
  INDIVIDUAL,
  /** Made by several parties together. */
  COMMON,
  /** Made by a party in partnership with others. */
  PARTNERSHIP,
  /** Made to match another pledge, named by its number. */
  MATCHING
}
