package io.github.gcmkit.rules;

import io.github.gcmkit.model.Completeness;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import java.util.Optional;

/**
 * What the record knows of the element a rule reports on: the statement that speaks for it (found
 * in the sourcing of the network, charter or workplan that holds it) and how complete that
 * document's sources are. Turns a failure at an unknown element into "not evaluated", and says
 * when a finding rests on an interpretation or on partial sources.
 */
record Knowledge(Optional<Statement> statement, Completeness completeness) {

  private static final Knowledge NOTHING = new Knowledge(Optional.empty(), Completeness.COMPLETE);
  /** What a document without statements knows, by its completeness: made once, not per finding. */
  private static final Knowledge[] PLAIN = plain();
  private static final JsonPointer CHARTER = JsonPointer.root().member("charter");
  private static final JsonPointer WORKPLANS = JsonPointer.root().member("workplans");

  /**
   * What the record holds of the element at {@code relative} from {@code subject}, which is at
   * {@code at}: for an element inside a charter or workplan, read from that document's own sourcing
   * without going through its network.
   */
  static Knowledge of(Subject subject, JsonPointer relative, Subject.Location at) {
    if (!relative.isRoot()) {
      if (subject.value() instanceof Charter charter) {
        return in(charter.sourcing(), relative);
      }
      if (subject.value() instanceof Workplan workplan) {
        return in(workplan.sourcing(), relative);
      }
    }
    return of(subject, at);
  }

  /** What the record holds of the element at {@code at}, seen from {@code subject}. */
  static Knowledge of(Subject subject, Subject.Location at) {
    Optional<Network> network = at.networkId().flatMap(id -> network(subject, id));
    if (network.isPresent()) {
      return inNetwork(network.get(), at.localPointer());
    }
    if (subject.value() instanceof Charter charter) {
      return in(charter.sourcing(), at.pointer());
    }
    if (subject.value() instanceof Workplan workplan) {
      return in(workplan.sourcing(), at.pointer());
    }
    return NOTHING;
  }

  private static Optional<Network> network(Subject subject, String id) {
    if (subject.value() instanceof Federation federation) {
      return federation.network(id);
    }
    return subject.network().filter(n -> n.id().equals(id));
  }

  private static Knowledge inNetwork(Network network, JsonPointer local) {
    if (local.startsWith(CHARTER) && !local.equals(CHARTER) && network.charter().isPresent()) {
      return in(network.charter().get().sourcing(), local.relativeTo(CHARTER).orElseThrow());
    }
    Optional<Integer> index = local.startsWith(WORKPLANS) ? local.index(1) : Optional.empty();
    if (index.isPresent() && index.get() < network.workplans().size()) {
      JsonPointer within = local.relativeTo(WORKPLANS.item(index.get())).orElseThrow();
      if (!within.isRoot()) {
        return in(network.workplans().get(index.get()).sourcing(), within);
      }
    }
    return in(network.sourcing(), local);
  }

  private static Knowledge in(Sourcing sourcing, JsonPointer pointer) {
    if (sourcing.statements().isEmpty()) {
      return PLAIN[sourcing.completeness().ordinal()];
    }
    return new Knowledge(sourcing.statement(pointer), sourcing.completeness());
  }

  private static Knowledge[] plain() {
    Knowledge[] plain = new Knowledge[Completeness.values().length];
    for (Completeness completeness : Completeness.values()) {
      plain[completeness.ordinal()] = new Knowledge(Optional.empty(), completeness);
    }
    return plain;
  }

  /** Whether the recorded sources do not say what is at the element. */
  boolean isUnknown() {
    return basis() == Provenance.UNKNOWN;
  }

  /** How the element is known: stated unless a statement says otherwise. */
  Provenance basis() {
    return statement.isPresent() ? statement.get().provenance() : Provenance.STATED;
  }

  /** Whether the element lies in a list the record marks as partial. */
  boolean isPartial() {
    return statement.isPresent() && statement.get().partial();
  }

  /** Why a rule is not evaluated at an unknown element. */
  Message unknownReason() {
    Statement unknown = statement.orElseThrow();
    return unknown.note().isPresent()
        ? Engine.MESSAGES.message("record.unknown-note", unknown.path(), unknown.note().get())
        : Engine.MESSAGES.message("record.unknown", unknown.path());
  }

  /** The message of a finding, saying what it rests on when that is not a complete, stated record. */
  Message qualify(Message message) {
    Message text = message;
    if (basis() == Provenance.INTERPRETED) {
      Statement interpreted = statement.orElseThrow();
      text =
          interpreted.note().isPresent()
              ? Engine.MESSAGES.message("record.interpreted-note", text, interpreted.note().get())
              : Engine.MESSAGES.message("record.interpreted", text);
    }
    if (isPartial()) {
      text = Engine.MESSAGES.message("record.partial-list", text);
    }
    if (completeness != Completeness.COMPLETE) {
      text = Engine.MESSAGES.message("record." + completeness.name(), text);
    }
    return text;
  }
}
