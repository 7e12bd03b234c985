package io.github.gcmkit.model.charter;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A chair or co-chair seat. The seat exists apart from whoever holds it: the holder is an
 * organisation, with the post that sits in it where the charter names one ("le Chef de Mission de
 * l'OIM": IOM, post Chief of Mission), and the {@link Tenure} says how the seat passes on.
 */
@Value.Immutable
public abstract class ChairSeat implements WithChairSeat {

  ChairSeat() {}

  /** The organisation holding the seat, or the office such as the Resident Coordinator. */
  public abstract StakeholderRef holder();

  /** The post within the organisation that sits in the seat, if named ("Chief of Mission"). */
  public abstract Optional<LocalizedText> post();

  /** How long the seat is held and how it passes on. */
  @Value.Default
  public Tenure tenure() {
    return Tenure.unspecified();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A seat held by {@code holder}, tenure unspecified. */
  public static ChairSeat of(StakeholderRef holder) {
    return builder().holder(holder).build();
  }

  /** Builds {@link ChairSeat} values. */
  public static class Builder extends ImmutableChairSeat.Builder {}
}
