package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.ExecutiveCommittee;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.Optional;

/** {@code charter.excom.members}: executive committee members are network members. */
final class ExecutiveCommitteeMembers implements Check<Charter> {

  static final String ID = "charter.excom.members";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.CHARTER, new ExecutiveCommitteeMembers());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    Optional<ExecutiveCommittee> committee = charter.governance().executiveCommittee();
    if (committee.isEmpty()) {
      return;
    }
    Members members = Members.of(context.entities(), context.network(), Optional.of(charter));
    List<StakeholderRef> seats = committee.get().members();
    if (seats.isEmpty()) {
      context.notEvaluated("/governance/executiveCommittee/members", BuiltIn.text(ID, "none-recorded"));
      return;
    }
    for (int i = 0; i < seats.size(); i++) {
      StakeholderRef seat = seats.get(i);
      String pointer = "/governance/executiveCommittee/members/" + i;
      if (Members.isOwnGroup(seat, context.network().map(Network::id))) {
        continue;
      }
      if (seat.entityIds().isEmpty()) {
        context.notEvaluated(pointer, BuiltIn.text(ID, "unnamed-group", BuiltIn.name(seat, context.entities())));
      }
      for (Located<EntityId> entity : Entities.located(pointer, seat)) {
        Optional<Boolean> member = members.isMember(entity.value());
        if (member.isEmpty()) {
          context.notEvaluated(entity.pointer(), BuiltIn.text(ID, "unknown-membership", BuiltIn.name(entity.value(), context.entities())));
        } else if (!member.get()) {
          context.fail(
              entity.pointer(),
              BuiltIn.text(ID, "not-member", BuiltIn.name(entity.value(), context.entities())),
              BuiltIn.text(ID, "hint", BuiltIn.name(entity.value(), context.entities())));
        }
      }
    }
  }
}
