package io.github.gcmkit.cli;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which GCM objectives and guiding principles one workplan serves, and where: the priorities,
 * workstreams, cross-cutting issues and pledges that link to each, and whether the workplan states
 * the link or it was interpreted.
 *
 * @param network the id of the workplan's network (the file name for a workplan on its own)
 * @param workplan the workplan
 * @param objectives where each objective served is linked
 * @param principles where each guiding principle served is linked
 */
record Coverage(
    String network,
    Workplan workplan,
    Map<GcmObjective, Coverage.Links> objectives,
    Map<GuidingPrinciple, Coverage.Links> principles) {

  /**
   * The places that link to one objective or principle.
   *
   * @param where "priority 1", "workstream 1.2", "cross-cutting issue 1", "pledge 1"
   * @param stated whether at least one of the links is stated by the workplan, not interpreted
   *     (each link as its own provenance says, {@link GcmLinks#provenance(GcmObjective, String,
   *     Sourcing)})
   */
  record Links(List<String> where, boolean stated) {}

  /** The coverage of {@code workplan}, of the network {@code network}. */
  static Coverage of(String network, Workplan workplan) {
    Map<GcmObjective, List<String>> objectives = new EnumMap<>(GcmObjective.class);
    Map<GcmObjective, Boolean> objectivesStated = new EnumMap<>(GcmObjective.class);
    Map<GuidingPrinciple, List<String>> principles = new EnumMap<>(GuidingPrinciple.class);
    Map<GuidingPrinciple, Boolean> principlesStated = new EnumMap<>(GuidingPrinciple.class);
    Sourcing sourcing = workplan.sourcing();
    Collector collect = (links, where, pointer) -> {
      for (GcmObjective o : links.objectives()) {
        objectives.computeIfAbsent(o, k -> new ArrayList<>()).add(where);
        boolean stated = links.provenance(o, pointer, sourcing) == Provenance.STATED;
        objectivesStated.merge(o, stated, Boolean::logicalOr);
      }
      for (GuidingPrinciple p : links.principles()) {
        principles.computeIfAbsent(p, k -> new ArrayList<>()).add(where);
        boolean stated = links.provenance(p, pointer, sourcing) == Provenance.STATED;
        principlesStated.merge(p, stated, Boolean::logicalOr);
      }
    };
    for (int i = 0; i < workplan.priorities().size(); i++) {
      Priority priority = workplan.priorities().get(i);
      String at = "/priorities/" + i;
      collect.add(priority.links(), "priority " + priority.number(), at + "/links");
      for (int j = 0; j < priority.workstreams().size(); j++) {
        Workstream workstream = priority.workstreams().get(j);
        collect.add(workstream.links(), "workstream " + workstream.id(), at + "/workstreams/" + j + "/links");
      }
    }
    for (int i = 0; i < workplan.crossCuttingIssues().size(); i++) {
      collect.add(workplan.crossCuttingIssues().get(i).links(), "cross-cutting issue " + (i + 1),
          "/crossCuttingIssues/" + i + "/links");
    }
    for (int i = 0; i < workplan.pledges().size(); i++) {
      collect.add(workplan.pledges().get(i).links(), "pledge " + (i + 1), "/pledges/" + i + "/links");
    }
    Map<GcmObjective, Links> o = new EnumMap<>(GcmObjective.class);
    objectives.forEach((k, v) -> o.put(k, new Links(List.copyOf(v), objectivesStated.getOrDefault(k, false))));
    Map<GuidingPrinciple, Links> p = new EnumMap<>(GuidingPrinciple.class);
    principles.forEach((k, v) -> p.put(k, new Links(List.copyOf(v), principlesStated.getOrDefault(k, false))));
    return new Coverage(network, workplan, o, p);
  }

  /** The column label of the workplan: {@code network/workplan-id}. */
  String label() {
    return network + "/" + workplan.id();
  }

  /** Adds the links of one place. */
  private interface Collector {
    void add(GcmLinks links, String where, String pointer);
  }
}
