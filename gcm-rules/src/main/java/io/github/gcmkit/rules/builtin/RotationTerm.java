package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.charter.TenureKind;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;

/**
 * {@code charter.cochairs.rotation-term}: every rotating seat states its term and where the next
 * holder is named.
 */
final class RotationTerm implements Check<Charter> {

  static final String ID = "charter.cochairs.rotation-term";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.CHARTER, new RotationTerm());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    List<ChairSeat> seats = charter.governance().coChairs();
    if (seats.isEmpty()) {
      context.notEvaluated("/governance/coChairs", BuiltIn.text(ID, "no-seats"));
      return;
    }
    for (int i = 0; i < seats.size(); i++) {
      Tenure tenure = seats.get(i).tenure();
      if (tenure.kind() != TenureKind.ROTATING) {
        continue;
      }
      String pointer = "/governance/coChairs/" + i + "/tenure";
      Object holder = BuiltIn.name(seats.get(i).holder(), context.entities());
      if (tenure.termMonths().isEmpty()) {
        context.fail(pointer + "/termMonths", BuiltIn.text(ID, "no-term", holder), BuiltIn.text(ID, "hint"));
      }
      if (tenure.nextHolderNamedAt().isEmpty()) {
        context.fail(
            pointer + "/nextHolderNamedAt",
            BuiltIn.text(ID, "no-successor", holder),
            BuiltIn.text(ID, "hint"));
      }
    }
  }
}
