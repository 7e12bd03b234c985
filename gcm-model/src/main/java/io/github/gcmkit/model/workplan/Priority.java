package io.github.gcmkit.model.workplan;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A core or thematic priority of a workplan, numbered within its kind: "Core Priority 2: Stronger UN
 * system for GCM implementation", "Thematic Objective 4: Alternatives to immigration detention".
 *
 * <p>Some workplans break a priority into {@link #workstreams()} with leads and timelines; others
 * list {@link #activities()} directly under it and give the priority itself its leads,
 * participants and schedule, as a {@link WorkUnit}. Both are kept as written.
 */
@Value.Immutable
public abstract class Priority implements WithPriority, WorkUnit {

  Priority() {}

  /** Core or thematic. */
  public abstract PriorityKind kind();

  /** The priority's number within its kind, from 1. */
  public abstract int number();

  /** The priority's title or outcome statement. */
  public abstract LocalizedText title();

  /** What the priority serves in the GCM. */
  @Value.Default
  public GcmLinks links() {
    return GcmLinks.none();
  }

  /** When the priority's work happens; unspecified when the document does not say. */
  @Value.Default
  public Schedule schedule() {
    return Schedule.unspecified();
  }

  @Override
  public abstract ImmutableList<StakeholderRef> leads();

  @Override
  public abstract ImmutableList<StakeholderRef> participants();

  @Override
  public abstract Optional<LocalizedText> leadsWording();

  @Override
  public abstract Optional<LocalizedText> participantsWording();

  /**
   * The pledges this unit sets out to support, by their numbers on the IMRF pledging dashboard
   * ({@link io.github.gcmkit.model.Pledge#dashboardNumber()}).
   */
  public abstract ImmutableList<Integer> pledges();

  /** Its workstreams. */
  public abstract ImmutableList<Workstream> workstreams();

  /** Activities listed directly under the priority, outside any workstream. */
  public abstract ImmutableList<Activity> activities();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The priority's id: its kind and number, such as {@code core-1} or {@code thematic-7}. */
  public String id() {
    return kind().name().toLowerCase(Locale.ROOT) + "-" + number();
  }

  /** Every activity of the priority, in its workstreams or directly under it, nested ones included. */
  public Stream<Activity> allActivities() {
    return Stream.concat(
        workstreams().stream().flatMap(Workstream::allActivities),
        activities().stream().flatMap(Activity::selfAndDescendants));
  }

  @Value.Check
  protected void check() {
    Invariants.checkPositive("number", number());
    Invariants.checkUniqueIds("workstreams", workstreams(), Workstream::id);
    Invariants.checkUniqueIds("activities", activities(), Activity::id);
    pledges().forEach(n -> Invariants.checkPositive("pledges", n));
  }

  /** Builds {@link Priority} values. */
  public static class Builder extends ImmutablePriority.Builder {}
}
