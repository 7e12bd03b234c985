package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Optional;

/**
 * {@code federation.programme.participants-members}: the participating organisations of a national joint
 * programme are members of the national network of its country, judged only where that network's
 * membership is recorded: where none is, or where an organisation is not among members marked
 * partial, it is not evaluated. A federation with no joint programme at all, and a programme that
 * is not for one country, are not evaluated.
 */
final class ProgrammeMembers implements Check<Federation> {

  static final String ID = "federation.programme.participants-members";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.FEDERATION, new ProgrammeMembers());
  }

  @Override
  public void check(Federation federation, RuleContext context) {
    if (federation.networks().stream().allMatch(x -> x.programmes().isEmpty())) {
      context.notEvaluated("", BuiltIn.text(ID, "no-programme"));
      return;
    }
    for (int n = 0; n < federation.networks().size(); n++) {
      Network holder = federation.networks().get(n);
      for (int i = 0; i < holder.programmes().size(); i++) {
        JointProgramme programme = holder.programmes().get(i);
        String at = "/networks/" + n + "/programmes/" + i;
        if (programme.countries().size() != 1) {
          context.notEvaluated(at, BuiltIn.text(ID, "not-one-country", programme.id()));
          continue;
        }
        String country = programme.countries().first();
        Optional<Network> national =
            federation.networks().stream()
                .filter(x -> x.level() == NetworkLevel.NATIONAL && x.country().equals(Optional.of(country)))
                .findFirst();
        if (national.isEmpty()) {
          context.notEvaluated(at, BuiltIn.text(ID, "no-network", programme.id(), country));
          continue;
        }
        Members members = Members.of(context.entities(), national, Optional.empty());
        for (int p = 0; p < programme.participatingOrganisations().size(); p++) {
          EntityRef participant = programme.participatingOrganisations().get(p);
          Optional<Boolean> member = members.isMember(participant.id());
          if (member.isEmpty()) {
            context.notEvaluated(
                at + "/participatingOrganisations/" + p,
                BuiltIn.text(ID, members.partial() ? "partial" : "unknown", national.get().id(),
                    BuiltIn.name(participant, context.entities())));
          } else if (!member.get()) {
            context.fail(
                at + "/participatingOrganisations/" + p,
                BuiltIn.text(ID, "not-member", programme.id(), BuiltIn.name(participant, context.entities()),
                    national.get().id()),
                BuiltIn.text(ID, "hint", BuiltIn.name(participant, context.entities()), national.get().id()));
          }
        }
      }
    }
  }
}
