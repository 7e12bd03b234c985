package io.github.gcmkit.model.programme;

/** Where a joint programme stands in its life, from concept to closure. */
public enum ProgrammeStatus {
  /** Endorsed in principle and waiting for funds (the Migration MPTF's "pipeline"). */
  PIPELINE,
  /** Approved for funding, not yet started. */
  APPROVED,
  /** Being implemented. */
  ACTIVE,
  /** Operationally or financially closed. */
  CLOSED
}
