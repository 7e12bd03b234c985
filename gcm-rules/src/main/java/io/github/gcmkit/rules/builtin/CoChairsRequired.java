package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;

/**
 * {@code charter.cochairs.required}: at least one chair seat (an error without), and a warning
 * below {@code minSeats}.
 */
final class CoChairsRequired implements Check<Charter> {

  static final String ID = "charter.cochairs.required";

  static final Parameter<Integer> MIN_SEATS = BuiltIn.integer(ID, "minSeats", 2, 1);

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.CHARTER, new CoChairsRequired(), MIN_SEATS);
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    int seats = charter.governance().coChairs().size();
    int minimum = context.parameter(MIN_SEATS);
    if (seats == 0) {
      context.fail("/governance/coChairs", BuiltIn.text(ID, "none"), BuiltIn.text(ID, "hint"));
    } else if (seats < minimum) {
      context.fail(
          Severity.WARNING, "/governance/coChairs", BuiltIn.text(ID, "too-few", seats, minimum));
    }
  }
}
