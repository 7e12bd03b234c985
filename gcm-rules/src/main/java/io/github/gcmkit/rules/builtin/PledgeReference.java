package io.github.gcmkit.rules.builtin;

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
import java.util.Optional;

/**
 * {@code workplan.pledge.reference}: a priority, workstream or activity that names a pledge names it
 * by its number on the IMRF pledging dashboard, and a pledge with that number is recorded among the
 * pledges of the network's workplans. Where a list of pledges is marked partial, a number missing
 * from it is not evaluated.
 */
final class PledgeReference implements Check<Workplan> {

  static final String ID = "workplan.pledge.reference";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.WORKPLAN, new PledgeReference());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    PledgeNumbers numbers = PledgeNumbers.of(workplan, context);
    Located<Workplan> root = new Located<>("", workplan);
    for (int p = 0; p < workplan.priorities().size(); p++) {
      Located<Priority> priority = root.child("priorities", p, workplan.priorities().get(p));
      check(priority, priority.value().pledges(), numbers, context);
      for (int w = 0; w < priority.value().workstreams().size(); w++) {
        Located<Workstream> workstream =
            priority.child("workstreams", w, priority.value().workstreams().get(w));
        check(workstream, workstream.value().pledges(), numbers, context);
      }
    }
    for (Located<Activity> activity : WorkplanParts.activities(workplan)) {
      check(activity, activity.value().pledges(), numbers, context);
    }
  }

  private static void check(
      Located<?> unit, List<Integer> pledges, PledgeNumbers numbers, RuleContext context) {
    for (int i = 0; i < pledges.size(); i++) {
      int number = pledges.get(i);
      Optional<Boolean> recorded = numbers.recorded(number);
      if (recorded.isEmpty()) {
        context.notEvaluated(unit.pointer() + "/pledges/" + i, BuiltIn.text(ID, "partial", number));
      } else if (!recorded.get()) {
        context.fail(
            unit.pointer() + "/pledges/" + i,
            BuiltIn.text(ID, "unknown", number),
            BuiltIn.text(ID, "hint", number));
      }
    }
  }
}
