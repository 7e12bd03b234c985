package io.github.gcmkit.model.programme;

/** Where the money of a joint programme comes from. */
public enum FundingSource {
  /** The Migration Multi-Partner Trust Fund, the GCM's start-up fund (A/RES/73/195, para 43(b)). */
  MIGRATION_MPTF,
  /** Any other source; the programme's {@code funder} may name it. */
  OTHER
}
