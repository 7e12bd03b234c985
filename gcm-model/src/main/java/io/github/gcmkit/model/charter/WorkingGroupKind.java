package io.github.gcmkit.model.charter;

/** What kind of sub-group of a network a {@link WorkingGroup} is. */
public enum WorkingGroupKind {
  /** A working group on a theme or workstream. */
  WORKING_GROUP,
  /** A technical group of the agencies' focal points, such as the one that drafts a workplan. */
  TECHNICAL_GROUP,
  /** A time-bound task force. */
  TASK_FORCE
}
