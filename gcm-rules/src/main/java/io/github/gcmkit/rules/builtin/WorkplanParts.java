package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.WorkUnit;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkplanModalities;
import io.github.gcmkit.model.workplan.Workstream;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The workstreams, activities and stakeholders of a workplan, each with its pointer.
 *
 * <p>The rules of one workplan run one after another on one thread and most walk the same parts,
 * so the parts are worked out once per workplan and thread, when a rule first asks, and kept for
 * the next rule: the lists are read-only. Only the last workplan's parts are kept, held softly, so
 * that a thread keeps nothing the collector needs.
 */
final class WorkplanParts {

  /** The parts of the last workplan a rule asked about on this thread. */
  private static final ThreadLocal<SoftReference<Parts>> LAST = new ThreadLocal<>();

  private WorkplanParts() {}

  /** Every workstream, in document order. */
  static List<Located<Workstream>> workstreams(Workplan workplan) {
    Parts parts = of(workplan);
    if (parts.workstreams == null) {
      parts.workstreams = Collections.unmodifiableList(workstreamsOf(workplan));
    }
    return parts.workstreams;
  }

  /**
   * The units that carry the work, in document order: every workstream, and every priority that
   * has no workstreams (Cameroon's priorities carry their activities directly).
   */
  static List<Located<WorkUnit>> units(Workplan workplan) {
    Parts parts = of(workplan);
    if (parts.units == null) {
      parts.units = Collections.unmodifiableList(unitsOf(workplan));
    }
    return parts.units;
  }

  /** Every activity, in workstreams or directly under a priority, nested ones included. */
  static List<Located<Activity>> activities(Workplan workplan) {
    Parts parts = of(workplan);
    if (parts.activities == null) {
      parts.activities = Collections.unmodifiableList(activitiesOf(workplan));
    }
    return parts.activities;
  }

  /**
   * Every stakeholder the workplan names: workstream leads and participants, the stakeholders of
   * activities, the coordinator and recipients of its modalities, and who made its pledges.
   */
  static List<Located<StakeholderRef>> stakeholders(Workplan workplan) {
    Parts parts = of(workplan);
    if (parts.stakeholders == null) {
      parts.stakeholders = Collections.unmodifiableList(stakeholdersOf(workplan));
    }
    return parts.stakeholders;
  }

  /** The parts of {@code workplan} kept on this thread: those of the last workplan asked about, if it is this one. */
  private static Parts of(Workplan workplan) {
    SoftReference<Parts> last = LAST.get();
    Parts parts = last == null ? null : last.get();
    if (parts == null || parts.workplan != workplan) {
      parts = new Parts(workplan);
      LAST.set(new SoftReference<>(parts));
    }
    return parts;
  }

  /** One workplan's parts, each worked out when first asked for; used by one thread. */
  private static final class Parts {
    private final Workplan workplan;
    private @Nullable List<Located<Workstream>> workstreams;
    private @Nullable List<Located<WorkUnit>> units;
    private @Nullable List<Located<Activity>> activities;
    private @Nullable List<Located<StakeholderRef>> stakeholders;

    Parts(Workplan workplan) {
      this.workplan = workplan;
    }
  }

  private static List<Located<Workstream>> workstreamsOf(Workplan workplan) {
    List<Located<Workstream>> all = new ArrayList<>();
    Located<Workplan> root = new Located<>("", workplan);
    for (int p = 0; p < workplan.priorities().size(); p++) {
      Located<Priority> priority = root.child("priorities", p, workplan.priorities().get(p));
      List<Workstream> workstreams = priority.value().workstreams();
      for (int w = 0; w < workstreams.size(); w++) {
        all.add(priority.child("workstreams", w, workstreams.get(w)));
      }
    }
    return all;
  }

