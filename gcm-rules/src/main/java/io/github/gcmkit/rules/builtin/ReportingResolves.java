package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.ReportingKind;
import io.github.gcmkit.model.charter.ReportingLine;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.List;

/**
 * {@code federation.reporting.resolves}: the network each network reports to — in its record and
 * in its charter's reporting lines — exists in the federation.
 */
final class ReportingResolves implements Check<Federation> {

  static final String ID = "federation.reporting.resolves";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.FEDERATION, new ReportingResolves());
  }

  @Override
  public void check(Federation federation, RuleContext context) {
    for (int i = 0; i < federation.networks().size(); i++) {
      Network network = federation.networks().get(i);
      String base = "/networks/" + i;
      network.reportsTo()
          .filter(parent -> federation.network(parent).isEmpty())
          .ifPresent(
              parent ->
                  context.fail(
                      base + "/reportsTo",
                      BuiltIn.text(ID, "unknown", network.id(), parent),
                      BuiltIn.text(ID, "hint", parent)));
      List<ReportingLine> lines =
          network.charter()
              .<List<ReportingLine>>map(c -> c.governance().reportingLines())
              .orElse(List.of());
      for (int j = 0; j < lines.size(); j++) {
        ReportingLine line = lines.get(j);
        if (line.kind() == ReportingKind.REPORTS
            && line.network().isPresent()
            && federation.network(line.network().get()).isEmpty()) {
          context.fail(
              base + "/charter/governance/reportingLines/" + j + "/network",
              BuiltIn.text(ID, "unknown-in-charter", network.id(), line.network().get()),
              BuiltIn.text(ID, "hint", line.network().get()));
        }
      }
    }
  }
}
