package io.github.gcmkit.rules;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One part of a validation, worked out on one thread: a network's evaluations (its own rules, its
 * charter's and its workplans'), or those of a subject validated as a whole (a federation, a
 * charter, a workplan). The part makes its evaluations, runs them and sorts what they found, so
 * that what stays on one thread is laying the parts side by side.
 */
final class ValidationPart {

  /** The rank of a part whose outcomes may lie in several networks: after every network's. */
  static final int MIXED = Integer.MAX_VALUE;

  private final ImmutableList<ConfiguredRule> rules;
  private final EntityCatalog entities;
  private final EventIndex events;
  private final NetworkRanks ranks;
  private final List<Evaluation> evaluations = new ArrayList<>();
  /** What the evaluations found, in the order they found it. */
  private final List<FindingKey> keys = new ArrayList<>();
  private final List<NotEvaluated> undecided = new ArrayList<>();
  private final boolean[] found;
  private final boolean[] judged;
  private FindingKey.Part findings = FindingKey.Part.EMPTY;
  private int rank = MIXED;
  private @Nullable Network catalogued;
  private EntityCatalog cataloguedEntities;

  /** A part that runs {@code rules}, the validation's, in their order. */
  ValidationPart(ImmutableList<ConfiguredRule> rules, EntityCatalog entities, EventIndex events, NetworkRanks ranks) {
    this.rules = rules;
    this.entities = entities;
    this.cataloguedEntities = entities;
    this.events = events;
    this.ranks = ranks;
    this.found = new boolean[rules.size()];
    this.judged = new boolean[rules.size()];
  }

  /**
   * Adds the evaluations of a network's rules, its charter's and its workplans' on {@code network},
   * the {@code index}-th of the validation's networks.
   */
  void network(Network network, int index, JsonPointer base, Optional<Federation> federation) {
    Optional<Network> self = Optional.of(network);
    rank = ranks.of(index);
    add(Target.NETWORK, network, base, self, base, federation);
    if (network.charter().isPresent()) {
      add(Target.CHARTER, network.charter().get(), base.member("charter"), self, base, federation);
    } else {
      absent(Target.CHARTER, network, base, "charter", "network.no-charter");
    }
    for (int j = 0; j < network.workplans().size(); j++) {
      add(Target.WORKPLAN, network.workplans().get(j), base.member("workplans").item(j), self, base, federation);
    }
    if (network.workplans().isEmpty()) {
      absent(Target.WORKPLAN, network, base, "workplans", "network.no-workplan");
    }
  }

  /**
   * Adds the evaluations of the rules of {@code target} on {@code value}, validated as a whole
   * (the validated document itself, in no network).
   */
  void whole(Target<?> target, Object value, Optional<Federation> federation) {
    JsonPointer root = JsonPointer.root();
    add(target, value, root, Optional.empty(), root, federation);
  }

  /**
   * Adds the evaluations of the rules of {@code target} on {@code value}, which is at {@code base}
   * in the validated document, in {@code network} (at {@code networkBase}) if it is in one: the
   * part's network, of rank {@link #rank}.
   */
  private void add(
      Target<?> target,
      Object value,
      JsonPointer base,
      Optional<Network> network,
      JsonPointer networkBase,
      Optional<Federation> federation) {
    Subject subject = new Subject(value, base, network, networkBase, federation, events, ranks,
        network.isPresent() ? rank : NetworkRanks.OUTSIDE);
    EntityCatalog known = entitiesOf(network);
    for (int r = 0; r < rules.size(); r++) {
      if (rules.get(r).rule().target() == target) {
        evaluations.add(new Evaluation(rules.get(r), r, subject, known, keys));
      }
    }
  }

  /** The organisations a subject of {@code network} can name: the catalogue and the network's own. */
  private EntityCatalog entitiesOf(Optional<Network> network) {
    if (network.isEmpty() || network.get().entities().isEmpty()) {
      return entities;
    }
    if (network.get() != catalogued) {
      catalogued = network.get();
      cataloguedEntities = catalogued.catalog(entities);
    }
    return cataloguedEntities;
  }

  /**
   * Every rule of {@code target} not evaluated for want of the network's {@code field}: the
   * entries share one network id, pair of pointers and reason, so that a corpus of many bare
   * networks costs a few references per rule and network.
   */
  private void absent(Target<?> target, Network network, JsonPointer base, String field, String reason) {
    Optional<String> id = Optional.of(network.id());
    JsonPointer local = JsonPointer.root().member(field);
    Message why = Engine.MESSAGES.message(reason, network.id());
    for (ConfiguredRule rule : rules) {
      if (rule.rule().target() == target) {
        undecided.add(ImmutableNotEvaluated.of(rule.id(), id, base, local, why));
      }
    }
  }

  /**
   * Runs the evaluations in the order they were added, sorts their findings and undecided elements
   * into the report's order, and marks the rules that found something or judged their subject.
   */
  ValidationPart run() {
    for (Evaluation evaluation : evaluations) {
      evaluation.run();
    }
    findings = FindingKey.sorted(keys);
    for (Evaluation evaluation : evaluations) {
      int r = evaluation.ruleIndex();
      found[r] |= evaluation.found();
      if (evaluation.judged()) {
        judged[r] = true;
      } else {
        undecided.addAll(evaluation.notEvaluated());
      }
    }
    undecided.sort(Report.NOT_EVALUATED_ORDER);
    return this;
  }

  /** The findings, in the report's order. */
  FindingKey.Part findings() {
    return findings;
  }

  /** What the part left undecided, in the report's order. */
  List<NotEvaluated> undecided() {
    return undecided;
  }

  /** The rank of the part's network, or {@link #MIXED} if its outcomes may lie in several. */
  int rank() {
    return rank;
  }

  /** Marks in {@code found} and {@code judged} the rules that found something or judged a subject. */
  void mark(boolean[] anyFound, boolean[] anyJudged) {
    for (int r = 0; r < found.length; r++) {
      anyFound[r] |= found[r];
      anyJudged[r] |= judged[r];
    }
  }
}
