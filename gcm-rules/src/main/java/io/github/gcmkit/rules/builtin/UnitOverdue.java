package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.UnitStanding;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code network.progress.unit-overdue}: in the latest progress report on a workplan, no unit whose
 * schedule ended before the report's date is still open (not done, not cancelled). A workplan with
 * no progress report is not evaluated, and a unit the report does not mention is never overdue.
 */
final class UnitOverdue implements Check<Network> {

  static final String ID = "network.progress.unit-overdue";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.NETWORK, new UnitOverdue());
  }

  @Override
  public void check(Network network, RuleContext context) {
    if (network.progressReports().isEmpty()) {
      context.notEvaluated("", DeliveryParts.noProgressReport(network));
      return;
    }
    for (int w = 0; w < network.workplans().size(); w++) {
      Workplan workplan = network.workplans().get(w);
      List<ProgressReport> reports = network.progressReportsOn(workplan.id());
      if (reports.isEmpty()) {
        context.notEvaluated("/workplans/" + w, BuiltIn.text(ID, "no-report", workplan.id()));
        continue;
      }
      ProgressReport latest = reports.stream().max(Comparator.comparing(ProgressReport::asOf)).orElseThrow();
      WorkplanProgress progress =
          WorkplanProgress.of(workplan, List.of(latest), WorkplanProgress.endOf(latest.asOf()));
      int report = network.progressReports().indexOf(latest);
      Map<String, UnitStanding> overdue = new HashMap<>();
      for (UnitStanding standing : progress.units()) {
        if (standing.overdue()) {
          overdue.putIfAbsent(standing.unit().reference(), standing);
        }
      }
      for (int u = 0; u < latest.units().size(); u++) {
        UnitStanding standing = overdue.get(latest.units().get(u).unit());
        if (standing != null) {
          context.fail(
              "/progressReports/" + report + "/units/" + u,
              BuiltIn.text(ID, "overdue", standing.unit().reference(), standing.unit().window().orElseThrow(),
                  latest.id(), latest.asOf(), BuiltIn.label(latest.units().get(u).status())),
              BuiltIn.text(ID, "hint"));
        }
      }
    }
  }
}
