package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code network.programme.composition}: a joint programme has at least {@code minParticipants}
 * participating UN organisations, and a convening one among them.
 */
final class ProgrammeComposition implements Check<Network> {

  static final String ID = "network.programme.composition";

  private static final Parameter<Integer> MIN_PARTICIPANTS = BuiltIn.integer(ID, "minParticipants", 2, 1);

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.NETWORK, new ProgrammeComposition(), MIN_PARTICIPANTS);
  }

  @Override
  public void check(Network network, RuleContext context) {
    if (network.programmes().isEmpty()) {
      context.notEvaluated("", DeliveryParts.noProgramme(network));
      return;
    }
    int min = context.parameter(MIN_PARTICIPANTS);
    for (int i = 0; i < network.programmes().size(); i++) {
      JointProgramme programme = network.programmes().get(i);
      String at = "/programmes/" + i;
      int count = programme.participatingOrganisations().size();
      if (count < min) {
        context.fail(
            at + "/participatingOrganisations",
            BuiltIn.text(ID, "too-few", programme.id(), count, min),
            BuiltIn.text(ID, "hint-participants"));
      }
      if (programme.convening().isEmpty()) {
        context.fail(at, BuiltIn.text(ID, "no-convening", programme.id()), BuiltIn.text(ID, "hint-convening"));
      } else {
        EntityRef convening = programme.convening().get();
        boolean participates =
            programme.participatingOrganisations().stream()
                .anyMatch(p -> Entities.canonical(context.entities(), p.id())
                    .equals(Entities.canonical(context.entities(), convening.id())));
        if (!participates) {
          context.fail(
              at + "/convening",
              BuiltIn.text(ID, "convening-outside", programme.id(), BuiltIn.name(convening, context.entities())),
              BuiltIn.text(ID, "hint-convening"));
        }
      }
    }
  }
}
