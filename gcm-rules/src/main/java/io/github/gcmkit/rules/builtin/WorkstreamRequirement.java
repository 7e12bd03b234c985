package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.RuleContext;
import java.util.List;

/**
 * A rule that every workstream of a workplan must state something: a lead, participants, a
 * schedule. A workplan without workstreams (one that lists activities directly under its
 * priorities) leaves the rule not evaluated.
 */
abstract class WorkstreamRequirement implements Check<Workplan> {

  private final String id;
  private final String field;

  /** A requirement of rule {@code id} on the workstream attribute {@code field}. */
  WorkstreamRequirement(String id, String field) {
    this.id = id;
    this.field = field;
  }

  /** Whether {@code workstream} meets the requirement. */
  abstract boolean isMetBy(Workstream workstream);

  @Override
  public final void check(Workplan workplan, RuleContext context) {
    List<Located<Workstream>> workstreams = WorkplanParts.workstreams(workplan);
    if (workstreams.isEmpty()) {
      context.notEvaluated("/priorities", BuiltIn.MESSAGES.text("workplan.no-workstreams"));
    }
    for (Located<Workstream> w : workstreams) {
      if (!isMetBy(w.value())) {
        context.fail(
            w.pointer() + "/" + field,
            BuiltIn.text(id, "missing", w.value().id()),
            BuiltIn.text(id, "hint"));
      }
    }
  }
}
