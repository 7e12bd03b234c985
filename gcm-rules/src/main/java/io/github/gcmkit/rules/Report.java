package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.LocalizedText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
   * Sorts the outcomes of {@code rules} and sets aside the findings {@code baseline} accepts; the
   * findings are sorted on the current fork/join pool's threads if {@code parallel}. The baseline's
   * {@code expired} entries (left out of {@code baseline}) and the catalogue's version are recorded.
   */
  static Report of(
      ImmutableList<ConfiguredRule> rules,
      List<Finding> findings,
      List<NotEvaluated> notEvaluated,
      Set<String> judged,
      Baseline baseline,
      ImmutableList<Baseline.Entry> expired,
      Optional<String> catalogVersion,
      boolean parallel) {
    ImmutableList<Finding> sorted = sorted(findings, parallel);
    ImmutableList<NotEvaluated> undecided = ImmutableList.sortedCopyOf(NOT_EVALUATED_ORDER, notEvaluated);
    if (baseline.isEmpty()) {
      return ImmutableReport.of(rules, sorted, ImmutableList.of(), undecided, ImmutableList.of(),
          statusesOf(rules, sorted, judged), expired, catalogVersion);
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
    return ImmutableReport.of(rules, fresh, accepted, undecided, gone, statusesOf(rules, fresh, judged), expired,
        catalogVersion);
  }

  /** Each rule's status: failed with a finding, else passed if it judged a subject, else not evaluated. */
  private static ImmutableMap<String, RuleStatus> statusesOf(
      ImmutableList<ConfiguredRule> rules, List<Finding> findings, Set<String> judged) {
    Set<String> failed = new HashSet<>();
    findings.forEach(f -> failed.add(f.ruleId()));
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

  /**
   * The findings in the report's order. Each finding's sort key is made once: its network's rank
   * among the networks' ids and its local pointer spelled as its {@link io.github.gcmkit.model.JsonPointer#sortKey() sort key}. The findings are
   * then placed by network in one pass and sorted within each network.
   */
  private static ImmutableList<Finding> sorted(List<Finding> findings, boolean parallel) {
    String[] networkOf = new String[findings.size()];
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < networkOf.length; i++) {
      networkOf[i] = findings.get(i).networkId().orElse("");
      // Findings of one subject share their network id: look it up once per run of them.
      if (i == 0 || !networkOf[i].equals(networkOf[i - 1])) {
        ranks.putIfAbsent(networkOf[i], 0);
      }
    }
    String[] networks = ranks.keySet().toArray(new String[0]);
    Arrays.sort(networks);
    for (int i = 0; i < networks.length; i++) {
      ranks.put(networks[i], i);
    }
    int[] starts = new int[networks.length + 1];
    int[] rankOf = new int[networkOf.length];
    int rank = -1;
    for (int i = 0; i < rankOf.length; i++) {
      if (i == 0 || !networkOf[i].equals(networkOf[i - 1])) {
        rank = Objects.requireNonNull(ranks.get(networkOf[i]));
      }
      rankOf[i] = rank;
      starts[rank + 1]++;
    }
    SortKey[] keys = new SortKey[rankOf.length];
    indices(keys.length, parallel).forEach(i -> keys[i] = new SortKey(findings.get(i), rankOf[i]));
    for (int r = 0; r < networks.length; r++) {
      starts[r + 1] += starts[r];
    }
    SortKey[] placed = new SortKey[keys.length];
    int[] next = Arrays.copyOf(starts, networks.length);
    for (SortKey key : keys) {
      placed[next[key.rank]++] = key;
    }
    indices(networks.length, parallel).forEach(r -> Arrays.sort(placed, starts[r], starts[r + 1]));
    ImmutableList.Builder<Finding> sorted = ImmutableList.builderWithExpectedSize(keys.length);
    for (SortKey key : placed) {
      sorted.add(key.finding);
    }
    return sorted.build();
  }

  /** The numbers from 0 to {@code count}, in parallel on the current fork/join pool if {@code parallel}. */
  private static IntStream indices(int count, boolean parallel) {
    IntStream indices = IntStream.range(0, count);
    return parallel ? indices.parallel() : indices;
  }

  /**
   * A finding with what orders it, made once: its network's rank and its local pointer spelled to
   * compare as a string. Messages are compared (and so worded) only between findings of the same
   * rule and severity at the same place.
   */
  private static final class SortKey implements Comparable<SortKey> {
    private final Finding finding;
    private final int rank;
    private final String pointer;

    SortKey(Finding finding, int rank) {
      this.finding = finding;
      this.rank = rank;
      this.pointer = finding.localPointer().sortKey();
    }

    @Override
    public int compareTo(SortKey other) {
      int c = Integer.compare(rank, other.rank);
      if (c == 0) {
        c = pointer.compareTo(other.pointer);
      }
      if (c == 0 && !finding.ruleId().equals(other.finding.ruleId())) {
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
      Comparator.comparing((Finding f) -> f.message(LocalizedText.ENGLISH))
          .thenComparing(f -> f.message(LocalizedText.FRENCH))
          .thenComparing(f -> f.hint(LocalizedText.ENGLISH).orElse(""));

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

  /** The baseline's entries that matched no finding: fixed since the baseline was made. */
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
   * Severity#INFO}; counted once, when the report is made.
   */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableMap<Severity, Integer> counts() {
    int[] bySeverity = new int[Severity.values().length];
    for (Finding finding : findings()) {
      bySeverity[finding.severity().ordinal()]++;
    }
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, bySeverity[severity.ordinal()]);
    }
    return ImmutableMap.copyOf(counts);
  }

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
