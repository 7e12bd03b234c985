package io.github.gcmkit.model;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation the documents name: a UN entity, the Resident Coordinator's Office, an African
 * Union body, a regional economic community, a government or one of its ministries, a research
 * centre. Roles such as lead or co-chair belong to the relationships that name the entity, never to
 * the entity itself.
 *
 * <pre>{@code
 * Entity iom = Entity.builder()
 *     .id(EntityId.of("IOM"))
 *     .kind(EntityKind.UN_ENTITY)
 *     .name(LocalizedText.en("International Organization for Migration")
 *         .withTranslation("fr", "Organisation internationale pour les migrations"))
 *     .addAlias("OIM")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Entity implements WithEntity {

  Entity() {}

  /** The canonical code. */
  public abstract EntityId id();

  /** What kind of organisation this is. */
  public abstract EntityKind kind();

  /** The full name, in English and French where known. */
  public abstract LocalizedText name();

  /** Other codes and names the documents use for it ("OIM" for IOM, "BCR" for RCO). */
  public abstract ImmutableSet<String> aliases();

  /** The country of a government or national body, as an ISO 3166-1 alpha-2 code. */
  public abstract Optional<String> country();

  /** The organisation this one is part of, such as the government a ministry belongs to. */
  public abstract Optional<EntityId> parent();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How the documents name the organisation for short, in English and French: its code ({@code
   * IOM}), and in French the French acronym its aliases record when they record one ({@code OIM},
   * {@code HCDH}, {@code CR}): the alias, in capitals and other than the code, whose letters are the
   * initials of the French name, in order.
   */
  public LocalizedText acronym() {
    String code = id().code();
    return LocalizedText.en(code).withTranslation(LocalizedText.FRENCH, EntityAcronyms.french(this).orElse(code));
  }

  /** Whether this organisation belongs to the UN system. */
  public boolean isUnSystem() {
    return kind().isUnSystem();
  }

  @Value.Check
  protected void check() {
    for (String alias : aliases()) {
      Invariants.check(!alias.isBlank(), "aliases", "invariant.alias-blank", id());
    }
    country().ifPresent(c -> Invariants.checkCountry("country", c));
    parent().ifPresent(p -> Invariants.check(!p.equals(id()), "parent", "invariant.own-parent", id()));
  }

  @Override
  public String toString() {
    return id().code();
  }

  /** Builds {@link Entity} values. */
  public static class Builder extends ImmutableEntity.Builder {}
}
