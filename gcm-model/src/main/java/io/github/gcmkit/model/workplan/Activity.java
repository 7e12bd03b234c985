package io.github.gcmkit.model.workplan;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An activity of a workstream or priority, with its sub-activities as the documents nest them:
 * "Keep National UNMNs informed of important developments", with "Send regular (at least once per
 * month) email updates" and "Organize quarterly webinars" under it.
 */
@Value.Immutable
public abstract class Activity implements WithActivity, WorkUnit {

  Activity() {}

  /** The activity's id, unique among its siblings ("1", "1.a"). */
  public abstract String id();

  /** What is to be done. */
  public abstract LocalizedText text();

  /** The activities nested under this one. */
  public abstract ImmutableList<Activity> subActivities();

  /** The activity's own schedule, if it has one ("quarterly"). */
  public abstract Optional<Schedule> schedule();

  /** What it delivers ("a newsletter", "a guidance note"). */
  public abstract ImmutableList<LocalizedText> deliverables();

  /**
   * The organisations and groups the activity names without saying whether they lead or take part
   * (ministries, agencies, stakeholders).
   */
  public abstract ImmutableList<StakeholderRef> stakeholders();

  /** The organisations or groups the document says lead the activity. */
  @Override
  public abstract ImmutableList<StakeholderRef> leads();

  /** The organisations or groups the document says take part in the activity. */
  @Override
  public abstract ImmutableList<StakeholderRef> participants();

  @Override
  public abstract Optional<LocalizedText> leadsWording();

  @Override
  public abstract Optional<LocalizedText> participantsWording();

  /** The ids of the events the activity depends on (such as a COP session). */
  public abstract ImmutableList<String> events();

  /**
   * The pledges this unit sets out to support, by their numbers on the IMRF pledging dashboard
   * ({@link io.github.gcmkit.model.Pledge#dashboardNumber()}).
   */
  public abstract ImmutableList<Integer> pledges();

  /** The ids of the workplan's footnotes that the activity refers to. */
  public abstract ImmutableList<String> notes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An activity with just an id and a text. */
  public static Activity of(String id, LocalizedText text) {
    return builder().id(id).text(text).build();
  }

  /** This activity and all activities nested under it, depth first. */
  public Stream<Activity> selfAndDescendants() {
    return Stream.concat(
        Stream.of(this), subActivities().stream().flatMap(Activity::selfAndDescendants));
  }

  @Value.Check
  protected void check() {
    Invariants.checkId("id", id());
    Invariants.checkUniqueIds("subActivities", subActivities(), Activity::id);
    events().forEach(e -> Invariants.checkId("events", e));
    pledges().forEach(n -> Invariants.checkPositive("pledges", n));
  }

  /** Builds {@link Activity} values. */
  public static class Builder extends ImmutableActivity.Builder {}
}
