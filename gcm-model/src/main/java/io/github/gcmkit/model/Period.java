package io.github.gcmkit.model;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A span of whole months, both ends included: a workplan's "2020-2021" from November 2020, or a
 * workstream's "November/December 2020".
 */
@Value.Immutable(builder = false)
public abstract class Period implements WithPeriod {

  Period() {}

  /** The first month. */
  @Value.Parameter
  public abstract YearMonth from();

  /** The last month, never before {@link #from()}. */
  @Value.Parameter
  public abstract YearMonth to();

  /**
   * The months from {@code from} to {@code to}, both included.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Period of(YearMonth from, YearMonth to) {
    return ImmutablePeriod.of(from, to);
  }

  /** A single month. */
  public static Period of(YearMonth month) {
    return of(month, month);
  }

  /** Whether {@code month} lies in this period. */
  public boolean contains(YearMonth month) {
    return !month.isBefore(from()) && !month.isAfter(to());
  }

  /** Whether {@code other} lies entirely in this period. */
  public boolean contains(Period other) {
    return contains(other.from()) && contains(other.to());
  }

  /** Whether the two periods share at least one month. */
  public boolean overlaps(Period other) {
    return !other.to().isBefore(from()) && !other.from().isAfter(to());
  }

  /** The number of months, at least 1. */
  public long months() {
    return ChronoUnit.MONTHS.between(from(), to()) + 1;
  }

  @Value.Check
  protected void check() {
    Invariants.check(!to().isBefore(from()), "to", "invariant.period-order", to(), from());
  }

  @Override
  public String toString() {
    return from() + "/" + to();
  }
}
