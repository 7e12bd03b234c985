package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.Invariants;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.StakeholderRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long a chair seat is held and how it passes on: permanent, or rotating with a term, who is
 * eligible, and where the next holder is named ("Elle sera aussi l'occasion de nommer le prochain
 * coprésident": at the annual review).
 */
@Value.Immutable
public abstract class Tenure implements WithTenure {

  private static final Tenure PERMANENT = builder().kind(TenureKind.PERMANENT).build();
  private static final Tenure UNSPECIFIED = builder().kind(TenureKind.UNSPECIFIED).build();

  Tenure() {}

  /** Permanent, rotating or unspecified. */
  public abstract TenureKind kind();

  /** The length of a term in months, if stated ("annuelle": 12). */
  public abstract Optional<Integer> termMonths();

  /** Who may hold the seat next. */
  public abstract ImmutableList<StakeholderRef> eligible();

  /** Where the next holder is named. */
  public abstract Optional<GoverningBody> nextHolderNamedAt();

  /** Whether the document states this tenure or it is interpreted from looser wording. */
  @Value.Default
  public Provenance provenance() {
    return Provenance.STATED;
  }

  /** The charter's own words. */
  public abstract Optional<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A seat held permanently. */
  public static Tenure permanent() {
    return PERMANENT;
  }

  /** A seat whose tenure the charter does not state. */
  public static Tenure unspecified() {
    return UNSPECIFIED;
  }

  /** A rotating seat with a term of {@code termMonths} months. */
  public static Tenure rotating(int termMonths) {
    return builder().kind(TenureKind.ROTATING).termMonths(termMonths).build();
  }

  @Value.Check
  protected void check() {
    termMonths().ifPresent(m -> Invariants.checkPositive("termMonths", m));
  }

  /** Builds {@link Tenure} values. */
  public static class Builder extends ImmutableTenure.Builder {}
}
