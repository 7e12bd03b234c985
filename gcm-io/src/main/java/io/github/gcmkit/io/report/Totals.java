package io.github.gcmkit.io.report;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.ConfiguredRule;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.RuleStatus;
import io.github.gcmkit.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a report's head and summary say, added up over its parts: the rules that ran in any part,
 * the counts by severity, what
 * could not be evaluated, each rule's status (failed in one part, failed; else passed in one,
 * passed), the baseline's entries that no part matched and those that expired, and how many
 * networks and events were validated. Its size is the profile's and the baseline's, never the
 * number of parts.
 */
final class Totals {

  private final Severity failLevel;
  private final int[] counts = new int[Severity.values().length];
  private int notEvaluated;
  private int accepted;
  private int failing;
  private int networks;
  private int events;
  private boolean federation;
  private boolean first = true;
  private final Map<String, ConfiguredRule> rules = new LinkedHashMap<>();
  private Optional<String> catalogVersion = Optional.empty();
  private final Map<String, RuleStatus> statuses = new HashMap<>();
  private final Set<Baseline.Entry> noLongerOccurring = new LinkedHashSet<>();
  private final Set<Baseline.Entry> expired = new LinkedHashSet<>();

  Totals(Severity failLevel) {
    this.failLevel = failLevel;
  }

  /** Adds the part {@code report}, validated as {@code context} says. */
  void add(Report report, ReportContext context) {
    for (ConfiguredRule rule : report.rules()) {
      rules.putIfAbsent(rule.id(), rule);
    }
    if (first) {
      catalogVersion = report.catalogVersion();
      noLongerOccurring.addAll(report.noLongerOccurring());
      first = false;
    } else {
      noLongerOccurring.retainAll(new java.util.HashSet<>(report.noLongerOccurring()));
    }
    for (Severity severity : Severity.values()) {
      counts[severity.ordinal()] += report.count(severity);
    }
    for (Finding f : report.findings()) {
      if (f.severity().isAtLeast(failLevel)) {
        failing++;
      }
    }
    notEvaluated += report.notEvaluated().size();
    accepted += report.acceptedCount();
    expired.addAll(report.expired());
    for (ConfiguredRule rule : report.rules()) {
      statuses.merge(rule.id(), report.status(rule.id()), Totals::stronger);
    }
    context.federation().ifPresent(f -> {
      federation = true;
      networks += f.networks().size();
      events += f.events().size();
    });
  }

  /** A rule failed anywhere failed; else passed anywhere passed. */
  private static RuleStatus stronger(RuleStatus a, RuleStatus b) {
    if (a == RuleStatus.FAILED || b == RuleStatus.FAILED) {
      return RuleStatus.FAILED;
    }
    return a == RuleStatus.PASSED || b == RuleStatus.PASSED ? RuleStatus.PASSED : RuleStatus.NOT_EVALUATED;
  }

  int count(Severity severity) {
    return counts[severity.ordinal()];
  }

  int findings() {
    int all = 0;
    for (int count : counts) {
      all += count;
    }
    return all;
  }

  /** The findings at the fail level or above. */
  int failing() {
    return failing;
  }

  boolean passed() {
    return failing == 0;
  }

  int notEvaluated() {
    return notEvaluated;
  }

  int accepted() {
    return accepted;
  }

  /**
   * The rules that ran in any part, in the order they first ran: the profile's, where every part
   * ran them all; a charter validated alone runs fewer than a network.
   */
  ImmutableList<ConfiguredRule> rules() {
    return ImmutableList.copyOf(rules.values());
  }

  Optional<String> catalogVersion() {
    return catalogVersion;
  }

  /** The number of rules of that status. */
  int rules(RuleStatus status) {
    return (int) statuses.values().stream().filter(s -> s == status).count();
  }

  List<Baseline.Entry> noLongerOccurring() {
    return new ArrayList<>(noLongerOccurring);
  }

  List<Baseline.Entry> expired() {
    return new ArrayList<>(expired);
  }

  /** Whether a federation was validated; then how many networks and events it had. */
  boolean federation() {
    return federation;
  }

  int networks() {
    return networks;
  }

  int events() {
    return events;
  }
}
