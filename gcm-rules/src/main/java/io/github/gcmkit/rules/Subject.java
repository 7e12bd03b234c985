package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.Optional;

/**
 * One thing a rule runs on, with its place: the subject, the JSON Pointer to it in the validated
 * document, the network it belongs to and that network's pointer, the federation validated, and
 * the index of the validation's events. What every finding on it shares (its network's id, its own
 * pointer within its network) is worked out once, here.
 */
final class Subject {

  /** Where a federation's networks are. */
  static final JsonPointer NETWORKS = JsonPointer.root().member("networks");

  private final Object value;
  private final JsonPointer base;
  private final Optional<Network> network;
  private final Optional<Federation> federation;
  private final EventIndex events;
  private final NetworkRanks ranks;
  private final Optional<String> networkId;
  /** The rank of the subject's network among the validation's. */
  private final int rank;
  /** Where the subject's network is in the validated document; the root outside any network. */
  private final JsonPointer networkBase;
  /** {@link #base} relative to its network, or {@link #base} itself outside any network. */
  private final JsonPointer localBase;

  Subject(
      Object value,
      JsonPointer base,
      Optional<Network> network,
      JsonPointer networkBase,
      Optional<Federation> federation,
      EventIndex events,
      NetworkRanks ranks,
      int rank) {
    this.value = value;
    this.base = base;
    this.network = network;
    this.federation = federation;
    this.events = events;
    this.ranks = ranks;
    this.networkId = network.map(Network::id);
    this.rank = rank;
    Optional<JsonPointer> local = base.relativeTo(networkBase);
    this.networkBase = local.isPresent() ? networkBase : JsonPointer.root();
    this.localBase = local.orElse(base);
  }

  /** The charter, workplan, network or federation the rules run on. */
  Object value() {
    return value;
  }

  /** The network the subject belongs to, or is. */
  Optional<Network> network() {
    return network;
  }

  /** The federation validated, if one is. */
  Optional<Federation> federation() {
    return federation;
  }

  /** The events the validation knows. */
  EventIndex events() {
    return events;
  }

  /** Where {@code pointer}, relative to this subject, lies: its network, its rank and both pointers. */
  Location locate(JsonPointer pointer) {
    if (value instanceof Federation f) {
      JsonPointer full = base.append(pointer);
      Optional<Integer> index = full.startsWith(NETWORKS) ? full.index(1) : Optional.empty();
      if (index.isPresent() && index.get() < f.networks().size()) {
        JsonPointer network = NETWORKS.item(index.get());
        Optional<String> id = Optional.of(f.networks().get(index.get()).id());
        return new Location(id, ranks.of(index.get()), network, full.relativeTo(network).orElseThrow());
      }
      return new Location(Optional.empty(), NetworkRanks.OUTSIDE, JsonPointer.root(), full);
    }
    return new Location(networkId, rank, networkBase, localBase.append(pointer));
  }

  /** Where the subject itself is, for messages. */
  String describe() {
    return network.map(n -> "network '" + n.id() + "' ").orElse("") + "#" + base;
  }

  /**
   * A place in the validated document: in the network {@code networkId}, of rank {@code rank} among
   * the validation's, at {@code networkBase}, at {@code localPointer} within it (outside any network,
   * the root and the whole pointer).
   */
  record Location(Optional<String> networkId, int rank, JsonPointer networkBase, JsonPointer localPointer) {

    /** The place's pointer in the validated document. */
    JsonPointer pointer() {
      return networkBase.append(localPointer);
    }
  }
}
