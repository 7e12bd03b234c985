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

  /**
   * The most networks of a cycle its findings name: one finding for each network of a cycle
   * quoting all of it would make the report grow as the square of the cycle's length (a cycle of
   * 20,000 networks, 4 GB of text).
   */
  private static final int SHOWN = 10;

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
              cycle.size() > SHOWN
                  ? BuiltIn.text(ID, "long-cycle", networks.get(member).id(), description, cycle.size())
                  : BuiltIn.text(ID, "cycle", networks.get(member).id(), description),
              BuiltIn.text(ID, "hint"));
        }
      }
      path.forEach(p -> state[p] = 2);
    }
  }

  /**
   * The cycle as "a → b → a", starting from its smallest id whatever the federation's order; a
   * cycle of more than {@link #SHOWN} networks by its first and last few ("a → b → … → y → z →
   * a"), since each of its networks has a finding that quotes it.
   */
  private static String describe(List<Integer> cycle, List<Network> networks) {
    List<String> ids = cycle.stream().map(i -> networks.get(i).id()).collect(Collectors.toList());
    Collections.rotate(ids, -ids.indexOf(Collections.min(ids)));
    if (ids.size() > SHOWN) {
      List<String> shown = new ArrayList<>(ids.subList(0, SHOWN - 3));
      shown.add("…");
      shown.addAll(ids.subList(ids.size() - 3, ids.size()));
      ids = shown;
    }
    ids.add(ids.get(0));
    return String.join(" → ", ids);
  }
}
