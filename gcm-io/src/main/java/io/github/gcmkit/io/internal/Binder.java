package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.ContinuousSchedule;
import io.github.gcmkit.model.Entity;
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
import io.github.gcmkit.model.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Binds the model straight from a document's {@link Tokens}, by the table of {@link ModelType}s,
 * recording every problem it finds with its pointer and location instead of stopping at the first.
 * A value whose parts have problems is not built: the binder returns {@code null} for it and goes on
 * checking its siblings. Each method starts on the value's first token and leaves the tokens on its
 * last.
 */
public final class Binder {

  /** The field that tags a schedule object. */
  public static final String SCHEDULE_TYPE = "type";

  /** The field by which editors attach a JSON Schema to a document. */
  public static final String SCHEMA = "$schema";

  /** The attribute by which a value declares the language of its plain strings. */
  private static final String LANGUAGE = "language";

  private final GcmOptions options;
  private final Problems problems;
  private final Scalars scalars;
  private final Positions positions;
  /**
   * Whether values are read as they come even where they declare late what their fields mean (a
   * network its organisations, a value its language), a second reading left to settle the rare case.
   */
  private final boolean live;

  private final Map<String, LinkedHashMap<String, String>> extensions = new LinkedHashMap<>();

  /** A binder that records into {@code problems} and locates invariants by {@code positions}. */
  Binder(GcmOptions options, Problems problems, Positions positions, boolean live) {
    this.live = live;
    this.options = options;
    this.problems = problems;
    this.scalars = new Scalars(options, problems, this::unknownField);
    this.positions = positions;
  }

  /** Whether the document is read leniently. */
  boolean lenient() {
    return options.lenient();
  }

  /** The unknown fields kept in lenient mode, by the pointer of their enclosing object. */
  Map<String, LinkedHashMap<String, String>> extensions() {
    return extensions;
  }

  /** Binds the value the tokens stand on as a value of {@code type}; {@code null} if it has problems. */
  @Nullable Object bind(Tokens in, Class<?> type, Path pointer, String language) {
    Object scalar = scalars.bind(in, type, pointer, language);
    if (scalar != Scalars.NOT_SCALAR) {
      return scalar;
    }
    if (type == StakeholderRef.class) {
      return stakeholder(in, pointer, language);
    }
    if (type == EntityRef.class) {
      // An organisation alone, by its code: a group is no organisation.
      EntityId id = scalars.entityId(in, pointer);
      return id == null ? null : StakeholderRef.entity(id);
    }
    if (Schedule.class.isAssignableFrom(type)) {
      return schedule(in, pointer, language);
    }
    if (ModelType.isValueType(type)) {
      return object(in, ModelType.of(type), pointer, language);
    }
    throw new IllegalStateException("no binding for " + type.getName());
  }

  /** Binds the object the tokens stand on as a value of {@code type}. */
  @Nullable Object object(Tokens in, ModelType type, Path pointer, String language) {
    if (in.token() != JsonToken.START_OBJECT) {
      return scalars.wrongType(in, pointer, "an object");
    }
    Draft draft = new Draft(type, pointer, language, in.line(), in.column(), in.position());
    in.next();
    return draft.members(in, Set.of()).build();
  }

  /**
   * A value of a model type being read: its attributes' values as they come, whether each was
   * present, and whether every part so far was well-formed.
   */
  final class Draft {
    private final ModelType type;
    private final Path pointer;
    private final int line;
    private final int column;
    private final int position;
    private final @Nullable Object[] values;
    private final boolean[] present;
    private String language;
    private boolean complete = true;
    private boolean languageDeclared;
    /** The organisations a network declares of its own, bound first or where they come ({@link LateCodes}). */
    private @Nullable LocalEntities local;
    private @Nullable EntityCatalog outer;
    /** In a value read live that may declare its language late, the plain strings read before it; else -1. */
    private long plainTextsBefore = -1;
    /** In a network read live, the codes met before its own organisations. */
    private @Nullable LateCodes late;

    /** A draft of {@code type} for the object that starts at {@code line}, {@code column}. */
    Draft(ModelType type, Path pointer, String language, int line, int column, int position) {
      this.type = type;
      this.pointer = pointer;
      this.language = language;
      this.line = line;
      this.column = column;
      this.position = position;
      this.values = type.newDraft();
      this.present = new boolean[values.length];
    }

