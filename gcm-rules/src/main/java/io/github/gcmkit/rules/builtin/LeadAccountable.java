package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkUnit;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.Optional;

/**
 * {@code workplan.lead.accountable}: each unit that carries work (a workstream, or a priority
 * without workstreams) has a lead that answers to the network — a
 * member, a co-chair, the coordinator or the secretariat, or the network's members or co-chairs as
 * a group. Undecidable where the leads are free text or membership is unknown.
 */
final class LeadAccountable implements Check<Workplan> {

  static final String ID = "workplan.lead.accountable";

  /** The verdict on one workstream. */
  private enum Verdict {
    ACCOUNTABLE,
    NOT_ACCOUNTABLE,
    UNDECIDED
  }

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.WORKPLAN, new LeadAccountable());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    List<Located<WorkUnit>> units = WorkplanParts.units(workplan);
    if (units.isEmpty()) {
      context.notEvaluated("/priorities", BuiltIn.MESSAGES.message("workplan.no-units"));
      return;
    }
    if (context.network().isEmpty()) {
      context.notEvaluated("", BuiltIn.text(ID, "no-network", workplan.id()));
      return;
    }
    Members members = Members.of(context.entities(), context.network(), Optional.empty());
    for (Located<WorkUnit> u : units) {
      String pointer = u.pointer() + "/leads";
      String kind = WorkplanParts.kind(u.value());
      String name = WorkplanParts.name(u.value());
      if (u.value().leads().isEmpty()) {
        context.notEvaluated(pointer, BuiltIn.text(ID, "no-leads" + kind, name));
        continue;
      }
      Verdict verdict = verdict(u.value().leads(), members, context.network().map(Network::id));
      if (verdict == Verdict.UNDECIDED) {
        context.notEvaluated(pointer, BuiltIn.text(ID, "undecided" + kind, name));
      } else if (verdict == Verdict.NOT_ACCOUNTABLE) {
        context.fail(
            pointer,
            BuiltIn.text(ID, "not-accountable" + kind, name, network(context)),
            BuiltIn.text(ID, "hint"));
      }
    }
  }

  private static Verdict verdict(
      List<StakeholderRef> leads, Members members, Optional<String> networkId) {
    boolean undecided = false;
    for (StakeholderRef lead : leads) {
      if (Members.isOwnGroup(lead, networkId)) {
        return Verdict.ACCOUNTABLE;
      }
      if (lead.entityIds().isEmpty()) {
        undecided = true;
      }
      for (EntityId id : lead.entityIds()) {
        Optional<Boolean> member = members.isMember(id);
        if (member.orElse(false)) {
          return Verdict.ACCOUNTABLE;
        }
        undecided |= member.isEmpty();
      }
    }
    return undecided ? Verdict.UNDECIDED : Verdict.NOT_ACCOUNTABLE;
  }

  private static String network(RuleContext context) {
    return context.network().orElseThrow().id();
  }
}
