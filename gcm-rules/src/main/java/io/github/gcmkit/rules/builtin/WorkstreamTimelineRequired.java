package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.workplan.WorkUnit;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code workplan.workstream.timeline-required}: every workstream has a schedule — a window of
 * months, continuous work or a recurrence.
 */
final class WorkstreamTimelineRequired extends WorkstreamRequirement {

  static final String ID = "workplan.workstream.timeline-required";

  WorkstreamTimelineRequired() {
    super(ID, "schedule");
  }

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.WORKPLAN, new WorkstreamTimelineRequired());
  }

  @Override
  boolean isMetBy(WorkUnit unit) {
    return WorkplanParts.isScheduled(unit);
  }
}
