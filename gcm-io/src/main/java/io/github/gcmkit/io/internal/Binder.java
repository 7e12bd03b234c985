package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.ContinuousSchedule;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.InvariantViolation;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.ScheduleWindow;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.UnspecifiedSchedule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds a {@link Tree} to the model, recording every problem it finds with its pointer and
 * location instead of stopping at the first. A value whose parts have problems is not built: the
 * binder returns {@code null} for it and goes on checking its siblings.
 */
public final class Binder {

  /** The field that tags a schedule object. */
  public static final String SCHEDULE_TYPE = "type";

  private final GcmOptions options;
  private final Problems problems;
  private final Scalars scalars;
  /** The field by which editors attach a JSON Schema to a document. */
  public static final String SCHEMA = "$schema";

  private final Map<String, LinkedHashMap<String, String>> extensions = new LinkedHashMap<>();

  /**
   * A binder that records into {@code problems}. With {@code scalarsAsText} (YAML), a number or
   * boolean is accepted where text is expected, as YAML writes {@code 2020} for {@code "2020"}.
   */
  public Binder(GcmOptions options, Problems problems, boolean scalarsAsText) {
    this.options = options;
    this.problems = problems;
    this.scalars = new Scalars(options, problems, scalarsAsText, this::unknownField);
  }

  /** Whether the document is read leniently. */
  boolean lenient() {
    return options.lenient();
  }

  /** The unknown fields kept in lenient mode, by the pointer of their enclosing object. */
  public Map<String, LinkedHashMap<String, String>> extensions() {
    return extensions;
  }

  /** Binds {@code node} as a value of {@code type}; {@code null} if it has problems. */
  public @Nullable Object bind(Tree node, Class<?> type, Path pointer, String language) {
    Object scalar = scalars.bind(node, type, pointer, language);
    if (scalar != Scalars.NOT_SCALAR) {
      return scalar;
    }
    if (type == StakeholderRef.class || type == EntityRef.class) {
      return stakeholder(node, pointer, language);
    }
    if (Schedule.class.isAssignableFrom(type)) {
      return schedule(node, pointer, language);
    }
    if (ModelType.isValueType(type)) {
      return object(node, ModelType.of(type), pointer, language, Set.of());
    }
    throw new IllegalStateException("no binding for " + type.getName());
  }

