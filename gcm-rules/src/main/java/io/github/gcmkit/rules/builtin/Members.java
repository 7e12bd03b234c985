package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.MembershipRole;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CompositionBasis;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.network.Network;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who belongs to a network, as far as its record and charter say: the members recorded on the
 * network and named by the charter, every UN entity where the charter's basis admits them all, and
 * the organisations that hold a co-chair seat, the coordination or the secretariat.
 */
final class Members {

  private static final Set<CompositionBasis> EVERY_UN_ENTITY =
      EnumSet.of(
          CompositionBasis.EVERY_UNCT_ENTITY,
          CompositionBasis.EVERY_UN_ENTITY_IN_REGION,
          CompositionBasis.EVERY_UN_ENTITY);

  private static final Set<GroupKind> OWN_GROUPS =
      EnumSet.of(GroupKind.NETWORK_MEMBERS, GroupKind.NETWORK_CO_CHAIRS);

  private final EntityCatalog catalog;
  private final Set<EntityId> named = new HashSet<>();
  private final Set<EntityId> leaders = new HashSet<>();
  private final boolean everyUnEntity;
  private final boolean partial;

  private Members(EntityCatalog catalog, Optional<Network> network, Optional<Charter> charter) {
    this.catalog = catalog;
    this.partial =
        network.map(n -> n.sourcing().isPartial(JsonPointer.parse("/members"))).orElse(false)
            || charter.map(c -> c.sourcing().isPartial(JsonPointer.parse("/composition/members"))).orElse(false);
    network.ifPresent(n -> addMembers(n.members()));
    charter.flatMap(Charter::composition).ifPresent(c -> addMembers(c.members()));
    this.everyUnEntity =
        charter
            .flatMap(Charter::composition)
            .flatMap(c -> c.basis())
            .map(EVERY_UN_ENTITY::contains)
            .orElse(false);
    charter.map(Charter::governance).ifPresent(this::addLeaders);
  }

  /** The members of {@code network}, or of the network whose charter is {@code charter}. */
  static Members of(EntityCatalog catalog, Optional<Network> network, Optional<Charter> charter) {
    return new Members(catalog, network, charter.or(() -> network.flatMap(Network::charter)));
  }

  /**
   * Whether {@code ref} stands for the members or co-chairs, as a group, of the network {@code
   * networkId}: a group that names no network is taken to mean the document's own.
   */
  static boolean isOwnGroup(StakeholderRef ref, Optional<String> networkId) {
    return ref instanceof StakeholderGroup group
        && OWN_GROUPS.contains(group.kind())
        && group.network().map(n -> networkId.map(n::equals).orElse(false)).orElse(true);
  }

  /**
   * Whether {@code id} is a member: empty when the record and the charter do not say who the
   * members are, when the recorded members are marked partial and {@code id} is not among them, or
   * when the charter admits every UN entity and the catalogue does not know {@code id}.
   */
  Optional<Boolean> isMember(EntityId id) {
    EntityId canonical = Entities.canonical(catalog, id);
    if (named.contains(canonical) || leaders.contains(canonical)) {
      return Optional.of(true);
    }
    if (everyUnEntity) {
      Optional<Boolean> un = catalog.get(canonical).map(Entity::isUnSystem);
      return partial && !un.orElse(true) ? Optional.empty() : un;
    }
    return named.isEmpty() || partial ? Optional.empty() : Optional.of(false);
  }

  /** Whether the recorded members are marked partial: the sources name only some of them. */
  boolean partial() {
    return partial;
  }

  /** Whether {@code id} holds a co-chair seat, the coordination or the secretariat. */
  boolean isLeader(EntityId id) {
    return leaders.contains(Entities.canonical(catalog, id));
  }

  private void addMembers(List<Membership> memberships) {
    for (Membership m : memberships) {
      if (m.role() != MembershipRole.OBSERVER && m.until().isEmpty()) {
        named.add(Entities.canonical(catalog, m.member()));
      }
    }
  }

  private void addLeaders(Governance governance) {
    governance.coChairs().forEach(seat -> addLeaders(seat.holder()));
    governance.coordinator().ifPresent(this::addLeaders);
    governance.secretariat().ifPresent(s -> s.leads().forEach(this::addLeaders));
  }

  private void addLeaders(StakeholderRef ref) {
    ref.entityIds().forEach(id -> leaders.add(Entities.canonical(catalog, id)));
  }
}
