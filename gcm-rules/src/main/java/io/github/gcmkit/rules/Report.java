package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link Validator} found: the findings in a stable order, what could not be evaluated,
 * counts by severity, each rule's {@link RuleStatus}, and — with a {@link Baseline} — how many
 * findings were accepted and which accepted ones no longer occur.
 *
 * <p>Findings are ordered by network id, then by JSON Pointer (array indices by value), then by
 * rule id, whatever the order of the input or the number of threads: two validations of equal
 * input give equal reports.
 *
 * <p>A clean report means "checked and fine": a rule is {@link RuleStatus#FAILED} if it has a
 * finding, {@link RuleStatus#PASSED} if it judged at least one subject (a charter, workplan, network
 * or federation) without leaving anything of it undecided, and {@link RuleStatus#NOT_EVALUATED}
 * if it could judge no subject at all. The undecided elements are listed in {@link
 * #notEvaluated()} either way.
 */
public final class Report {

  static final Comparator<NotEvaluated> NOT_EVALUATED_ORDER =
      Comparator.comparing((NotEvaluated n) -> n.networkId().orElse(""))
          .thenComparing(NotEvaluated::localPointer)
          .thenComparing(NotEvaluated::ruleId)
          .thenComparing(NotEvaluated::pointer)
          .thenComparing(n -> n.reason().text(LocalizedText.ENGLISH))
          .thenComparing(n -> n.reason().text(LocalizedText.FRENCH));

  private final ImmutableList<ConfiguredRule> rules;
  private final ImmutableList<Finding> findings;
  private final ImmutableList<Finding> accepted;
  private final ImmutableList<NotEvaluated> notEvaluated;
  private final ImmutableList<Baseline.Entry> noLongerOccurring;
  private final ImmutableMap<String, RuleStatus> statuses;
  private final ImmutableList<Baseline.Entry> expired;
  private final Optional<String> catalogVersion;

  private Report(
      ImmutableList<ConfiguredRule> rules,
      ImmutableList<Finding> findings,
      ImmutableList<Finding> accepted,
      ImmutableList<NotEvaluated> notEvaluated,
      Set<String> judged,
      ImmutableList<Baseline.Entry> noLongerOccurring) {
    this.rules = rules;
    this.findings = findings;
    this.accepted = accepted;
    this.notEvaluated = notEvaluated;
    this.noLongerOccurring = noLongerOccurring;
    Set<String> failed = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
    Map<String, RuleStatus> status = new HashMap<>();
    for (ConfiguredRule rule : rules) {
      status.put(
          rule.id(),
          failed.contains(rule.id())
              ? RuleStatus.FAILED
              : judged.contains(rule.id()) ? RuleStatus.PASSED : RuleStatus.NOT_EVALUATED);
    }
    this.statuses = ImmutableMap.copyOf(status);
    this.expired = ImmutableList.of();
    this.catalogVersion = Optional.empty();
  }

  /** {@code report} with the baseline's expired entries and the catalogue's version it was validated with. */
  private Report(Report report, ImmutableList<Baseline.Entry> expired, Optional<String> catalogVersion) {
    this.rules = report.rules;
    this.findings = report.findings;
    this.accepted = report.accepted;
    this.notEvaluated = report.notEvaluated;
    this.noLongerOccurring = report.noLongerOccurring;
    this.statuses = report.statuses;
    this.expired = expired;
    this.catalogVersion = catalogVersion;
  }

  /**
   * This report, made with a baseline some of whose entries had {@code expired} on the day of the
   * validation, by the rules of a catalogue of version {@code catalogVersion}.
   */
  Report with(ImmutableList<Baseline.Entry> expired, Optional<String> catalogVersion) {
    return new Report(this, expired, catalogVersion);
  }

  /** Sorts the outcomes of {@code rules} and sets aside the findings {@code baseline} accepts. */
  static Report of(
      ImmutableList<ConfiguredRule> rules,
      List<Finding> findings,
      List<NotEvaluated> notEvaluated,
      Set<String> judged,
      Baseline baseline) {
    ImmutableList<Finding> sorted = sorted(findings);
    if (baseline.isEmpty()) {
      return new Report(
          rules,
          sorted,
          ImmutableList.of(),
          ImmutableList.sortedCopyOf(NOT_EVALUATED_ORDER, notEvaluated),
          judged,
          ImmutableList.of());
    }
    ImmutableList<Finding> fresh =
        sorted.stream().filter(f -> !baseline.accepts(f)).collect(ImmutableList.toImmutableList());
    ImmutableList<Finding> accepted =
        sorted.stream().filter(baseline::accepts).collect(ImmutableList.toImmutableList());
    Set<Baseline.Entry> occurring = accepted.stream().map(Baseline.Entry::of).collect(Collectors.toSet());
    ImmutableList<Baseline.Entry> gone =
        baseline.entries().stream()
            .filter(e -> !occurring.contains(e))
            .collect(ImmutableList.toImmutableList());
    return new Report(
        rules,
        fresh,
        accepted,
        ImmutableList.sortedCopyOf(NOT_EVALUATED_ORDER, notEvaluated),
        judged,
        gone);
  }

  /** The findings in the report's order, each finding's sort key computed once. */
  private static ImmutableList<Finding> sorted(List<Finding> findings) {
    SortKey[] keys = new SortKey[findings.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = SortKey.of(findings.get(i));
    }
    Arrays.sort(keys);
    ImmutableList.Builder<Finding> sorted = ImmutableList.builderWithExpectedSize(keys.length);
    for (SortKey key : keys) {
      sorted.add(key.finding());
    }
    return sorted.build();
  }

  /**
   * A finding with its network id ready to compare, in one comparison method; its pointers keep
   * their own order keys, made once. Messages are compared (and so formatted) only between
   * findings of the same rule and severity at the same place.
   */
  private static final class SortKey implements Comparable<SortKey> {
    private final Finding finding;
    private final String network;

    private SortKey(Finding finding) {
      this.finding = finding;
      this.network = finding.networkId().orElse("");
    }

    static SortKey of(Finding finding) {
      return new SortKey(finding);
    }

    Finding finding() {
      return finding;
    }

    @Override
    public int compareTo(SortKey other) {
      int c = network.compareTo(other.network);
      if (c == 0) {
        c = finding.localPointer().compareTo(other.finding.localPointer());
      }
      if (c == 0) {
        c = finding.ruleId().compareTo(other.finding.ruleId());
      }
      if (c == 0) {
        c = finding.pointer().compareTo(other.finding.pointer());
      }
      if (c == 0) {
        c = finding.severity().compareTo(other.finding.severity());
      }
      return c != 0 ? c : TIES.compare(finding, other.finding);
    }
  }

  /** The order of findings of the same rule and severity at the same place: by their words. */
  private static final Comparator<Finding> TIES =
      Comparator.comparing((Finding f) -> f.message().text(LocalizedText.ENGLISH))
          .thenComparing(f -> f.message().text(LocalizedText.FRENCH))
          .thenComparing(f -> f.hint().map(LocalizedText::text).orElse(""));

  /** The rules that ran, as the profile configured them, in catalogue order. */
  public ImmutableList<ConfiguredRule> rules() {
    return rules;
  }

  /** The new findings — all of them without a baseline — ordered by network, pointer and rule. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The findings the baseline accepted, in the same order. */
  public ImmutableList<Finding> accepted() {
    return accepted;
  }

  /** How many findings the baseline accepted. */
  public int acceptedCount() {
    return accepted.size();
  }

  /** The baseline's entries that matched no finding: fixed since the baseline was made. */
  public ImmutableList<Baseline.Entry> noLongerOccurring() {
    return noLongerOccurring;
  }

  /**
   * The baseline's entries that had expired on the day of the validation ({@link
   * Validator.Builder#asOf}), in the baseline's order: they accepted nothing, so the findings they
   * named are among the {@link #findings()} again.
   */
  public ImmutableList<Baseline.Entry> expired() {
    return expired;
  }

  /**
   * The version of the rule catalogue the validation drew its rules from ({@link
   * RuleCatalog#version()}), which reports and baselines record; empty for a catalogue without one.
   */
  public Optional<String> catalogVersion() {
    return catalogVersion;
  }

  /** What could not be evaluated, and why, ordered by network, pointer and rule. */
  public ImmutableList<NotEvaluated> notEvaluated() {
    return notEvaluated;
  }

  /** The number of new findings of {@code severity}. */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The number of new findings of each severity, from {@link Severity#ERROR} to {@link Severity#INFO}. */
  public ImmutableMap<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * The status of the rule {@code ruleId}.
   *
   * @throws IllegalArgumentException if that rule did not run
   */
  public RuleStatus status(String ruleId) {
    RuleStatus status = statuses.get(ruleId);
    if (status == null) {
      throw new IllegalArgumentException("rule '" + ruleId + "' did not run in this validation");
    }
    return status;
  }

  /** The ids of the rules that passed, sorted. */
  public ImmutableSortedSet<String> rulesPassed() {
    return rulesWith(RuleStatus.PASSED);
  }

  /** The ids of the rules with new findings, sorted. */
  public ImmutableSortedSet<String> rulesFailed() {
    return rulesWith(RuleStatus.FAILED);
  }

  /** The ids of the rules without new findings that could not be decided somewhere, sorted. */
  public ImmutableSortedSet<String> rulesNotEvaluated() {
    return rulesWith(RuleStatus.NOT_EVALUATED);
  }

  /**
   * Whether the report passes at {@code failLevel}: no new finding at that severity or above. With
   * {@link Severity#WARNING}, errors and warnings fail the report and information does not.
   */
  public boolean passed(Severity failLevel) {
    return findings.stream().noneMatch(f -> f.severity().isAtLeast(failLevel));
  }

  /** Whether the report has no new error: {@code passed(Severity.ERROR)}. */
  public boolean passed() {
    return passed(Severity.ERROR);
  }

  /** The report as plain text in {@code language} ({@code "en"} or {@code "fr"}), one finding a paragraph. */
  public String toText(String language) {
    return ReportText.format(this, language);
  }

  private ImmutableSortedSet<String> rulesWith(RuleStatus status) {
    return statuses.entrySet().stream()
        .filter(e -> e.getValue() == status)
        .map(Map.Entry::getKey)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Report that)) {
      return false;
    }
    return rules.equals(that.rules)
        && findings.equals(that.findings)
        && accepted.equals(that.accepted)
        && notEvaluated.equals(that.notEvaluated)
        && noLongerOccurring.equals(that.noLongerOccurring)
        && expired.equals(that.expired)
        && catalogVersion.equals(that.catalogVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, findings, accepted, notEvaluated, noLongerOccurring, expired, catalogVersion);
  }

  /** The report as plain English text. */
  @Override
  public String toString() {
    return toText(LocalizedText.ENGLISH);
  }
}
