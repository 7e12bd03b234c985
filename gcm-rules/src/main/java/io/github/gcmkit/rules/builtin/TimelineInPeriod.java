package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Optional;

/**
 * {@code workplan.workstream.timeline-in-period}: the window of every workstream and activity
 * schedule lies inside the workplan's period.
 */
final class TimelineInPeriod implements Check<Workplan> {

  static final String ID = "workplan.workstream.timeline-in-period";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.WORKPLAN, new TimelineInPeriod());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    if (workplan.period().isEmpty()) {
      context.notEvaluated("/period", BuiltIn.text(ID, "no-period", workplan.id()));
      return;
    }
    Period period = workplan.period().get();
    for (Located<Workstream> w : WorkplanParts.workstreams(workplan)) {
      Optional<Period> window = w.value().schedule().period();
      if (window.isPresent() && !period.contains(window.get())) {
        context.fail(
            w.pointer() + "/schedule",
            BuiltIn.text(ID, "workstream-outside", w.value().id(), window.get(), period),
            BuiltIn.text(ID, "hint"));
      }
    }
    for (Located<Activity> a : WorkplanParts.activities(workplan)) {
      Optional<Period> window = a.value().schedule().flatMap(Schedule::period);
      if (window.isPresent() && !period.contains(window.get())) {
        context.fail(
            a.pointer() + "/schedule",
            BuiltIn.text(ID, "activity-outside", a.value().id(), window.get(), period),
            BuiltIn.text(ID, "hint"));
      }
    }
  }
}
