package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How working groups come about and work: who establishes and validates them ("validés par le
 * UNCT"), what they are for, whom they draw on, and whether the chair is open to every member of the
 * group ("la présidence ou la coprésidence sera ouverte à tous les membres des groupes de travail").
 */
@Value.Immutable
public abstract class WorkingGroupPolicy implements WithWorkingGroupPolicy {

  WorkingGroupPolicy() {}

  /** Who establishes working groups. */
  public abstract Optional<GoverningBody> establishedBy();

  /** Who validates them, if not the body that establishes them. */
  public abstract Optional<GoverningBody> validatedBy();

  /** What working groups are for. */
  public abstract Optional<LocalizedText> purpose();

  /** Whether groups are set up over time, as needs and opportunities arise. */
  @Value.Default
  public boolean formedAsNeeded() {
    return false;
  }

  /** Whom their members are drawn from ("Network members and other stakeholders"). */
  public abstract ImmutableList<StakeholderRef> drawnFrom();

  /** Whether the chair is open to every member of the group; empty when the charter is silent. */
  public abstract Optional<Boolean> chairOpenToAllMembers();

  /** The document's own words, paragraph by paragraph. */
  public abstract ImmutableList<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkingGroupPolicy} values. */
  public static class Builder extends ImmutableWorkingGroupPolicy.Builder {}
}
