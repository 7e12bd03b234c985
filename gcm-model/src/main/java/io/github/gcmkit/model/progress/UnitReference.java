package io.github.gcmkit.model.progress;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.util.List;
import java.util.Optional;

/**
 * A unit of a workplan that work is given to (a priority, a workstream or an activity), as progress
 * reports and joint programmes refer to it: {@code core-1}, {@code 1.2}, {@code 1.1/1}, {@code
 * core-2/3/3.a}.
 *
 * @param reference how reports and programmes refer to the unit
 * @param kind priority, workstream or activity
 * @param text the priority's title, the workstream's outcome (or its id), the activity's text
 * @param schedule when the work happens, if the workplan says
 * @param pointer the JSON Pointer of the unit in its workplan ({@code /priorities/0/workstreams/1})
 */
public record UnitReference(
    String reference, Kind kind, LocalizedText text, Optional<Schedule> schedule, String pointer) {

  /** What kind of unit it is. */
  public enum Kind {
    /** A core or thematic priority. */
    PRIORITY,
    /** A workstream of a priority. */
    WORKSTREAM,
    /** An activity, at any depth. */
    ACTIVITY
  }

  /** The months of its schedule, if the schedule states a window. */
  public Optional<Period> window() {
    return schedule.flatMap(Schedule::period);
  }

  /** Every unit of {@code workplan}, in document order: each priority, its workstreams and activities. */
  public static ImmutableList<UnitReference> all(Workplan workplan) {
    ImmutableList.Builder<UnitReference> units = ImmutableList.builder();
    for (int p = 0; p < workplan.priorities().size(); p++) {
      Priority priority = workplan.priorities().get(p);
      String at = "/priorities/" + p;
      units.add(new UnitReference(priority.id(), Kind.PRIORITY, priority.title(), Optional.of(priority.schedule()), at));
      for (int w = 0; w < priority.workstreams().size(); w++) {
        Workstream workstream = priority.workstreams().get(w);
        String wat = at + "/workstreams/" + w;
        units.add(
            new UnitReference(
                workstream.id(),
                Kind.WORKSTREAM,
                workstream.outcome().orElse(LocalizedText.en(workstream.id())),
                Optional.of(workstream.schedule()),
                wat));
        activities(workstream.id(), wat + "/activities", workstream.activities(), units);
      }
      activities(priority.id(), at + "/activities", priority.activities(), units);
    }
    return units.build();
  }

  /** The unit of {@code workplan} that {@code reference} refers to. */
  public static Optional<UnitReference> find(Workplan workplan, String reference) {
    return all(workplan).stream().filter(u -> u.reference.equals(reference)).findFirst();
  }

  private static void activities(
      String parent, String at, List<Activity> activities, ImmutableList.Builder<UnitReference> units) {
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      String reference = parent + "/" + activity.id();
      String pointer = at + "/" + i;
      units.add(new UnitReference(reference, Kind.ACTIVITY, activity.text(), activity.schedule(), pointer));
      activities(reference, pointer + "/subActivities", activity.subActivities(), units);
    }
  }
}
