package io.github.gcmkit.model.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.Invariants;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A set of networks that reference one another — the global network, regional networks and the
 * national networks that report to them — and the events that stand on their own. The unit that
 * cross-network rules check.
 *
 * <p>Network ids are unique. References between networks ({@link Network#reportsTo()}) may point
 * outside the federation or form cycles: those are findings for the rules, not build failures, so
 * {@link #ancestors(String)} stops at the first missing or repeated network.
 */
@Value.Immutable
public abstract class Federation implements WithFederation {

  Federation() {}

  /** The networks, in the order given. */
  public abstract ImmutableList<Network> networks();

  /** Events that belong to no single network, such as a concept note's webinar. */
  public abstract ImmutableList<Event> events();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A federation of {@code networks}. */
  public static Federation of(Iterable<Network> networks) {
    return builder().addAllNetworks(networks).build();
  }

  /** The network with this id. */
  public Optional<Network> network(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** The networks that report directly to the network {@code id}, in federation order. */
  public ImmutableList<Network> children(String id) {
    return childrenById().get(id);
  }

  /**
   * The chain of networks above the network {@code id}, nearest first: for a national network, its
   * regional network and then the global network. The chain stops before a network that is not in
   * the federation or that already appeared (a cycle).
   */
  public ImmutableList<Network> ancestors(String id) {
    ImmutableList.Builder<Network> chain = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    seen.add(id);
    Optional<Network> current = network(id);
    while (current.isPresent()) {
      Optional<String> parentId = current.get().reportsTo();
      if (parentId.isEmpty() || !seen.add(parentId.get())) {
        break;
      }
      current = network(parentId.get());
      current.ifPresent(chain::add);
    }
    return chain.build();
  }

  /** The networks that report to no network in the federation. */
  public ImmutableList<Network> roots() {
    return networks().stream()
        .filter(n -> n.reportsTo().map(r -> !byId().containsKey(r)).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  /** The event with this id, standing alone or belonging to a network. */
  public Optional<Event> event(String id) {
    return events().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .or(() -> networks().stream().flatMap(n -> n.event(id).stream()).findFirst());
  }

  @Value.Lazy
  ImmutableMap<String, Network> byId() {
    return networks().stream().collect(ImmutableMap.toImmutableMap(Network::id, Function.identity()));
  }

  @Value.Lazy
  ImmutableListMultimap<String, Network> childrenById() {
    ImmutableListMultimap.Builder<String, Network> children = ImmutableListMultimap.builder();
    for (Network n : networks()) {
      n.reportsTo().ifPresent(parent -> children.put(parent, n));
    }
    return children.build();
  }

  @Value.Check
  protected void check() {
    Invariants.checkUniqueIds("networks", networks(), Network::id);
    Invariants.checkUniqueIds("events", events(), Event::id);
  }

  @Override
  public String toString() {
    return "Federation(" + networks().size() + " networks)";
  }

  /** Builds {@link Federation} values. */
  public static class Builder extends ImmutableFederation.Builder {}
}
