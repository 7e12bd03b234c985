package io.github.gcmkit.examples;

import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Example: compute which GCM objectives the workplans of a federation serve, and which no workplan
 * serves — the question a regional network asks of its national networks' workplans.
 *
 * <pre>{@code
 * java -cp gcm-cli/target/gcm.jar io.github.gcmkit.examples.GcmCoverage
 * }</pre>
 */
public final class GcmCoverage {

  private GcmCoverage() {}

  /** The GCM objectives {@code workplan} links to, through its priorities and their workstreams. */
  public static Set<GcmObjective> objectives(Workplan workplan) {
    Set<GcmObjective> served = EnumSet.noneOf(GcmObjective.class);
    for (Priority priority : workplan.priorities()) {
      Stream.concat(Stream.of(priority.links()), priority.workstreams().stream().map(w -> w.links()))
          .map(GcmLinks::objectives)
          .forEach(served::addAll);
    }
    return served;
  }

  /** Prints, for every workplan of the bundled networks, the objectives it serves; then the gaps. */
  public static void main(String[] args) {
    Federation federation = Datasets.federation();
    TreeMap<GcmObjective, Integer> workplansPerObjective = new TreeMap<>();
    for (Network network : federation.networks()) {
      for (Workplan workplan : network.workplans()) {
        Set<GcmObjective> served = objectives(workplan);
        served.forEach(o -> workplansPerObjective.merge(o, 1, Integer::sum));
        System.out.printf("%-4s %-10s %2d/23 objectives: %s%n", network.id(), workplan.id(), served.size(),
            served.stream().map(o -> String.valueOf(o.number())).toList());
      }
    }
    System.out.println("Served by no workplan:");
    for (GcmObjective objective : GcmObjective.values()) {
      if (!workplansPerObjective.containsKey(objective)) {
        System.out.printf("  %2d %s%n", objective.number(), objective.title().text("en"));
      }
    }
  }
}