    /** The language of plain strings in this value. */
    String language() {
      return language;
    }

    /** Sets the language of the plain strings read from now on (an envelope's). */
    void language(String tag) {
      this.language = tag;
    }

    /**
     * Reads members from the field name (or object end) the tokens stand on to the object's end,
     * accepting the fields in {@code allowed} besides the attributes (and leaving them unread).
     * What a value declares late (its language, a network its organisations) is bound where it
     * comes when read live, else first, from a buffer of the value's tokens ({@link #prepare}).
     */
    Draft members(Tokens tokens, Set<String> allowed) {
      Tokens in = prepare(tokens);
      for (JsonToken t = in.token(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
        String name = in.text();
        int nameLine = in.line();
        int nameColumn = in.column();
        in.next();
        if (allowed.contains(name) && type.attribute(name).isEmpty()) {
          in.skip();
          continue;
        }
        member(in, name, nameLine, nameColumn);
      }
      return this;
    }

    /**
     * The tokens to read this value's members from, standing on its first field name: {@code in}
     * (read live, what comes late is watched for: {@link ReadAgain}, {@link LateCodes}), or, for a
     * value that declares its language or organisations after its first field, a buffer of the rest
     * of its tokens, those known.
     */
    Tokens prepare(Tokens in) {
      Tokens replay = in;
      if (!languageDeclared && type.attribute(LANGUAGE).isPresent() && in.token() == JsonToken.PROPERTY_NAME
          && (in.replayed() || !in.text().equals(LANGUAGE))) {
        if (live && !in.replayed()) {
          // Read as it comes: a language declared after plain strings taken in another has the
          // document read again, this value from a buffer.
          plainTextsBefore = scalars.plainTextsRead();
        } else {
          replay = in.replayed() ? in : in.bufferRest();
          String declared = replay.peekString(LANGUAGE);
          if (declared != null) {
            Scalars.languageTag(declared).ifPresent(tag -> language = tag);
          }
          languageDeclared = true;
        }
      }
      if (LocalEntities.declarable(type) && replay.token() == JsonToken.PROPERTY_NAME) {
        outer = scalars.catalog();
        if (live && !replay.replayed()) {
          // Read as it comes: the codes met before the network's own organisations are settled at its end.
          late = new LateCodes();
          scalars.lateCodes(late);
          return replay;
        }
        // A network's own organisations resolve the codes of all its other fields, wherever they come.
        replay = replay.replayed() ? replay : replay.bufferRest();
        Tokens items = replay.memberValue(LocalEntities.FIELD);
        local = LocalEntities.declaredBy(type, items, pointer, positions);
        if (local != null && items != null) {
          declare(items);
        }
      }
      return replay;
    }

    /** Binds the network's own organisations, whose array {@code items} stands on. */
    private void declare(Tokens items) {
      LocalEntities declaring = Objects.requireNonNull(local);
      List<Entity> declared = new ArrayList<>();
      complete &= declaring.declare(Binder.this, scalars, problems, language, items, declared);
      present[declaring.attribute().index()] = true;
      values[declaring.attribute().index()] = declared;
    }

    /** Reads the value of the member {@code name}, which the tokens stand on. */
    void member(Tokens in, String name, int nameLine, int nameColumn) {
      Optional<Attribute> found = type.attribute(name);
      if (found.isEmpty()) {
        unknownField(in, pointer, name, nameLine, nameColumn, type.names());
        return;
      }
      Attribute attribute = found.get();
      if (local != null && local.binds(attribute)) {
        in.skip();
        return;
      }
      if (late != null && name.equals(LocalEntities.FIELD)) {
        local = LocalEntities.declaredBy(type, in, pointer, positions);
        if (local != null) {
          declare(in);
          scalars.lateCodes(null); // a code unknown from here on is unknown
          return;
        }
      }
      Path child = pointer.member(name);
      if (in.token() == JsonToken.VALUE_NULL) {
        if (!options.lenient()) {
          problems.report(child, in.line(), in.column(), "null");
          present[attribute.index()] = true;
          complete = false;
        }
        return;
      }
      present[attribute.index()] = true;
      boolean declaresLanguage = name.equals(LANGUAGE) && in.token() == JsonToken.VALUE_STRING;
      String declared = declaresLanguage ? in.text() : null;
      int declaredLine = in.line();
      int declaredColumn = in.column();
      Object bound =
          attribute.shape() == Attribute.Shape.COLLECTION
              ? collection(in, attribute, child, language)
              : bind(in, attribute.elementType(), child, language);
      if (declared != null && !languageDeclared) {
        Optional<String> tag = Scalars.languageTag(declared);
        if (tag.isPresent() && plainTextsBefore >= 0 && !tag.get().equals(language)
            && scalars.plainTextsRead() != plainTextsBefore) {
          throw ReadAgain.languageFirst(child, declaredLine, declaredColumn);
        }
        tag.ifPresent(t -> language = t);
      }
      if (name.equals(LANGUAGE)) {
        languageDeclared = true;
      }
      if (bound == null) {
        complete = false;
      } else {
        values[attribute.index()] = bound;
      }
    }

    /** The value, or {@code null} after recording why it cannot be built. */
    @Nullable Object build() {
      if (late != null) {
        scalars.lateCodes(null);
        complete &= late.settle(scalars, options.lenient());
      }
      if (outer != null) {
        scalars.resolveIn(outer);
      }
      for (Attribute attribute : type.attributes()) {
        if (attribute.shape() == Attribute.Shape.REQUIRED && !present[attribute.index()]) {
          problems.report(pointer, line, column, "required-field", attribute.name());
          complete = false;
        }
      }
      if (!complete) {
        return null;
      }
      try {
        return type.build(values);
      } catch (InvariantViolation e) {
        invariant(e);
        return null;
      } catch (IllegalArgumentException e) {
        problems.refused(pointer.toString(), line, column, e);
        return null;
      } catch (IllegalStateException e) {
        problems.report(pointer, line, column, "invalid-value", String.valueOf(e.getMessage()));
        return null;
      }
    }

    /**
     * Records a broken model invariant at the field it names ({@code ["period", "to"]}), located at
     * the deepest value of that field the document has.
     */
    private void invariant(InvariantViolation violation) {
      Path target = pointer;
      int at = position;
      int cursor = position;
      for (String step : violation.field()) {
        target = target.member(step);
        cursor = cursor < 0 ? -1 : positions.child(cursor, step);
        if (cursor >= 0) {
          at = cursor;
        }
      }
      if (at < 0) {
        problems.invariant(target.toString(), line, column, violation);
      } else {
        problems.invariant(target.toString(), positions.line(at), positions.column(at), violation);
      }
    }
  }

