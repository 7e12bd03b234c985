package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.UnitReference;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code network.delivery.units-resolve}: the workplan a progress report or joint programme names
 * exists, and so does every unit it refers to.
 */
final class UnitReferences implements Check<Network> {

  static final String ID = "network.delivery.units-resolve";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.NETWORK, new UnitReferences());
  }

  @Override
  public void check(Network network, RuleContext context) {
    if (network.progressReports().isEmpty() && network.programmes().isEmpty()) {
      context.notEvaluated("", BuiltIn.text(ID, "nothing", network.id()));
      return;
    }
    for (int i = 0; i < network.progressReports().size(); i++) {
      ProgressReport report = network.progressReports().get(i);
      List<String> units = report.units().stream().map(u -> u.unit()).toList();
      check(network, report.id(), report.workplan(), units, "/progressReports/" + i, "units", "/unit", context);
    }
    for (int i = 0; i < network.programmes().size(); i++) {
      JointProgramme programme = network.programmes().get(i);
      if (programme.workplan().isEmpty() && programme.implementsUnits().isEmpty()) {
        continue;
      }
      check(network, programme.id(), programme.workplan(), programme.implementsUnits(),
          "/programmes/" + i, "implementsUnits", "", context);
    }
  }

  private static void check(
      Network network,
      String id,
      Optional<String> named,
      List<String> units,
      String at,
      String member,
      String suffix,
      RuleContext context) {
    Optional<Workplan> workplan = DeliveryParts.workplan(network, named);
    if (workplan.isEmpty()) {
      context.fail(
          at + (named.isPresent() ? "/workplan" : ""),
          named.isPresent()
              ? BuiltIn.text(ID, "unknown-workplan", id, named.get(), network.id())
              : BuiltIn.text(ID, "no-workplan", id, network.id()),
          BuiltIn.text(ID, "hint-workplan"));
      return;
    }
    Set<String> known =
        UnitReference.all(workplan.get()).stream().map(UnitReference::reference).collect(Collectors.toSet());
    for (int u = 0; u < units.size(); u++) {
      if (!known.contains(units.get(u))) {
        context.fail(
            at + "/" + member + "/" + u + suffix,
            BuiltIn.text(ID, "unknown-unit", id, units.get(u), workplan.get().id()),
            BuiltIn.text(ID, "hint-unit"));
      }
    }
  }
}
