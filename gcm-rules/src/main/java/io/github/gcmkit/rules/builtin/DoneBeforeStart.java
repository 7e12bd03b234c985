package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.ProgressStatus;
import io.github.gcmkit.model.progress.UnitProgress;
import io.github.gcmkit.model.progress.UnitReference;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code network.progress.done-before-start}: a unit reported done before its schedule started is
 * suspicious: either the date or the schedule is wrong.
 */
final class DoneBeforeStart implements Check<Network> {

  static final String ID = "network.progress.done-before-start";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.INFO, Target.NETWORK, new DoneBeforeStart());
  }

  @Override
  public void check(Network network, RuleContext context) {
    if (network.progressReports().isEmpty()) {
      context.notEvaluated("", DeliveryParts.noProgressReport(network));
      return;
    }
    for (int r = 0; r < network.progressReports().size(); r++) {
      ProgressReport report = network.progressReports().get(r);
      Optional<Workplan> workplan = DeliveryParts.workplan(network, report);
      if (workplan.isEmpty()) {
        context.notEvaluated("/progressReports/" + r, BuiltIn.text(ID, "no-workplan", report.id()));
        continue;
      }
      Map<String, UnitReference> units = new HashMap<>();
      UnitReference.all(workplan.get()).forEach(unit -> units.putIfAbsent(unit.reference(), unit));
      for (int u = 0; u < report.units().size(); u++) {
        UnitProgress progress = report.units().get(u);
        if (progress.status() != ProgressStatus.DONE) {
          continue;
        }
        Optional<Period> window =
            Optional.ofNullable(units.get(progress.unit())).flatMap(UnitReference::window);
        PartialDate done = progress.completed().orElse(report.asOf());
        if (window.isPresent() && done.lastMonth().isBefore(window.get().from())) {
          context.fail(
              "/progressReports/" + r + "/units/" + u,
              BuiltIn.text(ID, "early", progress.unit(), done, window.get()),
              BuiltIn.text(ID, "hint"));
        }
      }
    }
  }
}
