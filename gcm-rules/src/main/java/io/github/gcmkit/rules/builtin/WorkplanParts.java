package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
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
    for (Located<Workstream> w : workstreams(workplan)) {
      addAll(w, "leads", w.value().leads(), all);
      addAll(w, "participants", w.value().participants(), all);
    }
    for (Located<Activity> a : activities(workplan)) {
      addAll(a, "stakeholders", a.value().stakeholders(), all);
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
