package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.JsonPointer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Findings a network has accepted for now, so that it can adopt the rules on imperfect documents
 * and be told only what is new. Findings are matched by rule id, network id and {@link
 * Finding#localPointer() local pointer} — never by message, so rewording a message keeps a
 * baseline valid.
 *
 * <pre>{@code
 * Baseline accepted = Baseline.of(Validator.of(Profile.baseline()).validate(federation));
 * Report next = Validator.builder().baseline(accepted).build().validate(changedFederation);
 * next.findings();          // only the new findings
 * next.acceptedCount();     // how many findings the baseline accepted
 * next.noLongerOccurring(); // accepted findings that are gone: the baseline can shrink
 * }</pre>
 *
 * <p>Two baselines are equal when they hold the same entries; the catalogue version they record
 * does not count.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class Baseline {

  /**
   * One accepted finding: the rule, the network (empty for a charter or workplan validated on its
   * own) and the JSON Pointer relative to that network; and, when whoever accepted it said so, why,
   * who accepted it and until when. An entry is known by its rule, network and pointer alone: two
   * entries that differ only in why, who or until when accept the same finding, and are equal.
   */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Entry implements Comparable<Entry> {

    private static final Comparator<Entry> ORDER =
        Comparator.comparing((Entry e) -> e.networkId().orElse(""))
            .thenComparing(Entry::pointer)
            .thenComparing(Entry::ruleId);

    Entry() {}

    /**
     * An entry that says why, who and until when.
     *
     * @param ruleId the id of the rule
     * @param networkId the id of the network, if any
     * @param pointer the finding's {@link Finding#localPointer()}
     * @param reason why the finding is accepted for now
     * @param acceptedBy who accepted it (a person, a team, a meeting)
     * @param expires the day from which the entry no longer accepts the finding
     * @throws IllegalArgumentException if the rule id, the reason or the name is blank
     */
    public static Entry of(
        String ruleId,
        Optional<String> networkId,
        JsonPointer pointer,
        Optional<String> reason,
        Optional<String> acceptedBy,
        Optional<? extends LocalDate> expires) {
      return ImmutableEntry.of(ruleId, networkId, pointer, reason, acceptedBy, expires);
    }

    /**
     * An entry with no reason, owner or expiry.
     *
     * @throws IllegalArgumentException if the rule id is blank
     */
    public static Entry of(String ruleId, Optional<String> networkId, JsonPointer pointer) {
      return of(ruleId, networkId, pointer, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The entry that accepts {@code finding}. */
    public static Entry of(Finding finding) {
      return of(finding.ruleId(), finding.networkId(), finding.localPointer());
    }

    /** The id of the rule. */
    @Value.Parameter
    public abstract String ruleId();

    /** The id of the network, if any. */
    @Value.Parameter
    public abstract Optional<String> networkId();

    /** The finding's {@link Finding#localPointer()}. */
    @Value.Parameter
    public abstract JsonPointer pointer();

    /** Why the finding is accepted for now. */
    @Value.Parameter
    @Value.Auxiliary
    public abstract Optional<String> reason();

    /** Who accepted it (a person, a team, a meeting). */
    @Value.Parameter
    @Value.Auxiliary
    public abstract Optional<String> acceptedBy();

    /** The day from which the entry no longer accepts the finding. */
    @Value.Parameter
    @Value.Auxiliary
    public abstract Optional<LocalDate> expires();

    /** Checks the entry. */
    @Value.Check
    protected void check() {
      checkArgument(!ruleId().isBlank(), "ruleId: the rule id is blank");
      reason().ifPresent(r -> checkArgument(!r.isBlank(), "reason: the reason is blank"));
      acceptedBy().ifPresent(a -> checkArgument(!a.isBlank(), "acceptedBy: the name is blank"));
    }

    /** Whether the entry has expired on {@code date}: its expiry date is that day or earlier. */
    public boolean expiredOn(LocalDate date) {
      return expires().isPresent() && !date.isBefore(expires().get());
    }

    /** Whether this entry accepts {@code finding}, whatever its expiry. */
    public boolean accepts(Finding finding) {
      return ruleId().equals(finding.ruleId())
          && networkId().equals(finding.networkId())
          && pointer().equals(finding.localPointer());
    }

    @Override
    public int compareTo(Entry other) {
      return ORDER.compare(this, other);
    }
  }

  Baseline() {}

  /** A baseline that accepts nothing. */
  public static Baseline empty() {
    return ImmutableBaseline.of(ImmutableSortedSet.of(), Optional.empty());
  }

  /** A baseline of {@code entries}. */
  public static Baseline of(Iterable<Entry> entries) {
    return ImmutableBaseline.of(ImmutableSortedSet.copyOf(entries), Optional.empty());
  }

  /**
   * A baseline that accepts every finding of {@code report}: its new findings and those it already
   * accepted; it records the version of the rule catalogue the report's rules came from.
   */
  public static Baseline of(Report report) {
    ImmutableSortedSet.Builder<Entry> entries = ImmutableSortedSet.naturalOrder();
    report.findings().forEach(f -> entries.add(Entry.of(f)));
    report.accepted().forEach(f -> entries.add(Entry.of(f)));
    return ImmutableBaseline.of(entries.build(), report.catalogVersion());
  }

  /**
   * The version of the rule catalogue whose findings this baseline accepts, when it records one:
   * that of the {@link Report} it was made of, or the one its file gives.
   */
  @Value.Parameter(order = 1)
  @Value.Auxiliary
  public abstract Optional<String> catalogVersion();

  /** A copy that records {@code version} as the version of the rule catalogue, or none. */
  public Baseline withCatalogVersion(Optional<String> version) {
    return ImmutableBaseline.of(entries(), version);
  }

  /**
   * The accepted findings, ordered by network, pointer and rule, expired or not: a {@link
   * Validator} applies their expiry on the day of the validation ({@link Validator.Builder#asOf})
   * and lists the expired ones in its report ({@link Report#expired()}).
   */
  @Value.Parameter(order = 0)
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Entry> entries();

  /** Whether some entry accepts {@code finding}. */
  public boolean accepts(Finding finding) {
    return entries().contains(Entry.of(finding));
  }

  /**
   * This baseline without the entries that have expired on {@code date}: what a validation on that
   * day should accept. The entries left out are {@link #expiredOn}.
   */
  public Baseline activeOn(LocalDate date) {
    return ImmutableBaseline.of(entries().stream()
        .filter(e -> !e.expiredOn(date))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())), catalogVersion());
  }

  /** The entries that have expired on {@code date}, in the baseline's order. */
  public ImmutableSortedSet<Entry> expiredOn(LocalDate date) {
    return entries().stream()
        .filter(e -> e.expiredOn(date))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * This baseline without {@code stale} entries, such as a report's {@link
   * Report#noLongerOccurring()}: the baseline shrinks and never grows, and the entries kept keep
   * their reason, owner and expiry.
   */
  public Baseline without(Iterable<Entry> stale) {
    java.util.Set<Entry> gone = new java.util.HashSet<>();
    stale.forEach(gone::add);
    return ImmutableBaseline.of(entries().stream()
        .filter(e -> !gone.contains(e))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())), catalogVersion());
  }

  /** Whether the baseline accepts nothing. */
  public boolean isEmpty() {
    return entries().isEmpty();
  }

  @Override
  public String toString() {
    return "Baseline(" + entries().size() + " entries)";
  }
}
