package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkUnit;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.RuleContext;
import java.util.List;

/**
 * A rule that every unit that carries a workplan's work must state something: a lead,
 * participants, a schedule. The units are the workstreams, and the priorities that have none (a
 * workplan that lists activities directly under its priorities gives the priority the work). A
 * workplan with no priorities leaves the rule not evaluated.
 */
abstract class WorkstreamRequirement implements Check<Workplan> {

  private final String id;
  private final String field;

  /** A requirement of rule {@code id} on the workstream attribute {@code field}. */
  WorkstreamRequirement(String id, String field) {
    this.id = id;
    this.field = field;
  }

  /** Whether {@code unit} meets the requirement. */
  abstract boolean isMetBy(WorkUnit unit);

  @Override
  public final void check(Workplan workplan, RuleContext context) {
    List<Located<WorkUnit>> units = WorkplanParts.units(workplan);
    if (units.isEmpty()) {
      context.notEvaluated("/priorities", BuiltIn.MESSAGES.message("workplan.no-units"));
    }
    for (Located<WorkUnit> u : units) {
      if (!isMetBy(u.value())) {
        String kind = WorkplanParts.kind(u.value());
        context.fail(
            u.pointer() + "/" + field,
            BuiltIn.text(id, "missing" + kind, WorkplanParts.name(u.value())),
            BuiltIn.text(id, "hint" + kind));
      }
    }
  }
}
