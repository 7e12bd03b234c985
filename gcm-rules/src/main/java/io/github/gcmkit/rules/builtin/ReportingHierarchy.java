package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code federation.reporting.hierarchy}: reporting goes from national to regional to global
 * networks, one level up, and never in a cycle. Runs in time linear in the number of networks.
 */
final class ReportingHierarchy implements Check<Federation> {

  static final String ID = "federation.reporting.hierarchy";

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.ERROR, Target.FEDERATION, new ReportingHierarchy());
  }

  @Override
  public void check(Federation federation, RuleContext context) {
    List<Network> networks = federation.networks();
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      Optional<Network> parent = network.reportsTo().flatMap(federation::network);
      if (parent.isEmpty()) {
        continue;
      }
      Optional<NetworkLevel> expected = network.level().parentLevel();
      String pointer = "/networks/" + i + "/reportsTo";
      if (expected.isEmpty()) {
        context.fail(
            pointer,
            BuiltIn.text(ID, "global-reports", network.id(), parent.get().id()),
            BuiltIn.text(ID, "hint"));
      } else if (parent.get().level() != expected.get()) {
        context.fail(
            pointer,
            BuiltIn.text(
                ID,
                "wrong-level",
                network.id(),
                BuiltIn.label(network.level()),
                parent.get().id(),
                BuiltIn.label(parent.get().level()),
                BuiltIn.label(expected.get())),
            BuiltIn.text(ID, "hint"));
      }
    }
    reportCycles(networks, context);
  }

  /** Finds the cycles of the reporting graph, where each network has at most one parent. */
  private static void reportCycles(List<Network> networks, RuleContext context) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < networks.size(); i++) {
      index.put(networks.get(i).id(), i);
    }
    int[] state = new int[networks.size()]; // 0 unvisited, 1 on the current path, 2 done
    for (int start = 0; start < networks.size(); start++) {
      List<Integer> path = new ArrayList<>();
      int current = start;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        path.add(current);
        current = networks.get(current).reportsTo().map(id -> index.getOrDefault(id, -1)).orElse(-1);
      }
      if (current >= 0 && state[current] == 1) {
        List<Integer> cycle = path.subList(path.indexOf(current), path.size());
        String description = describe(cycle, networks);
        for (int member : cycle) {
          context.fail(
              "/networks/" + member + "/reportsTo",
              BuiltIn.text(ID, "cycle", networks.get(member).id(), description),
              BuiltIn.text(ID, "hint"));
        }
      }
      path.forEach(p -> state[p] = 2);
    }
  }

  /** The cycle as "a → b → a", starting from its smallest id whatever the federation's order. */
  private static String describe(List<Integer> cycle, List<Network> networks) {
    List<String> ids = cycle.stream().map(i -> networks.get(i).id()).collect(Collectors.toList());
    Collections.rotate(ids, -ids.indexOf(Collections.min(ids)));
    ids.add(ids.get(0));
    return String.join(" → ", ids);
  }
}
