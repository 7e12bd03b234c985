package io.github.gcmkit.rules;

/** How a rule fared in a {@link Report}, over all the subjects it checked. */
public enum RuleStatus {
  /** Every subject was checked and none failed (accepted findings of a baseline aside). */
  PASSED,
  /** At least one new finding. */
  FAILED,
  /** No new finding, but the rule could not be decided for at least one element. */
  NOT_EVALUATED
}
