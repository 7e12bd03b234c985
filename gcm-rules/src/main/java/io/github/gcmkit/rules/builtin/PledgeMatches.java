package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Pledge;
import io.github.gcmkit.model.PledgeKind;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Optional;

/**
 * {@code workplan.pledge.matches}: a matching pledge names, by its dashboard number, the pledge it
 * matches, which is another pledge recorded among the network's; a pledge of another kind names
 * none. A number missing from a list of pledges marked partial is not evaluated.
 */
final class PledgeMatches implements Check<Workplan> {

  static final String ID = "workplan.pledge.matches";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.WORKPLAN, new PledgeMatches());
  }

  @Override
  public void check(Workplan workplan, RuleContext context) {
    PledgeNumbers numbers = PledgeNumbers.of(workplan, context);
    for (int i = 0; i < workplan.pledges().size(); i++) {
      Pledge pledge = workplan.pledges().get(i);
      String at = "/pledges/" + i;
      Optional<PledgeKind> kind = pledge.kind();
      if (kind.isPresent() && kind.get() == PledgeKind.MATCHING && pledge.matches().isEmpty()) {
        context.fail(at, BuiltIn.text(ID, "names-none", pledge.id()), BuiltIn.text(ID, "hint-none"));
        continue;
      }
      if (pledge.matches().isEmpty()) {
        continue;
      }
      int matched = pledge.matches().get();
      if (kind.isPresent() && kind.get() != PledgeKind.MATCHING) {
        context.fail(
            at + "/matches",
            BuiltIn.text(ID, "not-matching", pledge.id(), BuiltIn.label(kind.get()), matched),
            BuiltIn.text(ID, "hint-kind"));
      } else if (pledge.dashboardNumber().equals(Optional.of(matched))) {
        context.fail(at + "/matches", BuiltIn.text(ID, "itself", matched), BuiltIn.text(ID, "hint-number"));
      } else {
        Optional<Boolean> recorded = numbers.recorded(matched);
        if (recorded.isEmpty()) {
          context.notEvaluated(at + "/matches", BuiltIn.text(ID, "partial", pledge.id(), matched));
        } else if (!recorded.get()) {
          context.fail(
              at + "/matches",
              BuiltIn.text(ID, "unknown", pledge.id(), matched),
              BuiltIn.text(ID, "hint-number"));
        }
      }
    }
  }
}
