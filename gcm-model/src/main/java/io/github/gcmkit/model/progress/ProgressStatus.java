package io.github.gcmkit.model.progress;

/** Where a workplan unit, or the follow-up of a decision, stands as of a progress report's date. */
public enum ProgressStatus {
  /** Not started yet. */
  NOT_STARTED,
  /** Under way and on track. */
  ON_TRACK,
  /** Under way and behind its schedule. */
  DELAYED,
  /** Done. */
  DONE,
  /** Given up. */
  CANCELLED;

  /** Whether nothing more is expected of the unit: done or cancelled. */
  public boolean isClosed() {
    return this == DONE || this == CANCELLED;
  }
}