  private static List<Located<WorkUnit>> unitsOf(Workplan workplan) {
    List<Located<WorkUnit>> all = new ArrayList<>();
    Located<Workplan> root = new Located<>("", workplan);
    for (int p = 0; p < workplan.priorities().size(); p++) {
      Priority priority = workplan.priorities().get(p);
      Located<Priority> located = root.child("priorities", p, priority);
      if (priority.workstreams().isEmpty()) {
        all.add(located.<WorkUnit>at(priority));
      }
      for (int w = 0; w < priority.workstreams().size(); w++) {
        all.add(located.<WorkUnit>child("workstreams", w, priority.workstreams().get(w)));
      }
    }
    return all;
  }

  /** The name messages give a unit: a workstream's id ("1.1") or a priority's ("thematic-2"). */
  static String name(WorkUnit unit) {
    if (unit instanceof Workstream workstream) {
      return workstream.id();
    }
    if (unit instanceof Priority priority) {
      return priority.id();
    }
    return ((Activity) unit).id();
  }

  /** The suffix of the message keys that speak of a unit of this kind: "" or "-priority". */
  static String kind(WorkUnit unit) {
    return unit instanceof Priority ? "-priority" : "";
  }

  /**
   * Whether the unit has a schedule: its own, or — for a priority that carries its activities —
   * one for each of its activities.
   */
  static boolean isScheduled(WorkUnit unit) {
    if (unit instanceof Workstream workstream) {
      return workstream.schedule().isSpecified();
    }
    if (unit instanceof Priority priority) {
      return priority.schedule().isSpecified()
          || (!priority.activities().isEmpty()
              && priority.activities().stream()
                  .allMatch(a -> a.schedule().map(Schedule::isSpecified).orElse(false)));
    }
    return ((Activity) unit).schedule().map(Schedule::isSpecified).orElse(false);
  }

  private static List<Located<Activity>> activitiesOf(Workplan workplan) {
    List<Located<Activity>> all = new ArrayList<>();
    Located<Workplan> root = new Located<>("", workplan);
    for (int p = 0; p < workplan.priorities().size(); p++) {
      Located<Priority> priority = root.child("priorities", p, workplan.priorities().get(p));
      List<Workstream> workstreams = priority.value().workstreams();
      for (int w = 0; w < workstreams.size(); w++) {
        Located<Workstream> workstream = priority.child("workstreams", w, workstreams.get(w));
        addActivities(workstream, "activities", workstream.value().activities(), all);
      }
      addActivities(priority, "activities", priority.value().activities(), all);
    }
    return all;
  }

  private static List<Located<StakeholderRef>> stakeholdersOf(Workplan workplan) {
    List<Located<StakeholderRef>> all = new ArrayList<>();
    for (Located<WorkUnit> u : units(workplan)) {
      addAll(u, "leads", u.value().leads(), all);
      addAll(u, "participants", u.value().participants(), all);
    }
    for (Located<Activity> a : activities(workplan)) {
      addAll(a, "stakeholders", a.value().stakeholders(), all);
      addAll(a, "leads", a.value().leads(), all);
      addAll(a, "participants", a.value().participants(), all);
    }
    if (workplan.modalities().isPresent()) {
      WorkplanModalities modalities = workplan.modalities().get();
      modalities.coordinator().ifPresent(c -> all.add(new Located<>("/modalities/coordinator", c)));
      addAll(new Located<>("/modalities", modalities), "progressUpdatesTo", modalities.progressUpdatesTo(), all);
    }
    Located<Workplan> root = new Located<>("", workplan);
    for (int i = 0; i < workplan.pledges().size(); i++) {
      addAll(root.child("pledges", i, workplan.pledges().get(i)), "pledgedBy",
          workplan.pledges().get(i).pledgedBy(), all);
    }
    return all;
  }

  private static void addActivities(
      Located<?> parent, String name, List<Activity> activities, List<Located<Activity>> all) {
    for (int i = 0; i < activities.size(); i++) {
      Located<Activity> activity = parent.child(name, i, activities.get(i));
      all.add(activity);
      addActivities(activity, "subActivities", activity.value().subActivities(), all);
    }
  }

  private static void addAll(
      Located<?> parent, String name, List<StakeholderRef> refs, List<Located<StakeholderRef>> all) {
    for (int i = 0; i < refs.size(); i++) {
      all.add(parent.child(name, i, refs.get(i)));
    }
  }
}
