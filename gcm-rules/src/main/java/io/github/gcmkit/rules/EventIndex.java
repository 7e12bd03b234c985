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
 */
final class EventIndex {

  private final Supplier<ImmutableMap<String, ImmutableMap<String, Event>>> byNetwork;
  private final Supplier<ImmutableMap<String, Event>> federationWide;

  EventIndex(Optional<Federation> federation, Optional<Network> single) {
    this.byNetwork =
        Suppliers.memoize(
            () -> {
              Map<String, ImmutableMap<String, Event>> index = new HashMap<>();
              federation.ifPresent(f -> f.networks().forEach(n -> index.put(n.id(), byId(n))));
              single.ifPresent(n -> index.put(n.id(), byId(n)));
              return ImmutableMap.copyOf(index);
            });
    this.federationWide =
        Suppliers.memoize(
            () -> {
              Map<String, Event> index = new HashMap<>();
              federation.ifPresent(
                  f -> {
                    f.events().forEach(e -> index.putIfAbsent(e.id(), e));
                    f.networks().forEach(n -> n.events().forEach(e -> index.putIfAbsent(e.id(), e)));
                  });
              return ImmutableMap.copyOf(index);
            });
  }

  /** The event {@code id} of {@code network}, else of the federation (as {@link Federation#event}). */
  Optional<Event> find(Optional<Network> network, String id) {
    Optional<Event> own =
        network.flatMap(n -> Optional.ofNullable(byNetwork.get().get(n.id())).map(m -> m.get(id)));
    return own.or(() -> Optional.ofNullable(federationWide.get().get(id)));
  }

  private static ImmutableMap<String, Event> byId(Network network) {
    return network.events().stream()
        .collect(ImmutableMap.toImmutableMap(Event::id, Function.identity()));
  }
}
