package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code network.workplan.overlap}: a network's workplans do not overlap in time unless one
 * revises the other, directly or through a chain of revisions. Each overlap is reported once, on
 * the workplan that starts later.
 */
final class WorkplanOverlap implements Check<Network> {

  static final String ID = "network.workplan.overlap";

  private static final Comparator<Located<Workplan>> BY_START =
      Comparator.comparing((Located<Workplan> w) -> period(w).from())
          .thenComparing(w -> period(w).to())
          .thenComparing(w -> w.value().id());

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.NETWORK, new WorkplanOverlap());
  }

  @Override
  public void check(Network network, RuleContext context) {
    List<Located<Workplan>> dated = new ArrayList<>();
    for (int i = 0; i < network.workplans().size(); i++) {
      Workplan workplan = network.workplans().get(i);
      if (workplan.period().isPresent()) {
        dated.add(new Located<>("/workplans/" + i + "/period", workplan));
      }
    }
    dated.sort(BY_START);
    for (int i = 0; i < dated.size(); i++) {
      Period earlier = period(dated.get(i));
      for (int j = i + 1; j < dated.size() && !period(dated.get(j)).from().isAfter(earlier.to()); j++) {
        Workplan a = dated.get(i).value();
        Workplan b = dated.get(j).value();
        if (!revises(network, a, b) && !revises(network, b, a)) {
          context.fail(
              dated.get(j).pointer(),
              BuiltIn.text(ID, "overlap", b.id(), period(dated.get(j)), a.id(), earlier),
              BuiltIn.text(ID, "hint", b.id(), a.id()));
        }
      }
    }
  }

  /** Whether {@code later} revises {@code earlier}, directly or through a chain of revisions. */
  private static boolean revises(Network network, Workplan later, Workplan earlier) {
    Set<String> seen = new HashSet<>();
    Optional<String> revised = later.revises();
    while (revised.isPresent() && seen.add(revised.get())) {
      if (revised.get().equals(earlier.id())) {
        return true;
      }
      revised = network.workplan(revised.get()).flatMap(Workplan::revises);
    }
    return false;
  }

  private static Period period(Located<Workplan> workplan) {
    return workplan.value().period().orElseThrow();
  }
}