  private @Nullable Object collection(Tokens in, Attribute attribute, Path pointer, String language) {
    if (in.token() != JsonToken.START_ARRAY) {
      return scalars.wrongType(in, pointer, "an array");
    }
    List<Object> items = new ArrayList<>();
    boolean complete = true;
    int i = 0;
    for (JsonToken t = in.next(); t != JsonToken.END_ARRAY && t != null; t = in.next()) {
      Object item = bind(in, attribute.elementType(), pointer.item(i++), language);
      if (item == null) {
        complete = false;
      } else if (complete) {
        items.add(item);
      }
    }
    return complete ? items : null;
  }

  /**
   * Records (or keeps, in lenient mode) the field {@code name} that the object at {@code pointer}
   * has no attribute for; the tokens stand on its value.
   */
  void unknownField(Tokens in, Path pointer, String name, int nameLine, int nameColumn) {
    unknownField(in, pointer, name, nameLine, nameColumn, List.of());
  }

  /**
   * Records (or keeps, in lenient mode) the field {@code name} that the object at {@code pointer}
   * has no attribute for, suggesting the one of the {@code known} fields spelt closest to it; the
   * tokens stand on its value.
   */
  void unknownField(Tokens in, Path pointer, String name, int nameLine, int nameColumn, Collection<String> known) {
    if (pointer == Path.ROOT && name.equals(SCHEMA)) {
      // How editors attach a JSON Schema to a file: kept, in strict mode too, and written back.
      if (in.token() == JsonToken.VALUE_STRING) {
        extensions.computeIfAbsent("", p -> new LinkedHashMap<>()).put(name, JsonText.write(in));
      } else {
        problems.report(pointer.member(name), nameLine, nameColumn, "schema-not-string", SCHEMA, Problems.kind(in.describe()));
        in.skip();
      }
    } else if (options.lenient()) {
      extensions.computeIfAbsent(pointer.toString(), p -> new LinkedHashMap<>()).put(name, JsonText.write(in));
    } else {
      unknown(problems, pointer.member(name).toString(), nameLine, nameColumn, name, known);
      in.skip();
    }
  }

