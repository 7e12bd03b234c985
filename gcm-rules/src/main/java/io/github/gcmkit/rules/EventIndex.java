package io.github.gcmkit.rules;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The events of one validation by id, built once on first use and shared by every evaluation, so
 * that looking events up stays linear in the size of the input. Thread-safe.
 *
 * <p>An id is looked up in the network's own events, then in the federation's own, then in the
 * other networks' events. Event ids are unique only within a network: where several networks
 * record different events under one id, the id is ambiguous and resolves to nothing, so that the
 * answer never depends on the order of the networks.
 */
final class EventIndex {

  private final Supplier<ImmutableMap<String, ImmutableMap<String, Event>>> byNetwork;
  private final Supplier<ImmutableMap<String, Event>> standalone;
  private final Supplier<ImmutableMap<String, Optional<Event>>> anyNetwork;

  EventIndex(Optional<Federation> federation, Optional<Network> single) {
    this.byNetwork =
        Suppliers.memoize(
            () -> {
              Map<String, ImmutableMap<String, Event>> index = new HashMap<>();
              federation.ifPresent(f -> f.networks().forEach(n -> index.put(n.id(), byId(n))));
              single.ifPresent(n -> index.put(n.id(), byId(n)));
              return ImmutableMap.copyOf(index);
            });
    this.standalone =
        Suppliers.memoize(
            () ->
                federation.map(f -> f.events().stream()
                        .collect(ImmutableMap.toImmutableMap(Event::id, Function.identity())))
                    .orElse(ImmutableMap.of()));
    this.anyNetwork =
        Suppliers.memoize(
            () -> {
              Map<String, Optional<Event>> index = new HashMap<>();
              federation.ifPresent(
                  f -> f.networks().forEach(n -> n.events().forEach(e -> index.merge(
                      e.id(), Optional.of(e), (a, b) -> a.equals(b) ? a : Optional.empty()))));
              return ImmutableMap.copyOf(index);
            });
  }

  /** The event {@code id}, as {@link RuleContext#event(String)} describes. */
  Optional<Event> find(Optional<Network> network, String id) {
    Optional<Event> own =
        network.flatMap(n -> Optional.ofNullable(byNetwork.get().get(n.id())).map(m -> m.get(id)));
    return own.or(() -> Optional.ofNullable(standalone.get().get(id)))
        .or(() -> anyNetwork.get().getOrDefault(id, Optional.empty()));
  }

  private static ImmutableMap<String, Event> byId(Network network) {
    return network.events().stream()
        .collect(ImmutableMap.toImmutableMap(Event::id, Function.identity()));
  }
}
