package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.WorkUnit;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkplanModalities;
import io.github.gcmkit.model.workplan.Workstream;
import java.util.ArrayList;
import java.util.List;

/** The workstreams, activities and stakeholders of a workplan, each with its pointer. */
final class WorkplanParts {

  private WorkplanParts() {}

  /** Every workstream, in document order. */
  static List<Located<Workstream>> workstreams(Workplan workplan) {
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

  /**
   * The units that carry the work, in document order: every workstream, and every priority that
   * has no workstreams (Cameroon's priorities carry their activities directly).
   */
  static List<Located<WorkUnit>> units(Workplan workplan) {
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

  /** Every activity, in workstreams or directly under a priority, nested ones included. */
  static List<Located<Activity>> activities(Workplan workplan) {
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

  /**
   * Every stakeholder the workplan names: workstream leads and participants, the stakeholders of
   * activities, the coordinator and recipients of its modalities, and who made its pledges.
   */
  static List<Located<StakeholderRef>> stakeholders(Workplan workplan) {
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
