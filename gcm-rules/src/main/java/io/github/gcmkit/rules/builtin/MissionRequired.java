package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/** {@code charter.mission.required}: the charter states its mission. */
final class MissionRequired implements Check<Charter> {

  static final String ID = "charter.mission.required";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.CHARTER, new MissionRequired());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    if (charter.mission().isEmpty()) {
      context.fail("/mission", BuiltIn.text(ID, "missing"), BuiltIn.text(ID, "hint"));
    }
  }
}
