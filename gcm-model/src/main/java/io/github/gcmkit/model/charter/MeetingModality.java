package io.github.gcmkit.model.charter;

/** How a network meets: "en présentiel", "en ligne", "en bimodale". */
public enum MeetingModality {
  /** In person. */
  IN_PERSON,
  /** Online. */
  ONLINE,
  /** Hybrid: in person and online at once. */
  HYBRID
}
