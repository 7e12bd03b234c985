package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organisations gcmkit knows, each under its canonical code and its aliases.
 *
 * <p>{@link #defaults()} holds every organisation the source documents name and the members of the
 * UN Network on Migration. Look-ups by code or alias ignore case and accents: {@code "OIM"} resolves
 * to IOM, {@code "CEDEAO"} to ECOWAS, {@code "BCR"} to RCO. No two entities share a code or an
 * alias. Build your own catalogue on the defaults:
 *
 * <pre>{@code
 * EntityCatalog mine = EntityCatalog.builder()
 *     .from(EntityCatalog.defaults())
 *     .addEntity(myNgo)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class EntityCatalog implements WithEntityCatalog {

  private static final int SUGGESTIONS = 3;

  EntityCatalog() {}

  /** The entities, in the order they were added. */
  public abstract ImmutableList<Entity> entities();

  /** The catalogue that ships with gcmkit. */
  public static EntityCatalog defaults() {
    return DefaultEntities.CATALOG;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The entity with this canonical code. */
  public Optional<Entity> get(EntityId id) {
    return Optional.ofNullable(index().get(TextMatching.key(id.code())));
  }

  /**
   * The entity whose code or alias is {@code codeOrAlias}, ignoring case, accents and spacing.
   */
  public Optional<Entity> resolve(String codeOrAlias) {
    return Optional.ofNullable(index().get(TextMatching.key(codeOrAlias)));
  }

  /** Whether this catalogue holds an entity with code {@code id}. */
  public boolean contains(EntityId id) {
    return get(id).isPresent();
  }

  /** The number of entities. */
  public int size() {
    return entities().size();
  }

  /** A copy with {@code entity} added. */
  public EntityCatalog plus(Entity entity) {
    return builder().from(this).addEntity(entity).build();
  }

  /**
   * This catalogue and the organisations a document declares of its own (its {@code entities}),
   * under which the document's codes resolve; this catalogue itself when {@code local} is empty.
   *
   * @throws IllegalArgumentException if a code or alias of {@code local} is already a code or alias
   *     of this catalogue or of another of {@code local}
   */
  public EntityCatalog with(List<Entity> local) {
    return local.isEmpty() ? this : builder().from(this).addAllEntities(local).build();
  }

  /**
   * The organisation of this catalogue that already has {@code local}'s code or one of its aliases,
   * if any: a document cannot declare {@code local} beside this catalogue under such a name.
   */
  public Optional<Entity> clash(Entity local) {
    Optional<Entity> byCode = resolve(local.id().code());
    if (byCode.isPresent()) {
      return byCode;
    }
    for (String alias : local.aliases()) {
      Optional<Entity> byAlias = resolve(alias);
      if (byAlias.isPresent()) {
        return byAlias;
      }
    }
    return Optional.empty();
  }

  /**
   * How a document or a message names the organisation {@code id} for short, in English and
   * French: its {@link Entity#acronym()} (IOM, in French OIM) when the catalogue holds it, else its
   * code as written, in every language.
   */
  public LocalizedText acronym(EntityId id) {
    return get(id).map(Entity::acronym).orElseGet(() -> LocalizedText.en(id.code()));
  }

  /**
   * The entities whose code or an alias is spelt closest to {@code unknown}, closest first, at most
   * three: the "did you mean …" of a code no entity has. Case, accents and spacing do not count; a
   * letter added, left out, changed or two letters swapped count one, and only close spellings are
   * suggested (one difference in a short code, two in a code of up to eight characters, three
   * beyond).
   */
  public ImmutableList<Entity> suggestions(String unknown) {
    return Spelling.closest(entities(), unknown, SUGGESTIONS);
  }

  @Value.Lazy
  ImmutableMap<String, Entity> index() {
    return buildIndex(entities());
  }

  @Value.Check
  protected void check() {
    buildIndex(entities());
  }

  private static ImmutableMap<String, Entity> buildIndex(ImmutableList<Entity> entities) {
    Map<String, Entity> index = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      register(index, i, entity, entity.id().code());
      for (String alias : entity.aliases()) {
        register(index, i, entity, alias);
      }
    }
    return ImmutableMap.copyOf(index);
  }

  private static void register(Map<String, Entity> index, int i, Entity entity, String name) {
    Entity previous = index.putIfAbsent(TextMatching.key(name), entity);
    if (previous != null && previous != entity) {
      throw Invariants.violation(List.of("entities", Integer.toString(i)), "invariant.name-taken", name, entity.id(),
          previous.id());
    }
  }

  @Override
  public String toString() {
    return "EntityCatalog(" + size() + " entities)";
  }

  /** Builds {@link EntityCatalog} values. */
  public static class Builder extends ImmutableEntityCatalog.Builder {}
}
