package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code charter.decision.consultation}: where a body smaller than the network decides, all
 * members are consulted first.
 */
final class DecisionConsultation implements Check<Charter> {

  static final String ID = "charter.decision.consultation";

  /** The bodies that are a part of the network, or outside it, rather than all its members. */
  private static final Set<GoverningBody> SMALLER_BODIES =
      EnumSet.of(
          GoverningBody.EXECUTIVE_COMMITTEE,
          GoverningBody.CO_CHAIRS,
          GoverningBody.COORDINATOR,
          GoverningBody.SECRETARIAT,
          GoverningBody.TECHNICAL_GROUP,
          GoverningBody.WORKING_GROUP,
          GoverningBody.RESIDENT_COORDINATOR,
          GoverningBody.REGIONAL_DIRECTORS);

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new DecisionConsultation());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    List<DecisionRule> decisions = charter.governance().decisions();
    for (int i = 0; i < decisions.size(); i++) {
      DecisionRule decision = decisions.get(i);
      if (decision.decidingBody().map(SMALLER_BODIES::contains).orElse(false)
          && !decision.consultedFirst().contains(GoverningBody.NETWORK)
          && !decision.consultedFirst().contains(GoverningBody.ANNUAL_REVIEW)) {
        context.fail(
            "/governance/decisions/" + i + "/consultedFirst",
            BuiltIn.text(ID, "not-consulted", BuiltIn.label(decision.decidingBody().get())),
            BuiltIn.text(ID, "hint"));
      }
    }
  }
}
