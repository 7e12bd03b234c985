package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.ReportingKind;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.Optional;

/**
 * {@code charter.reporting.line-required}: the charter of a regional or national network states to
 * which network it reports.
 */
final class ReportingLineRequired implements Check<Charter> {

  static final String ID = "charter.reporting.line-required";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.CHARTER, new ReportingLineRequired());
  }

  @Override
  public void check(Charter charter, RuleContext context) {
    boolean stated =
        charter.governance().reportingLines().stream()
            .anyMatch(l -> l.kind() == ReportingKind.REPORTS && l.network().isPresent());
    if (stated) {
      return;
    }
    String pointer = "/governance/reportingLines";
    Optional<Network> network = context.network();
    if (network.isEmpty()) {
      context.notEvaluated(pointer, BuiltIn.text(ID, "level-unknown"));
    } else if (network.get().level() != NetworkLevel.GLOBAL) {
      context.fail(
          pointer,
          BuiltIn.text(ID, "none", BuiltIn.label(network.get().level())),
          network.get().reportsTo()
              .map(parent -> BuiltIn.text(ID, "hint-recorded", parent))
              .orElseGet(() -> BuiltIn.text(ID, "hint")));
    }
  }
}
