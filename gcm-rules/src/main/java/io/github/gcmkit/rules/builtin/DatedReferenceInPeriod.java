package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.Optional;

/**
 * {@code workplan.dated-reference-in-period}: an activity tied to a dated event (a COP session, a
 * review forum) can take place within the workplan's period. Events are looked up by id among the
 * network's events, then the federation's. A date known only to the year or month fails only if
 * all of it lies outside the period.
 */
final class DatedReferenceInPeriod implements Check<Workplan> {

  static final String ID = "workplan.dated-reference-in-period";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.WORKPLAN, new DatedReferenceInPeriod());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    List<Located<Activity>> activities = WorkplanParts.activities(workplan);
    if (workplan.period().isEmpty()) {
      if (activities.stream().anyMatch(a -> !a.value().events().isEmpty())) {
        context.notEvaluated("/period", BuiltIn.text(ID, "no-period", workplan.id()));
      }
      return;
    }
    Period period = workplan.period().get();
    for (Located<Activity> a : activities) {
      List<String> events = a.value().events();
      for (int k = 0; k < events.size(); k++) {
        String pointer = a.pointer() + "/events/" + k;
        String eventId = events.get(k);
        Optional<Event> event = context.event(eventId);
        Optional<PartialDate> date = event.flatMap(Event::date);
        if (event.isEmpty()) {
          context.notEvaluated(pointer, BuiltIn.text(ID, "unknown-event", eventId));
        } else if (date.isEmpty()) {
          context.notEvaluated(pointer, BuiltIn.text(ID, "undated", eventId));
        } else if (date.get().lastMonth().isBefore(period.from())
            || date.get().firstMonth().isAfter(period.to())) {
          context.fail(
              pointer,
              BuiltIn.text(
                  ID, "outside", a.value().id(), event.get().title(), date.get().toIsoString(), period),
              BuiltIn.text(ID, "hint"));
        }
      }
    }
  }
}
