package io.github.gcmkit.model.charter;

/** How a body takes a decision. */
public enum DecisionMethod {
  /** By consensus ("par consensus"). */
  CONSENSUS,
  /** By a majority vote. */
  MAJORITY,
  /** By validation or approval of a proposal, such as a workplan validated by the executive committee. */
  VALIDATION
}
