package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
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

  /** Who made the pledge. */
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
  }

  /** Builds {@link Pledge} values. */
  public static class Builder extends ImmutablePledge.Builder {}
}
