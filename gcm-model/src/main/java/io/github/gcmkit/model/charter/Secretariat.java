package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import org.immutables.value.Value;

/**
 * Who runs the network's secretariat ("Les tâches de secrétariat du Réseau seront assurées par
 * l'OIM"), who gives it substantive support, and what it does.
 */
@Value.Immutable
public abstract class Secretariat implements WithSecretariat {

  Secretariat() {}

  /** The organisations that run the secretariat (one, or several for a co-secretariat). */
  public abstract ImmutableList<StakeholderRef> leads();

  /** The organisations that give it substantive support. */
  public abstract ImmutableList<StakeholderRef> support();

  /** What it does. */
  public abstract ImmutableList<LocalizedText> duties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A secretariat run by {@code lead}. */
  public static Secretariat of(StakeholderRef lead) {
    return builder().addLead(lead).build();
  }

  /** Builds {@link Secretariat} values. */
  public static class Builder extends ImmutableSecretariat.Builder {}
}
