package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/** {@code network.programme.markers}: a joint programme states its gender marker and its human rights marker. */
final class ProgrammeMarkers implements Check<Network> {

  static final String ID = "network.programme.markers";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.NETWORK, new ProgrammeMarkers());
  }

  @Override
  public void check(Network network, RuleContext context) {
    if (network.programmes().isEmpty()) {
      context.notEvaluated("", DeliveryParts.noProgramme(network));
      return;
    }
    for (int i = 0; i < network.programmes().size(); i++) {
      JointProgramme programme = network.programmes().get(i);
      if (programme.genderMarker().isEmpty()) {
        context.fail("/programmes/" + i, BuiltIn.text(ID, "no-gender", programme.id()), BuiltIn.text(ID, "hint"));
      }
      if (programme.humanRightsMarker().isEmpty()) {
        context.fail("/programmes/" + i, BuiltIn.text(ID, "no-human-rights", programme.id()), BuiltIn.text(ID, "hint"));
      }
    }
  }
}
