package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.LocalizedText;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

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
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class Report {

  static final Comparator<NotEvaluated> NOT_EVALUATED_ORDER =
      Comparator.comparing((NotEvaluated n) -> n.networkId().orElse(""))
          .thenComparing(NotEvaluated::localPointer)
          .thenComparing(NotEvaluated::ruleId)
          .thenComparing(NotEvaluated::pointer)
          .thenComparing(n -> n.reason(LocalizedText.ENGLISH))
          .thenComparing(n -> n.reason(LocalizedText.FRENCH));

  Report() {}

  /**
   * The outcomes of {@code rules}: {@code findings} in the report's order (counted by severity here),
   * of which the rules {@code found} made at least one, with those
   * {@code baseline} accepts set aside; the baseline's entries of the catalogued rules that did not
   * run here ({@code notRun}) were not judged, and are not listed as no longer occurring. The
   * baseline's {@code expired} entries (left out of {@code baseline}) and the catalogue's version
   * are recorded.
   */
  static Report of(
      ImmutableList<ConfiguredRule> rules,
      ImmutableList<Finding> findings,
      Set<String> found,
      List<NotEvaluated> notEvaluated,
      Set<String> judged,
      Baseline baseline,
      Set<String> notRun,
      ImmutableList<Baseline.Entry> expired,
      Optional<String> catalogVersion) {
    ImmutableList<NotEvaluated> undecided = ImmutableList.sortedCopyOf(NOT_EVALUATED_ORDER, notEvaluated);
    if (baseline.isEmpty()) {
      return ImmutableReport.of(rules, findings, ImmutableList.of(), undecided, ImmutableList.of(),
          statusesOf(rules, found, judged), expired, catalogVersion, countsOf(findings));
    }
    ImmutableList<Finding> fresh =
        findings.stream().filter(f -> !baseline.accepts(f)).collect(ImmutableList.toImmutableList());
    ImmutableList<Finding> accepted =
        findings.stream().filter(baseline::accepts).collect(ImmutableList.toImmutableList());
    Set<Baseline.Entry> occurring = accepted.stream().map(Baseline.Entry::of).collect(Collectors.toSet());
    ImmutableList<Baseline.Entry> gone =
        baseline.entries().stream()
            .filter(e -> !occurring.contains(e) && !notRun.contains(e.ruleId()))
            .collect(ImmutableList.toImmutableList());
    Set<String> failed = fresh.stream().map(Finding::ruleId).collect(Collectors.toSet());
    return ImmutableReport.of(rules, fresh, accepted, undecided, gone, statusesOf(rules, failed, judged),
        expired, catalogVersion, countsOf(fresh));
  }

  /** How many of {@code findings} there are of each severity. */
  private static ImmutableMap<Severity, Integer> countsOf(List<Finding> findings) {
    int[] bySeverity = new int[Severity.values().length];
    for (Finding finding : findings) {
      bySeverity[finding.severity().ordinal()]++;
    }
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, bySeverity[severity.ordinal()]);
    }
    return ImmutableMap.copyOf(counts);
  }

  /** Each rule's status: failed with a finding, else passed if it judged a subject, else not evaluated. */
  private static ImmutableMap<String, RuleStatus> statusesOf(
      ImmutableList<ConfiguredRule> rules, Set<String> failed, Set<String> judged) {
    Map<String, RuleStatus> status = new HashMap<>();
    for (ConfiguredRule rule : rules) {
      status.put(
          rule.id(),
          failed.contains(rule.id())
              ? RuleStatus.FAILED
              : judged.contains(rule.id()) ? RuleStatus.PASSED : RuleStatus.NOT_EVALUATED);
    }
    return ImmutableMap.copyOf(status);
  }

  /** The rules that ran, as the profile configured them, in catalogue order. */
  @Value.Parameter
  public abstract ImmutableList<ConfiguredRule> rules();

  /** The new findings — all of them without a baseline — ordered by network, pointer and rule. */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();

  /** The findings the baseline accepted, in the same order. */
  @Value.Parameter
  public abstract ImmutableList<Finding> accepted();

  /** What could not be evaluated, and why, ordered by network, pointer and rule. */
  @Value.Parameter
  public abstract ImmutableList<NotEvaluated> notEvaluated();

  /**
   * The baseline's entries that matched no finding: fixed since the baseline was made, or of a rule
   * the catalogue no longer has. An entry of a rule that did not run in this validation (the
   * profile left it out, or it checks another kind of document) is not one of them: it was not
   * judged. Which entries were judged is told by rule only: an entry of a rule that ran, for a
   * network this validation did not hold (a workplan validated alone, one network of several), is
   * one of them. Reports of the parts of one corpus (gcm-io's report parts) list an entry only if
   * every part does.
   */
  @Value.Parameter
  public abstract ImmutableList<Baseline.Entry> noLongerOccurring();

  /** Each rule's status, by rule id: what the findings and the subjects judged make of them. */
  @Value.Parameter
  @Value.Auxiliary
  abstract ImmutableMap<String, RuleStatus> statuses();

  /**
   * The baseline's entries that had expired on the day of the validation ({@link
   * Validator.Builder#asOf}), in the baseline's order: they accepted nothing, so the findings they
   * named are among the {@link #findings()} again.
   */
  @Value.Parameter
  public abstract ImmutableList<Baseline.Entry> expired();

  /**
   * The version of the rule catalogue the validation drew its rules from ({@link
   * RuleCatalog#version()}), which reports and baselines record; empty for a catalogue without one.
   */
  @Value.Parameter
  public abstract Optional<String> catalogVersion();

  /** How many findings the baseline accepted. */
  public int acceptedCount() {
    return accepted().size();
  }

  /** The number of new findings of {@code severity}. */
  public int count(Severity severity) {
    return Objects.requireNonNull(counts().get(severity));
  }

  /**
   * The number of new findings of each severity, from {@link Severity#ERROR} to {@link
   * Severity#INFO}; counted once, where the findings were found.
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract ImmutableMap<Severity, Integer> counts();

  /**
   * The status of the rule {@code ruleId}.
   *
   * @throws IllegalArgumentException if that rule did not run
   */
  public RuleStatus status(String ruleId) {
    RuleStatus status = statuses().get(ruleId);
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
    return findings().stream().noneMatch(f -> f.severity().isAtLeast(failLevel));
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
    return statuses().entrySet().stream()
        .filter(e -> e.getValue() == status)
        .map(Map.Entry::getKey)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /** The report as plain English text. */
  @Override
  public String toString() {
    return toText(LocalizedText.ENGLISH);
  }
}
