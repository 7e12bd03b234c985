package io.github.gcmkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An organisation's membership of a network: who, in what role, since and until when. */
@Value.Immutable
public abstract class Membership implements WithMembership {

  Membership() {}

  /** The member organisation. */
  public abstract EntityId member();

  /** The member's role; {@link MembershipRole#MEMBER} unless stated. */
  @Value.Default
  public MembershipRole role() {
    return MembershipRole.MEMBER;
  }

  /** Since when, if known. */
  public abstract Optional<PartialDate> since();

  /** Until when, if the membership has ended. */
  public abstract Optional<PartialDate> until();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A plain membership of {@code code}. */
  public static Membership of(String code) {
    return builder().member(EntityId.of(code)).build();
  }

  @Value.Check
  protected void check() {
    if (since().isPresent() && until().isPresent()) {
      Invariants.check(
          since().orElseThrow().compareTo(until().orElseThrow()) <= 0,
          "until",
          "invariant.membership-order",
          until().orElseThrow(),
          since().orElseThrow());
    }
  }

  /** Builds {@link Membership} values. */
  public static class Builder extends ImmutableMembership.Builder {}
}
