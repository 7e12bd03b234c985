package io.github.gcmkit.model;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of stakeholders, in the document's own words, such as "ECOWAS or ECCAS Member States
 * respectively" or "Regional Network co-chairs (IOM, OHCHR)".
 *
 * <p>The {@link #kind()} classifies the group; the {@link #entities()} are the organisations the
 * wording names or stands for, with their {@link #provenance()}: stated when the words name them
 * ("(IOM, OHCHR)"), interpreted when whoever encoded the document resolved the group. When the
 * group is a UN migration network, or the members or co-chairs of one, {@link #network()} names
 * that network ("Regional UNMN members", "Global UN Network on Migration").
 */
@Value.Immutable
public abstract non-sealed class StakeholderGroup implements StakeholderRef, WithStakeholderGroup {

  StakeholderGroup() {}

  /** The category of the group. */
  public abstract GroupKind kind();

  /** The document's own words for the group. */
  public abstract LocalizedText wording();

  /** The organisations the group names or stands for, if any. */
  public abstract ImmutableSet<EntityId> entities();

  /**
   * The id of the network the group is, or whose members or co-chairs it is, when the wording
   * points at one network; empty when it names none or several ("National UNMN members").
   */
  public abstract Optional<String> network();

  /** Whether {@link #entities()} are stated by the document or interpreted. */
  @Value.Default
  public Provenance provenance() {
    return Provenance.STATED;
  }

  @Override
  public ImmutableSet<EntityId> entityIds() {
    return entities();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    network().ifPresent(n -> Invariants.checkId("network", n));
  }

  @Override
  public String toString() {
    return wording().text();
  }

  /** Builds {@link StakeholderGroup} values. */
  public static class Builder extends ImmutableStakeholderGroup.Builder {}
}
