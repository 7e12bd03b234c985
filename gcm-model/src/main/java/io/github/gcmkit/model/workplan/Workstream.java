package io.github.gcmkit.model.workplan;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A workstream of a priority, as a workplan's table gives it: "Core workstream 1.1", its outcome
 * statement, its timeline, its activities, and its lead and participating agencies or stakeholders.
 *
 * <p>Leads and participants are structured references; the cells' own words are kept beside them
 * ({@link #leadsWording()}), so that "AUC, ECOWAS and ECCAS respectively" loses nothing. An empty
 * cell is an empty list with no wording.
 */
@Value.Immutable
public abstract class Workstream implements WithWorkstream, WorkUnit {

  Workstream() {}

  /** The workstream's id, unique within the workplan ("1.1"). */
  public abstract String id();

  /** The outcome the workstream works towards. */
  public abstract Optional<LocalizedText> outcome();

  /** When the work happens; unspecified when the document does not say. */
  @Value.Default
  public Schedule schedule() {
    return Schedule.unspecified();
  }

  /** The lead agencies or stakeholders. */
  @Override
  public abstract ImmutableList<StakeholderRef> leads();

  /** The participating agencies or stakeholders. */
  @Override
  public abstract ImmutableList<StakeholderRef> participants();

  /** The lead cell in the document's own words. */
  @Override
  public abstract Optional<LocalizedText> leadsWording();

  /** The participants cell in the document's own words. */
  @Override
  public abstract Optional<LocalizedText> participantsWording();

  /** The activities, in the document's order. */
  public abstract ImmutableList<Activity> activities();

  /**
   * The pledges this unit sets out to support, by their numbers on the IMRF pledging dashboard
   * ({@link io.github.gcmkit.model.Pledge#dashboardNumber()}).
   */
  public abstract ImmutableList<Integer> pledges();

  /** What the workstream serves in the GCM. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every activity of the workstream, nested ones included, depth first. */
  public Stream<Activity> allActivities() {
    return activities().stream().flatMap(Activity::selfAndDescendants);
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    Invariants.checkUniqueIds("activities", activities(), Activity::id);
    pledges().forEach(n -> Invariants.checkPositive("pledges", n));
  }

  /** Builds {@link Workstream} values. */
  public static class Builder extends ImmutableWorkstream.Builder {}
}
