package io.github.gcmkit.model;

/** The unit of a {@link Frequency}'s interval. */
public enum FrequencyUnit {
  /** Weeks. */
  WEEK(12.0 / 52.0),
  /** Months. */
  MONTH(1.0),
  /** Years. */
  YEAR(12.0);

  private final double months;

  FrequencyUnit(double months) {
    this.months = months;
  }

  /** The length of one unit in months (a week is 12/52 of a month). */
  public double months() {
    return months;
  }
}
