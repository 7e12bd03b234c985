package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code charter.cochairs.coordinator-seat}: the coordinating entity holds a chair seat or runs the
 * secretariat.
 */
final class CoordinatorSeat implements Check<Charter> {

  static final String ID = "charter.cochairs.coordinator-seat";

  static final Parameter<EntityId> COORDINATOR = BuiltIn.entity(ID, "coordinator", "IOM");

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new CoordinatorSeat(), COORDINATOR);
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    EntityId coordinator = Entities.canonical(context.entities(), context.parameter(COORDINATOR));
    Governance governance = charter.governance();
    boolean seated =
        governance.coChairs().stream()
            .anyMatch(seat -> Entities.names(context.entities(), seat.holder(), coordinator));
    boolean secretariat =
        governance.secretariat().stream()
            .flatMap(s -> s.leads().stream())
            .anyMatch(lead -> Entities.names(context.entities(), lead, coordinator));
    if (!seated && !secretariat) {
      context.fail(
          "/governance/coChairs",
          BuiltIn.text(ID, "absent", BuiltIn.name(coordinator, context.entities())),
          BuiltIn.text(ID, "hint", BuiltIn.name(coordinator, context.entities())));
    }
  }
}
