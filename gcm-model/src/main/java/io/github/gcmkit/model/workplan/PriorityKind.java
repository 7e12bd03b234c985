package io.github.gcmkit.model.workplan;

/** Whether a workplan priority is a core priority of the network or a thematic one. */
public enum PriorityKind {
  /** A core priority ("Core Priority 1", "Core workstream 1.1"). */
  CORE,
  /** A thematic priority ("Thematic Objective 3"). */
  THEMATIC
}
