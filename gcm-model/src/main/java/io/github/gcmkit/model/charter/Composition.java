package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.StakeholderGroup;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a network's members are ("tous les organismes des Nations Unies … qui font partie de l'Equipe
 * Pays"), what members do, and the categories of external partners it works with.
 */
@Value.Immutable
public abstract class Composition implements WithComposition {

  Composition() {}

  /** The basis of membership, if the charter states one. */
  public abstract Optional<CompositionBasis> basis();

  /** The charter's own words on membership. */
  public abstract Optional<LocalizedText> wording();

  /** Members the charter names. */
  public abstract ImmutableList<Membership> members();

  /** What members commit to do. */
  public abstract ImmutableList<LocalizedText> memberDuties();

  /** The categories of external partners the network works with. */
  public abstract ImmutableList<StakeholderGroup> externalPartners();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Composition} values. */
  public static class Builder extends ImmutableComposition.Builder {}
}
