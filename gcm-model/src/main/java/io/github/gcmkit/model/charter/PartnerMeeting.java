package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The meeting between all network members and external partners that charters commit to: "Organize
 * once a year — contingent on availability of resources — a meeting between all the Regional
 * Network members and external partners. This could include migrants, civil society, …".
 */
@Value.Immutable
public abstract class PartnerMeeting implements WithPartnerMeeting {

  PartnerMeeting() {}

  /** How often; yearly unless stated. */
  @Value.Default
  public Frequency frequency() {
    return Frequency.YEARLY;
  }

  /** What the meeting depends on ("contingent on availability of resources"). */
  public abstract Optional<LocalizedText> condition();

  /** Who takes part: the network's members and the categories of external partners named. */
  public abstract ImmutableList<StakeholderRef> participants();

  /** The document's own words. */
  public abstract Optional<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PartnerMeeting} values. */
  public static class Builder extends ImmutablePartnerMeeting.Builder {}
}
