package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.workplan.WorkUnit;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code workplan.workstream.participants}: every workstream names its participants, as
 * references or in the document's own words.
 */
final class WorkstreamParticipants extends WorkstreamRequirement {

  static final String ID = "workplan.workstream.participants";

  WorkstreamParticipants() {
    super(ID, "participants");
  }

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.INFO, Target.WORKPLAN, new WorkstreamParticipants());
  }

  @Override
  boolean isMetBy(WorkUnit unit) {
    return !unit.participants().isEmpty() || unit.participantsWording().isPresent();
  }
}
