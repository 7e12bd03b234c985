package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The whole-network review ("Bilan annuel"): how often it is held, its purposes, who attends, who
 * may be invited, and what it produces (the next co-chair, the updated workplan).
 */
@Value.Immutable
public abstract class AnnualReview implements WithAnnualReview {

  AnnualReview() {}

  /** How often it is held; yearly unless stated. */
  @Value.Default
  public Frequency frequency() {
    return Frequency.YEARLY;
  }

  /** What it is for ("examiner les progrès du Réseau"). */
  public abstract ImmutableList<LocalizedText> purposes();

  /** Who attends; {@link GoverningBody#NETWORK} for all members. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<GoverningBody> attendees();

  /** Who else may be invited ("D'autres intervenants pertinents pourront être conviés"). */
  public abstract ImmutableList<StakeholderRef> invitees();

  /** What it produces ("nommer le prochain coprésident et présenter le plan de travail actualisé"). */
  public abstract ImmutableList<LocalizedText> outcomes();

  /** The document's own words ("organisée autour du Plan d'Actions Annuel (PTA)"). */
  public abstract Optional<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnnualReview} values. */
  public static class Builder extends ImmutableAnnualReview.Builder {}
}
