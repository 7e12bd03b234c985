package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.workplan.WorkUnit;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code workplan.workstream.lead-required}: every workstream names at least one lead, as a
 * reference or in the document's own words.
 */
final class WorkstreamLeadRequired extends WorkstreamRequirement {

  static final String ID = "workplan.workstream.lead-required";

  WorkstreamLeadRequired() {
    super(ID, "leads");
  }

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.WORKPLAN, new WorkstreamLeadRequired());
  }

  @Override
  boolean isMetBy(WorkUnit unit) {
    return !unit.leads().isEmpty() || unit.leadsWording().isPresent();
  }
}
