package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Pledge;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code workplan.pledge.reference}: a priority, workstream or activity that names a pledge names
 * one of the workplan's pledges by its id.
 */
final class PledgeReference implements Check<Workplan> {

  static final String ID = "workplan.pledge.reference";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.WORKPLAN, new PledgeReference());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    Set<String> ids = workplan.pledges().stream().map(Pledge::id).collect(Collectors.toSet());
    Located<Workplan> root = new Located<>("", workplan);
    for (int p = 0; p < workplan.priorities().size(); p++) {
      Located<Priority> priority = root.child("priorities", p, workplan.priorities().get(p));
      check(priority, priority.value().pledges(), ids, context);
      for (int w = 0; w < priority.value().workstreams().size(); w++) {
        Located<Workstream> workstream =
            priority.child("workstreams", w, priority.value().workstreams().get(w));
        check(workstream, workstream.value().pledges(), ids, context);
      }
    }
    for (Located<Activity> activity : WorkplanParts.activities(workplan)) {
      check(activity, activity.value().pledges(), ids, context);
    }
  }

  private static void check(Located<?> unit, List<String> pledges, Set<String> ids, RuleContext context) {
    for (int i = 0; i < pledges.size(); i++) {
      if (!ids.contains(pledges.get(i))) {
        context.fail(
            unit.pointer() + "/pledges/" + i,
            BuiltIn.text(ID, "unknown", pledges.get(i)),
            BuiltIn.text(ID, "hint", pledges.get(i)));
      }
    }
  }
}
