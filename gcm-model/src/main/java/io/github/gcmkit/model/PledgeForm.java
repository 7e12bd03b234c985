package io.github.gcmkit.model;

/** What a pledge offers. */
public enum PledgeForm {
  /** Money. */
  FINANCIAL,
  /** People and expertise. */
  HUMAN_RESOURCE,
  /** A process: dialogue, coordination, a mechanism. */
  PROCESS_ORIENTED,
  /** A policy, law or strategy. */
  POLICY_ORIENTED
}
