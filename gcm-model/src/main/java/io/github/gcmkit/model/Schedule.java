package io.github.gcmkit.model;

import java.time.YearMonth;
import java.util.Optional;

/**
 * When work happens, as a workplan's "Timeline" column states it: a window of months ("November /
 * December 2020"), continuous work ("Continuous"), work recurring at a {@link Frequency}
 * ("quarterly webinars"), or unspecified when the document says nothing.
 *
 * <p>A sealed choice of {@link ScheduleWindow}, {@link ContinuousSchedule}, {@link
 * RecurringSchedule} and {@link UnspecifiedSchedule}.
 */
public sealed interface Schedule
    permits ScheduleWindow, ContinuousSchedule, RecurringSchedule, UnspecifiedSchedule {

  /** Work within the months {@code from} to {@code to}, both included. */
  static ScheduleWindow window(YearMonth from, YearMonth to) {
    return ScheduleWindow.builder().window(Period.of(from, to)).build();
  }

  /** Work that goes on throughout the workplan's period. */
  static ContinuousSchedule continuous() {
    return ContinuousSchedule.INSTANCE;
  }

  /** Work that recurs at {@code frequency} throughout the workplan's period. */
  static RecurringSchedule recurring(Frequency frequency) {
    return RecurringSchedule.builder().frequency(frequency).build();
  }

  /** Work that recurs at {@code frequency} within {@code window}. */
  static RecurringSchedule recurring(Frequency frequency, Period window) {
    return RecurringSchedule.builder().frequency(frequency).window(window).build();
  }

  /** No schedule stated. */
  static UnspecifiedSchedule unspecified() {
    return UnspecifiedSchedule.INSTANCE;
  }

  /** The months the work is confined to, if the schedule names any. */
  Optional<Period> period();

  /** Whether the document states a schedule at all. */
  default boolean isSpecified() {
    return true;
  }
}
