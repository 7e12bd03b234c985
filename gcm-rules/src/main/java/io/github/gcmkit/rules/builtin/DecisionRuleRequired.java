package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/** {@code charter.decision.rule-required}: the charter states how decisions are taken. */
final class DecisionRuleRequired implements Check<Charter> {

  static final String ID = "charter.decision.rule-required";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new DecisionRuleRequired());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    boolean stated = charter.governance().decisions().stream().anyMatch(d -> d.method().isPresent());
    if (!stated) {
      String key = charter.governance().decisions().isEmpty() ? "none" : "no-method";
      context.fail("/governance/decisions", BuiltIn.text(ID, key), BuiltIn.text(ID, "hint"));
    }
  }
}
