package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code workplan.period.valid}: the workplan states its period. (That the period ends after it
 * starts the model already guarantees.)
 */
final class PeriodValid implements Check<Workplan> {

  static final String ID = "workplan.period.valid";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.WORKPLAN, new PeriodValid());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    if (workplan.period().isEmpty()) {
      context.fail("/period", BuiltIn.text(ID, "missing", workplan.id()), BuiltIn.text(ID, "hint"));
    }
  }
}
