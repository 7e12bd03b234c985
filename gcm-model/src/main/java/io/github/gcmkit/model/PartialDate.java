package io.github.gcmkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.List;
import org.immutables.value.Value;

/**
 * A date known to a year, a month or a day, as documents give them: "early 2020" (a year with a
 * {@link DateQualifier}), "May 2022" (a month), "12 August 2020" (a day).
 */
@Value.Immutable
public abstract class PartialDate implements WithPartialDate, Comparable<PartialDate> {

  PartialDate() {}

  /** The year. */
  public abstract int year();

  /** The month, 1 to 12, if known. */
  public abstract Optional<Integer> month();

  /** The day of the month, if known (only with a month). */
  public abstract Optional<Integer> day();

  /** How the document narrows a year or month down ("early 2020"), if it does. */
  public abstract Optional<DateQualifier> qualifier();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A year. */
  public static PartialDate ofYear(int year) {
    return builder().year(year).build();
  }

  /** A month of a year. */
  public static PartialDate of(YearMonth month) {
    return builder().year(month.getYear()).month(month.getMonthValue()).build();
  }

  /** A day. */
  public static PartialDate of(LocalDate date) {
    return builder()
        .year(date.getYear())
        .month(date.getMonthValue())
        .day(date.getDayOfMonth())
        .build();
  }

  /** The first month this date may fall in. */
  public YearMonth firstMonth() {
    return YearMonth.of(year(), month().orElse(1));
  }

  /** The last month this date may fall in. */
  public YearMonth lastMonth() {
    return YearMonth.of(year(), month().orElse(12));
  }

  /** The exact day, if known. */
  public Optional<LocalDate> toLocalDate() {
    return day().map(d -> LocalDate.of(year(), month().orElseThrow(), d));
  }

  /** The ISO-8601 form at the known precision: {@code 2020}, {@code 2020-08} or {@code 2020-08-12}. */
  public String toIsoString() {
    // Digits written out, not String.format: its digits follow the default locale's.
    StringBuilder s = new StringBuilder(10);
    padded(s, year(), 4);
    month().ifPresent(m -> padded(s.append('-'), m, 2));
    day().ifPresent(d -> padded(s.append('-'), d, 2));
    return s.toString();
  }

  /** Appends {@code number}, not negative, with zeros before it up to {@code width} digits. */
  private static void padded(StringBuilder s, int number, int width) {
    String digits = Integer.toString(number);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    s.append(digits);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byMonth = firstMonth().compareTo(other.firstMonth());
    if (byMonth != 0) {
      return byMonth;
    }
    return Integer.compare(day().orElse(0), other.day().orElse(0));
  }

  @Value.Check
  protected void check() {
    Invariants.check(year() >= 1 && year() <= 9999, "year", "invariant.year-range", year());
    month().ifPresent(m -> Invariants.check(m >= 1 && m <= 12, "month", "invariant.month-range", m));
    if (day().isPresent()) {
      Invariants.check(month().isPresent(), "day", "invariant.day-without-month");
      try {
        LocalDate.of(year(), month().orElseThrow(), day().orElseThrow());
      } catch (DateTimeException e) {
        throw Invariants.violation(List.of("day"), "invariant.not-date", e, toIsoString());
      }
    }
  }

  @Override
  public String toString() {
    return qualifier().map(q -> q.name().toLowerCase(java.util.Locale.ROOT) + " ").orElse("")
        + toIsoString();
  }

  /** Builds {@link PartialDate} values. */
  public static class Builder extends ImmutablePartialDate.Builder {}
}
