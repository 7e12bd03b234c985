package io.github.gcmkit.model.progress;

/** Where a workplan unit stands as of a date, judged from the latest progress report. */
public enum Standing {
  /** Reported done. */
  DONE,
  /** Reported under way or not yet started, and its schedule has not ended. */
  ON_TRACK,
  /** Reported delayed, or its schedule ended before the date and it is not reported done. */
  LATE,
  /** Reported cancelled. */
  CANCELLED,
  /** No progress report speaks of it: not evaluated, never late. */
  NOT_REPORTED
}
