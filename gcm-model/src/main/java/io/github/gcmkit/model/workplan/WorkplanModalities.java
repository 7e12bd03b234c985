package io.github.gcmkit.model.workplan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a workplan is run and reviewed ("Modalities and review"): how often the network meets, who
 * coordinates, who drafts and who validates it after consulting whom, who reviews its
 * implementation, and how often progress updates go to whom.
 */
@Value.Immutable
public abstract class WorkplanModalities implements WithWorkplanModalities {

  WorkplanModalities() {}

  /** How often the network envisions meeting ("on a quarterly basis"). */
  public abstract Optional<Frequency> meetingFrequency();

  /** Under whose coordination the workplan is developed ("Under the coordination of IOM"). */
  public abstract Optional<StakeholderRef> coordinator();

  /** Which body drafts the workplan. */
  public abstract Optional<GoverningBody> draftedBy();

  /** Which body validates it. */
  public abstract Optional<GoverningBody> validatedBy();

  /** Who is consulted before validation ("Members of the network are fully consulted"). */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<GoverningBody> consultedFirst();

  /** Who reviews its implementation continually. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<GoverningBody> reviewedBy();

  /** How often progress updates are given. */
  public abstract Optional<Frequency> progressUpdateFrequency();

  /** To whom progress updates go ("the Regional Directors"). */
  public abstract ImmutableList<StakeholderRef> progressUpdatesTo();

  /** The document's own words, paragraph by paragraph. */
  public abstract ImmutableList<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkplanModalities} values. */
  public static class Builder extends ImmutableWorkplanModalities.Builder {}
}