  /**
   * Records the unknown field {@code name} at {@code pointer}, with "did you mean …" the one of the
   * {@code known} fields spelt closest to it, if one is close.
   */
  static void unknown(Problems problems, String pointer, int line, int column, String name, Collection<String> known) {
    Optional<String> close = Spelling.closest(name, known);
    if (close.isPresent()) {
      problems.report(pointer, line, column, "unknown-field.suggest", name, close.get());
    } else {
      problems.report(pointer, line, column, "unknown-field", name);
    }
  }

  private @Nullable StakeholderRef stakeholder(Tokens in, Path pointer, String language) {
    if (in.token() == JsonToken.START_OBJECT) {
      return (StakeholderRef) object(in, ModelType.of(StakeholderGroup.class), pointer, language);
    }
    if (in.isScalar() && in.token() != JsonToken.VALUE_NULL) {
      EntityId id = scalars.entityId(in, pointer);
      return id == null ? null : StakeholderRef.entity(id);
    }
    scalars.wrongType(in, pointer, "an entity code or a group object");
    return null;
  }

  private @Nullable Schedule schedule(Tokens tokens, Path pointer, String language) {
    if (tokens.token() != JsonToken.START_OBJECT) {
      scalars.wrongType(tokens, pointer, "a schedule object");
      return null;
    }
    int line = tokens.line();
    int column = tokens.column();
    int position = tokens.position();
    Tokens in = tokens;
    in.next();
    // The tag says which type the other fields belong to: read it first, from a buffer if need be.
    if (in.token() == JsonToken.PROPERTY_NAME && !in.text().equals(SCHEDULE_TYPE)) {
      in = in.bufferRest();
    }
    Tokens tag = null;
    boolean inline = false;
    if (in.replayed()) {
      tag = in.memberValue(SCHEDULE_TYPE);
    } else if (in.token() == JsonToken.PROPERTY_NAME) {
      in.next();
      tag = in;
      inline = true;
    }
    if (tag == null) {
      problems.report(pointer, line, column, "required-field.schedule-type", SCHEDULE_TYPE);
      skipRest(in);
      return null;
    }
    int tagLine = tag.line();
    int tagColumn = tag.column();
    String type = scalars.text(tag, pointer.member(SCHEDULE_TYPE));
    if (inline) {
      in.next();
    }
    if (type == null) {
      skipRest(in);
      return null;
    }
    Set<String> allowed = Set.of(SCHEDULE_TYPE);
    ModelType model;
    switch (type) {
      case "window" -> model = ModelType.of(ScheduleWindow.class);
      case "recurring" -> model = ModelType.of(RecurringSchedule.class);
      case "continuous", "unspecified" -> {
        for (JsonToken t = in.token(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
          String name = in.text();
          int nameLine = in.line();
          int nameColumn = in.column();
          in.next();
          if (name.equals(SCHEDULE_TYPE)) {
            in.skip();
          } else {
            unknownField(in, pointer, name, nameLine, nameColumn, allowed);
          }
        }
        return type.equals("continuous") ? Schedule.continuous() : Schedule.unspecified();
      }
      default -> {
        problems.report(pointer.member(SCHEDULE_TYPE), tagLine, tagColumn, "unknown-schedule-type", type);
        skipRest(in);
        return null;
      }
    }
    return (Schedule) new Draft(model, pointer, language, line, column, position).members(in, allowed).build();
  }

  /** Reads the rest of an object without binding it. */
  static void skipRest(Tokens in) {
    for (JsonToken t = in.token(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
      in.next();
      in.skip();
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
  @Nullable String text(Tokens in, Path pointer) {
    return scalars.text(in, pointer);
  }

  /** Binds the {@code language} of an envelope: the language of plain strings in the document. */
  @Nullable String language(Tokens in, Path pointer) {
    return scalars.language(in, pointer);
  }
}
