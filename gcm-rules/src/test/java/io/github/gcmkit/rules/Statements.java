package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.ArrayList;
import java.util.List;

/** Test support: a network with one of its statements marked unknown, in the sourcing it belongs to. */
final class Statements {

  private Statements() {}

  /** {@code network} with the element at {@code pointer} (in the network's document) marked unknown. */
  static Network markUnknown(Network network, String pointer) {
    if (pointer.startsWith("/charter/") && network.charter().isPresent()) {
      return network.withCharter(network.charter().get().withSourcing(
          unknown(network.charter().get().sourcing(), pointer.substring("/charter".length()))));
    }
    if (pointer.startsWith("/workplans/")) {
      String rest = pointer.substring("/workplans/".length());
      int slash = rest.indexOf('/');
      if (slash > 0) {
        int index = Integer.parseInt(rest.substring(0, slash));
        if (index < network.workplans().size()) {
          List<Workplan> workplans = new ArrayList<>(network.workplans());
          Workplan workplan = workplans.get(index);
          workplans.set(index, workplan.withSourcing(unknown(workplan.sourcing(), rest.substring(slash))));
          return network.withWorkplans(workplans);
        }
      }
      pointer = "/workplans";
    } else if (pointer.startsWith("/charter/")) {
      pointer = "/charter";
    }
    return network.withSourcing(unknown(network.sourcing(), pointer));
  }

  private static Sourcing unknown(Sourcing sourcing, String path) {
    List<Statement> statements = new ArrayList<>();
    sourcing.statements().stream().filter(s -> !s.path().equals(path)).forEach(statements::add);
    statements.add(Statement.builder().path(path).provenance(Provenance.UNKNOWN).build());
    return sourcing.withStatements(statements);
  }

  /**
   * Whether, in {@code network} after {@link #markUnknown}, the mark at {@code pointer} is the
   * statement that speaks for the element at {@code local}: none nearer to it, deeper in the same
   * document, says otherwise. A finding beneath a mark that a nearer statement speaks for stays.
   */
  static boolean markSpeaksFor(Network network, String pointer, JsonPointer local) {
    String marked = pointer;
    String element = local.toString();
    Sourcing sourcing = network.sourcing();
    if (element.startsWith("/charter/") && network.charter().isPresent()) {
      sourcing = network.charter().get().sourcing();
      marked = pointer.substring("/charter".length());
      element = element.substring("/charter".length());
    } else if (element.startsWith("/workplans/")) {
      String rest = element.substring("/workplans/".length());
      int slash = rest.indexOf('/');
      int index = slash > 0 ? Integer.parseInt(rest.substring(0, slash)) : -1;
      if (index >= 0 && index < network.workplans().size()) {
        sourcing = network.workplans().get(index).sourcing();
        String prefix = "/workplans/" + index;
        marked = pointer.length() > prefix.length() ? pointer.substring(prefix.length()) : "";
        element = rest.substring(slash);
      }
    }
    String mark = marked;
    return sourcing.statement(JsonPointer.parse(element)).map(Statement::path).filter(mark::equals).isPresent();
  }
}
