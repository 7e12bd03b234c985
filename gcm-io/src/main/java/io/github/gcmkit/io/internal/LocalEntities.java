package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The organisations a network document declares of its own (its {@code entities}): bound before the
 * rest of the network, so that every code its charter and workplans use resolves, strictly, against
 * the catalogue and them ({@link EntityCatalog#with}). A declared code or alias that the catalogue
 * already has is a located problem, as is a declared parent that resolves nowhere.
 */
final class LocalEntities {

  /** The field of a network that declares its own organisations. */
  static final String FIELD = "entities";

  private final Attribute attribute;
  private final Tree node;
  private final Path pointer;

  private LocalEntities(Attribute attribute, Tree node, Path pointer) {
    this.attribute = attribute;
    this.node = node;
    this.pointer = pointer;
  }

  /** The organisations {@code obj} declares, if it is a network that declares some. */
  static @Nullable LocalEntities declaredBy(ModelType type, Tree.Obj obj, Path pointer) {
    if (type.type() != Network.class) {
      return null;
    }
    Tree node = obj.get(FIELD);
    Optional<Attribute> attribute = type.attribute(FIELD);
    if (!(node instanceof Tree.Arr) || attribute.isEmpty()) {
      return null; // absent, or not an array: bound, and reported, as any other field
    }
    return new LocalEntities(attribute.get(), node, pointer.member(FIELD));
  }

  /** Whether {@code candidate} is the attribute these organisations are bound into. */
  boolean binds(Attribute candidate) {
    return candidate == attribute;
  }

  /**
   * Binds the declared organisations into {@code draft} and makes {@code scalars} resolve codes in
   * the catalogue extended by those that do not clash with it; whether all of them are well declared.
   */
  boolean declare(
      Binder binder, Scalars scalars, Problems problems, String language, @Nullable Object[] draft) {
    List<Tree> items = ((Tree.Arr) node).items();
    EntityCatalog base = scalars.catalog();
    List<Entity> declared = new ArrayList<>(items.size());
    List<Integer> indices = new ArrayList<>(items.size());
    boolean complete = true;
    scalars.declaring(true);
    try {
      for (int i = 0; i < items.size(); i++) {
        Object entity = binder.bind(items.get(i), Entity.class, pointer.item(i), language);
        if (entity == null) {
          complete = false;
        } else if (unclashed((Entity) entity, items.get(i), pointer.item(i), base, problems)) {
          declared.add((Entity) entity);
          indices.add(i);
        } else {
          complete = false;
        }
      }
    } finally {
      scalars.declaring(false);
    }
    EntityCatalog extended = base;
    try {
      extended = base.with(declared);
    } catch (IllegalArgumentException e) {
      problems.add(pointer, node, "two organisations declared here share a code or an alias: "
          + String.valueOf(e.getMessage()).replaceFirst("^entities\\[\\d+\\]: ", ""));
      complete = false;
    }
    complete &= parentsResolve(declared, indices, extended, binder, problems);
    scalars.resolveIn(extended);
    draft[attribute.index()] = declared;
    return complete;
  }

  private boolean unclashed(Entity entity, Tree item, Path at, EntityCatalog base, Problems problems) {
    boolean unclashed = true;
    Optional<Entity> known = base.resolve(entity.id().code());
    if (known.isPresent()) {
      problems.add(at.member("id"), located(item, "id"), clash(entity.id().code(), known.get()));
      unclashed = false;
    }
    List<String> aliases = new ArrayList<>(entity.aliases());
    for (int j = 0; j < aliases.size(); j++) {
      Optional<Entity> other = base.resolve(aliases.get(j));
      if (other.isPresent()) {
        Tree where = located(item, "aliases");
        if (where instanceof Tree.Arr arr && j < arr.items().size()) {
          where = arr.items().get(j);
        }
        problems.add(at.member("aliases").item(j), where, clash(aliases.get(j), other.get()));
        unclashed = false;
      }
    }
    return unclashed;
  }

  private boolean parentsResolve(
      List<Entity> declared,
      List<Integer> indices,
      EntityCatalog catalog,
      Binder binder,
      Problems problems) {
    List<Tree> items = ((Tree.Arr) node).items();
    boolean complete = true;
    for (int i = 0; i < declared.size(); i++) {
      Entity entity = declared.get(i);
      if (entity.parent().isEmpty()) {
        continue;
      }
      EntityId parent = entity.parent().get();
      Optional<Entity> resolved = catalog.resolve(parent.code());
      if (resolved.isPresent()) {
        declared.set(i, entity.withParent(resolved.get().id()));
      } else if (!binder.lenient()) {
        int index = indices.get(i);
        problems.add(pointer.item(index).member("parent"), located(items.get(index), "parent"),
            unknown(catalog, parent.code()));
        complete = false;
      }
    }
    return complete;
  }

  private static Tree located(Tree item, String field) {
    Tree value = item instanceof Tree.Obj o ? o.get(field) : null;
    return value == null ? item : value;
  }

  private static String clash(String name, Entity known) {
    return "'" + name + "' is already " + (known.id().code().equals(name) ? "the code" : "a code or alias")
        + " of " + known.id() + " (" + known.name().text("en")
        + ") in the entity catalogue: name it by that code, or declare this organisation under another";
  }

  /** The problem of a code no organisation has: what, and the closest codes, if any are close. */
  static String unknown(EntityCatalog catalog, String code) {
    List<Entity> close = catalog.suggestions(code);
    String message = "unknown entity code '" + code + "'";
    if (!close.isEmpty()) {
      message += "; did you mean " + close.stream()
          .map(e -> e.id() + " (" + e.name().text("en") + ")")
          .collect(Collectors.joining(" or ")) + "?";
    }
    return message;
  }
}