  /**
   * Binds {@code node} as an object of the value type {@code type}, accepting the fields in
   * {@code allowed} besides its attributes (the envelope's, a schedule's tag).
   */
  public @Nullable Object object(
      Tree node, ModelType type, Path pointer, String language, Set<String> allowed) {
    if (!(node instanceof Tree.Obj obj)) {
      return scalars.wrongType(node, pointer, "an object");
    }
    String inner = declaredLanguage(obj, type, pointer).orElse(language);
    for (Tree.Member member : obj.members()) {
      String name = member.name();
      if (type.attribute(name).isEmpty() && !allowed.contains(name)) {
        unknownField(pointer, name, member);
      }
    }
    @Nullable Object[] draft = type.newDraft();
    boolean complete = true;
    EntityCatalog outer = scalars.catalog();
    LocalEntities local = LocalEntities.declaredBy(type, obj, pointer);
    if (local != null) {
      complete = local.declare(this, scalars, problems, inner, draft);
    }
    try {
      complete &= attributes(obj, type, pointer, inner, draft, local);
    } finally {
      scalars.resolveIn(outer);
    }
    if (!complete) {
      return null;
    }
    try {
      return type.build(draft);
    } catch (InvariantViolation e) {
      invariant(obj, pointer, e);
      return null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(pointer, obj, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** Binds the attributes of {@code type} into {@code draft}, but those {@code local} has bound. */
  private boolean attributes(
      Tree.Obj obj,
      ModelType type,
      Path pointer,
      String inner,
      @Nullable Object[] draft,
      @Nullable LocalEntities local) {
    boolean complete = true;
    for (Attribute attribute : type.attributes()) {
      if (local != null && local.binds(attribute)) {
        continue;
      }
      Path child = pointer.member(attribute.name());
      Tree value = obj.get(attribute.name());
      if (value instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.NULL) {
        if (!options.lenient()) {
          problems.add(child, value, "null is not allowed here; leave the field out instead");
          complete = false;
          continue;
        }
        value = null;
      }
      if (value == null) {
        if (attribute.shape() == Attribute.Shape.REQUIRED) {
          problems.add(pointer, obj, "the required field '" + attribute.name() + "' is missing");
          complete = false;
        }
        continue;
      }
      Object bound =
          attribute.shape() == Attribute.Shape.COLLECTION
              ? collection(value, attribute, child, inner)
              : bind(value, attribute.elementType(), child, inner);
      if (bound == null) {
        complete = false;
      } else if (complete) {
        draft[attribute.index()] = bound;
      }
    }
    return complete;
  }

  /** Binds {@code node} as the collection {@code attribute}; {@code null} if it has problems. */
  @Nullable Object collection(Tree node, Attribute attribute, Path pointer, String language) {
    if (!(node instanceof Tree.Arr arr)) {
      return scalars.wrongType(node, pointer, "an array");
    }
    List<Object> items = new ArrayList<>(arr.items().size());
    boolean complete = true;
    for (int i = 0; i < arr.items().size(); i++) {
      Object item = bind(arr.items().get(i), attribute.elementType(), pointer.item(i), language);
      if (item == null) {
        complete = false;
      } else {
        items.add(item);
      }
    }
    return complete ? items : null;
  }

  private Optional<String> declaredLanguage(Tree.Obj obj, ModelType type, Path pointer) {
    if (type.attribute("language").isEmpty()) {
      return Optional.empty();
    }
    Tree declared = obj.get("language");
    if (declared instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING) {
      return Scalars.languageTag(s.text());
    }
    return Optional.empty();
  }

  private void unknownField(Path pointer, String name, Tree.Member member) {
    if (pointer.toString().isEmpty() && name.equals(SCHEMA)) {
      // How editors attach a JSON Schema to a file: kept, in strict mode too, and written back.
      if (member.value() instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING) {
        extensions.computeIfAbsent(pointer.toString(), p -> new LinkedHashMap<>()).put(name, TreeJson.write(s));
      } else {
        problems.add(pointer.member(name), member.line(), member.column(),
            "'" + SCHEMA + "' must be a string, the URI of a JSON Schema; found " + member.value().describe());
      }
    } else if (options.lenient()) {
      extensions.computeIfAbsent(pointer.toString(), p -> new LinkedHashMap<>()).put(name, TreeJson.write(member.value()));
    } else {
      problems.add(pointer.member(name), member.line(), member.column(), "unknown field '" + name + "'");
    }
  }

  /** Records that an object has a field it should not have. */
  public void unknownFields(Tree.Obj obj, Path pointer, Set<String> known) {
    for (Tree.Member member : obj.members()) {
      if (!known.contains(member.name())) {
        unknownField(pointer, member.name(), member);
      }
    }
  }

  /**
   * Records a broken model invariant at the field it names ({@code ["period", "to"]}), located at
   * the deepest value of that field the document has.
   */
  private void invariant(Tree.Obj obj, Path pointer, InvariantViolation violation) {
    Path target = pointer;
    Tree at = obj;
    Tree cursor = obj;
    for (String step : violation.field()) {
      target = target.member(step);
      cursor = child(cursor, step);
      if (cursor != null) {
        at = cursor;
      }
    }
    problems.add(target, at, violation.problem());
  }

  private static @Nullable Tree child(@Nullable Tree node, String key) {
    if (node instanceof Tree.Obj o) {
      return o.get(key);
    }
    if (node instanceof Tree.Arr a) {
      try {
        int i = Integer.parseInt(key);
        return i >= 0 && i < a.items().size() ? a.items().get(i) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private @Nullable StakeholderRef stakeholder(Tree node, Path pointer, String language) {
    if (node instanceof Tree.Obj) {
      return (StakeholderRef) object(node, ModelType.of(StakeholderGroup.class), pointer, language, Set.of());
    }
    if (node instanceof Tree.Scalar s && s.kind() != Tree.ScalarKind.NULL) {
      EntityId id = scalars.entityId(node, pointer);
      return id == null ? null : StakeholderRef.entity(id);
    }
    scalars.wrongType(node, pointer, "an entity code or a group object");
    return null;
  }

  private @Nullable Schedule schedule(Tree node, Path pointer, String language) {
    if (!(node instanceof Tree.Obj obj)) {
      scalars.wrongType(node, pointer, "a schedule object");
      return null;
    }
    Tree tag = obj.get(SCHEDULE_TYPE);
    if (tag == null) {
      problems.add(pointer, obj, "the required field '" + SCHEDULE_TYPE
          + "' is missing, expected one of: window, continuous, recurring, unspecified");
      return null;
    }
    String type = scalars.text(tag, pointer.member(SCHEDULE_TYPE));
    if (type == null) {
      return null;
    }
    Set<String> allowed = Set.of(SCHEDULE_TYPE);
    switch (type) {
      case "window":
        return (ScheduleWindow) object(obj, ModelType.of(ScheduleWindow.class), pointer, language, allowed);
      case "recurring":
        return (RecurringSchedule) object(obj, ModelType.of(RecurringSchedule.class), pointer, language, allowed);
      case "continuous":
        unknownFields(obj, pointer, allowed);
        return Schedule.continuous();
      case "unspecified":
        unknownFields(obj, pointer, allowed);
        return Schedule.unspecified();
      default:
        problems.add(pointer.member(SCHEDULE_TYPE), tag, "unknown schedule type '" + type
            + "', expected one of: window, continuous, recurring, unspecified");
        return null;
    }
  }

  /** The schedule tag of a schedule value. */
  public static String scheduleType(Schedule schedule) {
    if (schedule instanceof ScheduleWindow) {
      return "window";
    }
    if (schedule instanceof RecurringSchedule) {
      return "recurring";
    }
    if (schedule instanceof ContinuousSchedule) {
      return "continuous";
    }
    if (schedule instanceof UnspecifiedSchedule) {
      return "unspecified";
    }
    throw new IllegalStateException("unknown schedule " + schedule);
  }


  /** Binds a string. */
  public @Nullable String text(Tree node, Path pointer) {
    return scalars.text(node, pointer);
  }

  /** Binds the {@code language} of an envelope: the language of plain strings in the document. */
  public @Nullable String language(Tree node, Path pointer) {
    return scalars.language(node, pointer);
  }
}
