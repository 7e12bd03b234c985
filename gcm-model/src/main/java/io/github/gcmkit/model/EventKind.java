package io.github.gcmkit.model;

/** What kind of gathering an {@link Event} is. */
public enum EventKind {
  /** An online seminar. */
  WEBINAR,
  /** A workshop. */
  WORKSHOP,
  /** A consultation, such as a sub-regional GCM review consultation. */
  CONSULTATION,
  /** A briefing, such as a briefing of the diplomatic community. */
  BRIEFING,
  /** A conference or session of a conference, such as a COP session. */
  CONFERENCE,
  /** A side event at a larger conference. */
  SIDE_EVENT,
  /** A review forum, such as the International Migration Review Forum. */
  REVIEW,
  /** A meeting. */
  MEETING,
  /** A launch, such as the launch of a guidance note. */
  LAUNCH,
  /** Any other kind of event. */
  OTHER
}
