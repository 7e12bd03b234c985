package io.github.gcmkit.io.report;

import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The groups a report is shown in — a network each, or the subject as a whole ({@code ""}) — with
 * each group's findings and elements not evaluated, sorted out in one pass over the report so that
 * a report of many networks is written in time proportional to its size.
 */
final class Groups {

  private final List<String> names;
  private final Map<String, List<Finding>> findings;
  private final Map<String, List<NotEvaluated>> notEvaluated;

  private Groups(
      List<String> names, Map<String, List<Finding>> findings, Map<String, List<NotEvaluated>> notEvaluated) {
    this.names = names;
    this.findings = findings;
    this.notEvaluated = notEvaluated;
  }

  /** Every network of the federation in its order, then any other the report names. */
  static Groups of(Report report, ReportContext context) {
    Set<String> groups = new LinkedHashSet<>();
    context.federation().ifPresent(f -> f.networks().forEach(n -> groups.add(n.id())));
    Map<String, List<Finding>> findings = byGroup(report.findings(), Finding::networkId, groups);
    Map<String, List<NotEvaluated>> notEvaluated = byGroup(report.notEvaluated(), NotEvaluated::networkId, groups);
    if (groups.isEmpty()) {
      groups.add("");
    }
    return new Groups(new ArrayList<>(groups), findings, notEvaluated);
  }

  /** The groups' names, in the order they are shown. */
  List<String> names() {
    return names;
  }

  /** The findings of {@code group}, in the report's order. */
  List<Finding> findings(String group) {
    return findings.getOrDefault(group, List.of());
  }

  /** The elements of {@code group} not evaluated, in the report's order. */
  List<NotEvaluated> notEvaluated(String group) {
    return notEvaluated.getOrDefault(group, List.of());
  }

  private static <T> Map<String, List<T>> byGroup(
      List<T> items, Function<T, Optional<String>> network, Set<String> groups) {
    Map<String, List<T>> grouped = new HashMap<>();
    for (T item : items) {
      String group = network.apply(item).orElse("");
      grouped.computeIfAbsent(group, g -> {
        groups.add(g);
        return new ArrayList<>();
      }).add(item);
    }
    return grouped;
  }
}
