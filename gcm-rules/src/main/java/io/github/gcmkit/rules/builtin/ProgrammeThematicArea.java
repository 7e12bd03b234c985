package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.MptfThematicArea;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Collections;

/**
 * {@code network.programme.thematic-area}: every Migration MPTF thematic area a joint programme names
 * covers at least one of its GCM objectives, on the Fund's mapping ({@link MptfThematicArea}).
 */
final class ProgrammeThematicArea implements Check<Network> {

  static final String ID = "network.programme.thematic-area";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.NETWORK, new ProgrammeThematicArea());
  }

  @Override
  public void check(Network network, RuleContext context) {
    if (network.programmes().isEmpty()) {
      context.notEvaluated("", DeliveryParts.noProgramme(network));
      return;
    }
    for (int i = 0; i < network.programmes().size(); i++) {
      JointProgramme programme = network.programmes().get(i);
      GcmLinks links = programme.links();
      String at = "/programmes/" + i + "/links";
      if (links.mptfAreas().isEmpty() || links.objectives().isEmpty()) {
        context.notEvaluated(at, BuiltIn.text(ID, "not-both", programme.id()));
        continue;
      }
      for (MptfThematicArea area : links.mptfAreas()) {
        if (Collections.disjoint(area.objectives(), links.objectives())) {
          context.fail(
              at + "/mptfAreas",
              BuiltIn.text(ID, "disagrees", programme.id(), area.number(), area.title(), area.objectives()
                  .stream().map(o -> Integer.toString(o.number())).toList()),
              BuiltIn.text(ID, "hint"));
        }
      }
    }
  }
}
