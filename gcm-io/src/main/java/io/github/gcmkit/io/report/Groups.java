package io.github.gcmkit.io.report;

import io.github.gcmkit.rules.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The groups a report is shown in: a network each, or the subject as a whole ({@code ""}). */
final class Groups {

  private Groups() {}

  /** Every network of the federation in its order, then any other the report names. */
  static List<String> of(Report report, ReportContext context) {
    Set<String> groups = new LinkedHashSet<>();
    context.federation().ifPresent(f -> f.networks().forEach(n -> groups.add(n.id())));
    report.findings().forEach(f -> groups.add(f.networkId().orElse("")));
    report.notEvaluated().forEach(n -> groups.add(n.networkId().orElse("")));
    if (groups.isEmpty()) {
      groups.add("");
    }
    return new ArrayList<>(groups);
  }
}
