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
    for (int p = 0; p < workplan.priorities().size(); p++) {
      List<Workstream> workstreams = workplan.priorities().get(p).workstreams();
      for (int w = 0; w < workstreams.size(); w++) {
        all.add(new Located<>("/priorities/" + p + "/workstreams/" + w, workstreams.get(w)));
      }
    }
    return all;
  }

  /** Every activity, in workstreams or directly under a priority, nested ones included. */
  static List<Located<Activity>> activities(Workplan workplan) {
    List<Located<Activity>> all = new ArrayList<>();
    for (int p = 0; p < workplan.priorities().size(); p++) {
      Priority priority = workplan.priorities().get(p);
      for (int w = 0; w < priority.workstreams().size(); w++) {
        String base = "/priorities/" + p + "/workstreams/" + w + "/activities";
        addActivities(priority.workstreams().get(w).activities(), base, all);
      }
      addActivities(priority.activities(), "/priorities/" + p + "/activities", all);
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
      addAll(w.value().leads(), w.pointer() + "/leads", all);
      addAll(w.value().participants(), w.pointer() + "/participants", all);
    }
    for (Located<Activity> a : activities(workplan)) {
      addAll(a.value().stakeholders(), a.pointer() + "/stakeholders", all);
    }
    if (workplan.modalities().isPresent()) {
      WorkplanModalities modalities = workplan.modalities().get();
      modalities.coordinator().ifPresent(c -> all.add(new Located<>("/modalities/coordinator", c)));
      addAll(modalities.progressUpdatesTo(), "/modalities/progressUpdatesTo", all);
    }
    for (int i = 0; i < workplan.pledges().size(); i++) {
      addAll(workplan.pledges().get(i).pledgedBy(), "/pledges/" + i + "/pledgedBy", all);
    }
    return all;
  }

  private static void addActivities(List<Activity> activities, String base, List<Located<Activity>> all) {
    for (int i = 0; i < activities.size(); i++) {
      Activity activity = activities.get(i);
      String pointer = base + "/" + i;
      all.add(new Located<>(pointer, activity));
      addActivities(activity.subActivities(), pointer + "/subActivities", all);
    }
  }

  private static void addAll(List<StakeholderRef> refs, String base, List<Located<StakeholderRef>> all) {
    for (int i = 0; i < refs.size(); i++) {
      all.add(new Located<>(base + "/" + i, refs.get(i)));
    }
  }
}
