package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often and how a network meets: "Le Réseau se réunira selon les besoins et en règle générale
 * tous les trois mois", in person at IOM's or the RCO's office, online or hybrid.
 */
@Value.Immutable
public abstract class MeetingPolicy implements WithMeetingPolicy {

  MeetingPolicy() {}

  /** The regular frequency, if stated. */
  public abstract Optional<Frequency> frequency();

  /** Whether the network also (or only) meets as needed. */
  @Value.Default
  public boolean asNeeded() {
    return false;
  }

  /** How it meets. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<MeetingModality> modalities();

  /** Where it meets in person, in the document's words. */
  public abstract ImmutableList<LocalizedText> venues();

  /** The document's own words. */
  public abstract Optional<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MeetingPolicy} values. */
  public static class Builder extends ImmutableMeetingPolicy.Builder {}
}
