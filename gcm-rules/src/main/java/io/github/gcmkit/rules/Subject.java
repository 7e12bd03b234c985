package io.github.gcmkit.rules;

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
    String base,
    Optional<Network> network,
    String networkBase,
    Optional<Federation> federation,
    EventIndex events) {

  /** Where {@code pointer}, relative to this subject, lies: its network and both pointers. */
  Location locate(String pointer) {
    String full = base + Pointers.check(pointer);
    if (value instanceof Federation f) {
      int index = Pointers.networkIndex(full);
      if (index >= 0 && index < f.networks().size()) {
        return new Location(Optional.of(f.networks().get(index).id()), full, Pointers.afterNetwork(full));
      }
      return new Location(Optional.empty(), full, full);
    }
    return new Location(network.map(Network::id), full, full.substring(networkBase.length()));
  }

  /** Where the subject itself is, for messages. */
  String describe() {
    return network.map(n -> "network '" + n.id() + "' ").orElse("") + "#" + base;
  }

  /** A place in the validated document. */
  record Location(Optional<String> networkId, String pointer, String localPointer) {}
}
