package io.github.gcmkit.rules;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The events of one validation by id, indexed once and shared by every evaluation, so that looking
 * events up stays linear in the size of the input; indexed when first looked up, so that a
 * validation whose rules look up no event indexes none. Thread-safe.
 *
 * <p>An id is looked up in the network's own events, then in the federation's own, then in the
 * other networks' events. Event ids are unique only within a network: where several networks
 * record different events under one id, the id is ambiguous and resolves to nothing, so that the
 * answer never depends on the order of the networks.
 */
final class EventIndex {

  private final Supplier<Index> index;

  EventIndex(Optional<Federation> federation, Optional<Network> single) {
    this.index = Suppliers.memoize(() -> new Index(federation, single));
  }

  /** The event {@code id}, as {@link RuleContext#event(String)} describes. */
  Optional<Event> find(Optional<Network> network, String id) {
    return index.get().find(network, id);
  }

  /** The events by network, the federation's own, and those of any network whose id is unambiguous. */
  private static final class Index {

    private final ImmutableMap<String, ImmutableMap<String, Event>> byNetwork;
    private final ImmutableMap<String, Event> standalone;
    private final ImmutableMap<String, Optional<Event>> anyNetwork;

    Index(Optional<Federation> federation, Optional<Network> single) {
      Map<String, ImmutableMap<String, Event>> networks = new HashMap<>();
      Map<String, Optional<Event>> any = new HashMap<>();
      federation.ifPresent(
          f -> f.networks().forEach(n -> {
            networks.put(n.id(), byId(n));
            n.events().forEach(e -> any.merge(e.id(), Optional.of(e), (a, b) -> a.equals(b) ? a : Optional.empty()));
          }));
      single.ifPresent(n -> networks.put(n.id(), byId(n)));
      this.byNetwork = ImmutableMap.copyOf(networks);
      this.anyNetwork = ImmutableMap.copyOf(any);
      this.standalone =
          federation
              .map(f -> f.events().stream().collect(ImmutableMap.toImmutableMap(Event::id, Function.identity())))
              .orElse(ImmutableMap.of());
    }

    Optional<Event> find(Optional<Network> network, String id) {
      Optional<Event> own =
          network.flatMap(n -> Optional.ofNullable(byNetwork.get(n.id())).map(m -> m.get(id)));
      return own.or(() -> Optional.ofNullable(standalone.get(id)))
          .or(() -> anyNetwork.getOrDefault(id, Optional.empty()));
    }

    private static ImmutableMap<String, Event> byId(Network network) {
      return network.events().stream()
          .collect(ImmutableMap.toImmutableMap(Event::id, Function.identity()));
    }
  }
}
