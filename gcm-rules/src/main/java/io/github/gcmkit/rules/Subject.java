package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.Optional;

/**
 * One thing a rule runs on, with its place: the subject, the JSON Pointer to it in the validated
 * document, the network it belongs to and that network's pointer, the federation validated, and
 * the index of the validation's events.
 */
record Subject(
    Object value,
    JsonPointer base,
    Optional<Network> network,
    JsonPointer networkBase,
    Optional<Federation> federation,
    EventIndex events) {

  /** Where {@code pointer}, relative to this subject, lies: its network and both pointers. */
  Location locate(JsonPointer pointer) {
    JsonPointer full = base.append(pointer);
    if (value instanceof Federation f) {
      Optional<Integer> index = full.startsWith(NETWORKS) ? full.index(1) : Optional.empty();
      if (index.isPresent() && index.get() < f.networks().size()) {
        JsonPointer network = NETWORKS.item(index.get());
        return new Location(
            Optional.of(f.networks().get(index.get()).id()), full, full.relativeTo(network).orElseThrow());
      }
      return new Location(Optional.empty(), full, full);
    }
    return new Location(network.map(Network::id), full, full.relativeTo(networkBase).orElse(full));
  }

  /** Where the subject itself is, for messages. */
  String describe() {
    return network.map(n -> "network '" + n.id() + "' ").orElse("") + "#" + base;
  }

  /** A place in the validated document. */
  record Location(Optional<String> networkId, JsonPointer pointer, JsonPointer localPointer) {}

  /** Where a federation's networks are. */
  static final JsonPointer NETWORKS = JsonPointer.root().member("networks");
}
