package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.InvariantViolation;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

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
  private final Path pointer;
  private final Positions positions;

  private LocalEntities(Attribute attribute, Path pointer, Positions positions) {
    this.attribute = attribute;
    this.pointer = pointer;
    this.positions = positions;
  }

  /** Whether values of {@code type} may declare organisations of their own (networks do). */
  static boolean declarable(ModelType type) {
    return type.type() == Network.class && type.attribute(FIELD).isPresent();
  }

  /**
   * The organisations that the object of {@code type} at {@code pointer} declares, if it is a network
   * that declares some: {@code items}, the tokens of its field {@code entities}, standing on an array.
   */
  static @Nullable LocalEntities declaredBy(ModelType type, @Nullable Tokens items, Path pointer, Positions positions) {
    Optional<Attribute> attribute = type.attribute(FIELD);
    if (type.type() != Network.class || items == null || items.token() != JsonToken.START_ARRAY
        || attribute.isEmpty()) {
      return null; // absent, or not an array: bound, and reported, as any other field
    }
    return new LocalEntities(attribute.get(), pointer.member(FIELD), positions);
  }

  /** Whether {@code candidate} is the attribute these organisations are bound into. */
  boolean binds(Attribute candidate) {
    return candidate == attribute;
  }

  /** The attribute these organisations are bound into. */
  Attribute attribute() {
    return attribute;
  }

  /**
   * Binds the declared organisations, whose array {@code items} stands on, and makes {@code scalars}
   * resolve codes in the catalogue extended by those that do not clash with it; the organisations
   * bound, and whether all of them are well declared.
   */
  boolean declare(Binder binder, Scalars scalars, Problems problems, String language, Tokens items,
      List<Entity> declared) {
    EntityCatalog base = scalars.catalog();
    int arrayLine = items.line();
    int arrayColumn = items.column();
    List<Integer> indices = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    boolean complete = true;
    scalars.declaring(true);
    try {
      int i = 0;
      for (JsonToken t = items.next(); t != JsonToken.END_ARRAY && t != null; t = items.next(), i++) {
        int item = items.position();
        Object entity = binder.bind(items, Entity.class, pointer.item(i), language);
        if (entity == null) {
          complete = false;
        } else if (unclashed((Entity) entity, item, pointer.item(i), base, problems)) {
          declared.add((Entity) entity);
          indices.add(i);
          at.add(item);
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
    } catch (InvariantViolation e) {
      problems.report(pointer, arrayLine, arrayColumn, "entities-share", e.localizedProblem());
      complete = false;
    }
    complete &= parentsResolve(declared, indices, at, extended, binder, problems);
    scalars.resolveIn(extended);
    return complete;
  }

  private boolean unclashed(Entity entity, int item, Path at, EntityCatalog base, Problems problems) {
    boolean unclashed = true;
    Optional<Entity> known = base.resolve(entity.id().code());
    if (known.isPresent()) {
      add(problems, at.member("id"), located(item, "id"), clash(entity.id().code(), known.get()));
      unclashed = false;
    }
    List<String> aliases = new ArrayList<>(entity.aliases());
    for (int j = 0; j < aliases.size(); j++) {
      Optional<Entity> other = base.resolve(aliases.get(j));
      if (other.isPresent()) {
        int where = located(item, "aliases");
        int alias = where == item ? -1 : positions.child(where, Integer.toString(j));
        add(problems, at.member("aliases").item(j), alias < 0 ? where : alias, clash(aliases.get(j), other.get()));
        unclashed = false;
      }
    }
    return unclashed;
  }

  private boolean parentsResolve(
      List<Entity> declared,
      List<Integer> indices,
      List<Integer> at,
      EntityCatalog catalog,
      Binder binder,
      Problems problems) {
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
        int position = located(at.get(i), "parent");
        unknown(problems, pointer.item(indices.get(i)).member("parent"), position < 0 ? 1 : positions.line(position),
            position < 0 ? 1 : positions.column(position), catalog, parent.code());
        complete = false;
      }
    }
    return complete;
  }

  /** The value of the field {@code field} of the item at {@code item}, or the item itself. */
  private int located(int item, String field) {
    int value = item < 0 ? -1 : positions.child(item, field);
    return value < 0 ? item : value;
  }

  private void add(Problems problems, Path at, int position, Problems.Said problem) {
    problems.report(at.toString(), position < 0 ? 1 : positions.line(position), position < 0 ? 1 : positions.column(position),
        problem);
  }

  private static Problems.Said clash(String name, Entity known) {
    return Problems.said(known.id().code().equals(name) ? "entity-clash.code" : "entity-clash.alias",
        name, known.id(), known.name());
  }

  /**
   * Records the problem of a code no organisation has, at {@code at}: what, and the closest codes,
   * if any are close, with their names, in English and French.
   */
  static void unknown(Problems problems, Path at, int line, int column, EntityCatalog catalog, String code) {
    List<Entity> close = catalog.suggestions(code);
    if (close.isEmpty()) {
      problems.report(at, line, column, "unknown-entity", code);
      return;
    }
    LocalizedText names = LocalizedText.en(close.stream()
            .map(e -> e.id() + " (" + e.name().text(LocalizedText.ENGLISH) + ")").collect(Collectors.joining(" or ")))
        .withTranslation(LocalizedText.FRENCH, close.stream()
            .map(e -> e.id() + " (" + e.name().text(LocalizedText.FRENCH) + ")").collect(Collectors.joining(" ou ")));
    problems.report(at, line, column, "unknown-entity.suggest", code, names);
  }

}
