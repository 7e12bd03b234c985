package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code workplan.stakeholder.resolved}: every organisation the workplan names — as a lead,
 * participant, activity stakeholder, coordinator, recipient of updates or maker of a pledge —
 * resolves in the entity catalogue by code or alias.
 */
final class StakeholderResolved implements Check<Workplan> {

  static final String ID = "workplan.stakeholder.resolved";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.WORKPLAN, new StakeholderResolved());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    for (Located<StakeholderRef> ref : WorkplanParts.stakeholders(workplan)) {
      for (Located<EntityId> entity : Entities.located(ref)) {
        String code = entity.value().code();
        if (context.entities().resolve(code).isEmpty()) {
          List<Entity> close = context.entities().suggestions(code);
          context.fail(
              entity.pointer(),
              BuiltIn.text(ID, "unknown", entity.value()),
              close.isEmpty()
                  ? BuiltIn.text(ID, "hint", entity.value())
                  : BuiltIn.text(ID, "suggestion", entity.value(),
                      close.stream().map(e -> e.id().code()).collect(Collectors.joining(", "))));
        }
      }
    }
  }
}
