package io.github.gcmkit.rules;

/**
 * How serious a {@link Finding} is, declared from the most to the least severe.
 *
 * <p>A {@link Report} {@link Report#passed(Severity) passes} at a fail level when it has no
 * finding at that level or above.
 */
public enum Severity {
  /** The charter or workplan breaks a rule the documents or the GCM make binding. */
  ERROR,
  /** A gap that weakens governance and deserves attention before validation. */
  WARNING,
  /** Good practice not followed; for information. */
  INFO;

  /** Whether this severity is {@code other} or more severe. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }

  /** The less severe of this severity and {@code other}. */
  public Severity atMost(Severity other) {
    return isAtLeast(other) ? other : this;
  }
}
