package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pledge a government made, for example at the 2022 International Migration Review Forum, that a
 * workplan sets out to support ("working with the Government to fulfil their pledge to further
 * streamline civil registration processes").
 */
@Value.Immutable
public abstract class Pledge implements WithPledge {

  Pledge() {}

  /** The pledge's id, unique within its workplan. */
  public abstract String id();

  /** Its number on the IMRF pledging dashboard, where known. */
  public abstract Optional<Integer> dashboardNumber();

  /** Whether it was made individually, in common, in partnership, or to match another pledge. */
  public abstract Optional<PledgeKind> kind();

  /** The dashboard number of the pledge it matches, for a matching pledge. */
  public abstract Optional<Integer> matches();

  /** What it offers: money, people, a process, a policy. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<PledgeForm> forms();

  /** Who made the pledge: the pledging parties. */
  public abstract ImmutableList<StakeholderRef> pledgedBy();

  /** What was pledged, in the document's words. */
  public abstract LocalizedText text();

  /** Where it was made, in the document's words ("the first IMRF in May 2022"). */
  public abstract Optional<LocalizedText> madeAt();

  /** The id of the event where it was made, if that event is recorded. */
  public abstract Optional<String> event();

  /** When it was made. */
  public abstract Optional<PartialDate> date();

  /** What it serves in the GCM. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    event().ifPresent(e -> Invariants.checkId("event", e));
    dashboardNumber().ifPresent(n -> Invariants.checkPositive("dashboardNumber", n));
    matches().ifPresent(n -> Invariants.checkPositive("matches", n));
  }

  /** Builds {@link Pledge} values. */
  public static class Builder extends ImmutablePledge.Builder {}
}
