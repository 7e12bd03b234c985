package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.ContinuousSchedule;
import io.github.gcmkit.model.DateQualifier;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.RecurringSchedule;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.ScheduleWindow;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.UnspecifiedSchedule;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Binds a {@link Tree} to the model, recording every problem it finds with its pointer and
 * location instead of stopping at the first. A value whose parts have problems is not built: the
 * binder returns {@code null} for it and goes on checking its siblings.
 */
public final class Binder {

  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(?:(early|mid|late) )?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern FIELD_PATH =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*(?:\\[[^\\]]*\\])*(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[[^\\]]*\\])*)*): (.+)", Pattern.DOTALL);
  private static final Pattern PATH_STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)|\\[([^\\]]*)\\]");

  /** The field that tags a schedule object. */
  public static final String SCHEDULE_TYPE = "type";

  /** The field of a localized text object that marks its original language. */
  public static final String ORIGINAL = "original";

  private final GcmOptions options;
  private final Problems problems;
  private final boolean scalarsAsText;
  private final Map<String, LinkedHashMap<String, String>> extensions = new LinkedHashMap<>();

  /**
   * A binder that records into {@code problems}. With {@code scalarsAsText} (YAML), a number or
   * boolean is accepted where text is expected, as YAML writes {@code 2020} for {@code "2020"}.
   */
  public Binder(GcmOptions options, Problems problems, boolean scalarsAsText) {
    this.options = options;
    this.problems = problems;
    this.scalarsAsText = scalarsAsText;
  }

  /** The unknown fields kept in lenient mode, by the pointer of their enclosing object. */
  public Map<String, LinkedHashMap<String, String>> extensions() {
    return extensions;
  }

  /** Binds {@code node} as a value of {@code type}; {@code null} if it has problems. */
  public @Nullable Object bind(Tree node, Class<?> type, String pointer, String language) {
    if (type == String.class) {
      return text(node, pointer);
    }
    if (type == int.class || type == Integer.class) {
      return integer(node, pointer);
    }
    if (type == boolean.class || type == Boolean.class) {
      return bool(node, pointer);
    }
    if (type.isEnum()) {
      return enumValue(node, type, pointer);
    }
    if (type == LocalizedText.class) {
      return localizedText(node, pointer, language);
    }
    if (type == PartialDate.class) {
      return partialDate(node, pointer);
    }
    if (type == YearMonth.class) {
      return month(node, pointer);
    }
    if (type == EntityId.class) {
      return entityId(node, pointer);
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
      Tree node, ModelType type, String pointer, String language, Set<String> allowed) {
    if (!(node instanceof Tree.Obj obj)) {
      return wrongType(node, pointer, "an object");
    }
    String inner = declaredLanguage(obj, type, pointer).orElse(language);
    for (Map.Entry<String, Tree.Member> member : obj.members().entrySet()) {
      String name = member.getKey();
      if (type.attribute(name).isEmpty() && !allowed.contains(name)) {
        unknownField(pointer, name, member.getValue());
      }
    }
    @Nullable Object[] draft = type.newDraft();
    boolean complete = true;
    for (Attribute attribute : type.attributes()) {
      String child = Pointer.member(pointer, attribute.name());
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
    if (!complete) {
      return null;
    }
    try {
      return type.build(draft);
    } catch (IllegalArgumentException | IllegalStateException e) {
      invariant(obj, pointer, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private @Nullable Object collection(Tree node, Attribute attribute, String pointer, String language) {
    if (!(node instanceof Tree.Arr arr)) {
      return wrongType(node, pointer, "an array");
    }
    List<Object> items = new ArrayList<>(arr.items().size());
    boolean complete = true;
    for (int i = 0; i < arr.items().size(); i++) {
      Object item = bind(arr.items().get(i), attribute.elementType(), Pointer.item(pointer, i), language);
      if (item == null) {
        complete = false;
      } else {
        items.add(item);
      }
    }
    return complete ? items : null;
  }

  private Optional<String> declaredLanguage(Tree.Obj obj, ModelType type, String pointer) {
    if (type.attribute("language").isEmpty()) {
      return Optional.empty();
    }
    Tree declared = obj.get("language");
    if (declared instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.STRING) {
      return languageTag(s.text());
    }
    return Optional.empty();
  }

  /** Binds the {@code language} of an envelope: the language of plain strings in the document. */
  public @Nullable String language(Tree node, String pointer) {
    String tag = text(node, pointer);
    if (tag == null) {
      return null;
    }
    Optional<String> normal = languageTag(tag);
    if (normal.isEmpty()) {
      problems.add(pointer, node, "'" + tag + "' is not a BCP 47 language tag");
      return null;
    }
    return normal.get();
  }

  private static Optional<String> languageTag(String tag) {
    if (tag.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Locale.Builder().setLanguageTag(tag).build().toLanguageTag().toLowerCase(Locale.ROOT));
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  private void unknownField(String pointer, String name, Tree.Member member) {
    if (options.lenient()) {
      extensions.computeIfAbsent(pointer, p -> new LinkedHashMap<>()).put(name, TreeJson.write(member.value()));
    } else {
      problems.add(Pointer.member(pointer, name), member.line(), member.column(), "unknown field '" + name + "'");
    }
  }

  /** Records that an object has a field it should not have. */
  public void unknownFields(Tree.Obj obj, String pointer, Set<String> known) {
    for (Map.Entry<String, Tree.Member> member : obj.members().entrySet()) {
      if (!known.contains(member.getKey())) {
        unknownField(pointer, member.getKey(), member.getValue());
      }
    }
  }

  /** Maps a model invariant failure ("to: 2019-12 is before from 2020-11") to a pointer. */
  private void invariant(Tree.Obj obj, String pointer, String message) {
    Matcher m = FIELD_PATH.matcher(message);
    if (!m.matches()) {
      problems.add(pointer, obj, message);
      return;
    }
    String target = pointer;
    Tree at = obj;
    Tree cursor = obj;
    Matcher step = PATH_STEP.matcher(m.group(1));
    while (step.find()) {
      String key = step.group(1) != null ? step.group(1) : step.group(2);
      target = Pointer.member(target, key);
      cursor = child(cursor, key);
      if (cursor != null) {
        at = cursor;
      }
    }
    problems.add(target, at, m.group(2));
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

  private @Nullable Object wrongType(Tree node, String pointer, String expected) {
    problems.add(pointer, node, "expected " + expected + ", found " + node.describe());
    return null;
  }

  /** Binds a string. */
  public @Nullable String text(Tree node, String pointer) {
    if (node instanceof Tree.Scalar s
        && (s.kind() == Tree.ScalarKind.STRING || (scalarsAsText && s.kind() != Tree.ScalarKind.NULL))) {
      return s.text();
    }
    wrongType(node, pointer, "a string");
    return null;
  }

  private @Nullable Integer integer(Tree node, String pointer) {
    if (node instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.INTEGER) {
      try {
        return Integer.valueOf(s.text());
      } catch (NumberFormatException e) {
        problems.add(pointer, node, s.text() + " is out of range");
        return null;
      }
    }
    wrongType(node, pointer, "an integer");
    return null;
  }

  private @Nullable Boolean bool(Tree node, String pointer) {
    if (node instanceof Tree.Scalar s && s.kind() == Tree.ScalarKind.BOOLEAN) {
      return Boolean.valueOf(s.text().equalsIgnoreCase("true"));
    }
    wrongType(node, pointer, "true or false");
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private @Nullable Object enumValue(Tree node, Class<?> type, String pointer) {
    String code = text(node, pointer);
    if (code == null) {
      return null;
    }
    Object constant = Enums.parse((Class) type, code);
    if (constant == null) {
      problems.add(pointer, node, "unknown value '" + code + "', expected one of: " + Enums.codes(type));
    }
    return constant;
  }

  private @Nullable LocalizedText localizedText(Tree node, String pointer, String language) {
    if (node instanceof Tree.Scalar) {
      String text = text(node, pointer);
      if (text == null) {
        return null;
      }
      if (text.isBlank()) {
        problems.add(pointer, node, "the text is blank");
        return null;
      }
      return LocalizedText.of(language, text);
    }
    if (!(node instanceof Tree.Obj obj)) {
      wrongType(node, pointer, "a string or an object of texts by language");
      return null;
    }
    LocalizedText.Builder builder = LocalizedText.builder();
    boolean complete = true;
    List<String> languages = new ArrayList<>();
    String original = null;
    for (Map.Entry<String, Tree.Member> member : obj.members().entrySet()) {
      String key = member.getKey();
      Tree value = member.getValue().value();
      String child = Pointer.member(pointer, key);
      if (key.equals(ORIGINAL)) {
        original = language(value, child);
        complete &= original != null;
        continue;
      }
      Optional<String> tag = languageTag(key);
      if (tag.isEmpty()) {
        problems.add(child, member.getValue().line(), member.getValue().column(),
            "'" + key + "' is not a BCP 47 language tag");
        complete = false;
        continue;
      }
      String text = text(value, child);
      if (text == null) {
        complete = false;
      } else if (text.isBlank()) {
        problems.add(child, value, "the text is blank");
        complete = false;
      } else {
        builder.putText(tag.get(), text);
        languages.add(tag.get());
      }
    }
    if (!complete) {
      return null;
    }
    if (languages.isEmpty()) {
      problems.add(pointer, obj, "a text needs at least one language");
      return null;
    }
    if (original == null) {
      if (languages.contains(language)) {
        original = language;
      } else if (languages.size() == 1) {
        original = languages.get(0);
      } else {
        problems.add(pointer, obj,
            "which language is the original? Add \"original\": one of " + String.join(", ", languages));
        return null;
      }
    } else if (!languages.contains(original)) {
      problems.add(Pointer.member(pointer, ORIGINAL), obj.get(ORIGINAL) == null ? obj : obj.get(ORIGINAL),
          "the original language '" + original + "' has no text");
      return null;
    }
    try {
      return builder.original(original).build();
    } catch (IllegalArgumentException e) {
      problems.add(pointer, obj, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private @Nullable PartialDate partialDate(Tree node, String pointer) {
    String text = text(node, pointer);
    if (text == null) {
      return null;
    }
    Matcher m = PARTIAL_DATE.matcher(text);
    if (!m.matches()) {
      problems.add(pointer, node,
          "'" + text + "' is not a date: write 2020, 2020-08 or 2020-08-12, optionally after early, mid or late");
      return null;
    }
    PartialDate.Builder date = PartialDate.builder().year(Integer.parseInt(m.group(2)));
    if (m.group(1) != null) {
      date.qualifier(DateQualifier.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }
    if (m.group(3) != null) {
      date.month(Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      date.day(Integer.parseInt(m.group(4)));
    }
    try {
      return date.build();
    } catch (IllegalArgumentException e) {
      String reason = afterField(e.getMessage());
      problems.add(pointer, node, reason.contains(text) ? reason : "'" + text + "' is not a date: " + reason);
      return null;
    }
  }

  private @Nullable YearMonth month(Tree node, String pointer) {
    String text = text(node, pointer);
    if (text == null) {
      return null;
    }
    if (MONTH.matcher(text).matches()) {
      try {
        return YearMonth.parse(text);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    problems.add(pointer, node, "'" + text + "' is not a month: write YYYY-MM, such as 2020-11");
    return null;
  }

  private @Nullable EntityId entityId(Tree node, String pointer) {
    String code = text(node, pointer);
    if (code == null) {
      return null;
    }
    Optional<Entity> entity = code.isBlank() ? Optional.empty() : options.entityCatalog().resolve(code);
    if (entity.isPresent()) {
      return entity.get().id();
    }
    if (!options.lenient()) {
      problems.add(pointer, node, "unknown entity code '" + code + "'");
      return null;
    }
    try {
      return EntityId.of(code);
    } catch (IllegalArgumentException e) {
      problems.add(pointer, node, afterField(e.getMessage()));
      return null;
    }
  }

  private @Nullable StakeholderRef stakeholder(Tree node, String pointer, String language) {
    if (node instanceof Tree.Obj) {
      return (StakeholderRef) object(node, ModelType.of(StakeholderGroup.class), pointer, language, Set.of());
    }
    if (node instanceof Tree.Scalar s && s.kind() != Tree.ScalarKind.NULL) {
      EntityId id = entityId(node, pointer);
      return id == null ? null : StakeholderRef.entity(id);
    }
    wrongType(node, pointer, "an entity code or a group object");
    return null;
  }

  private @Nullable Schedule schedule(Tree node, String pointer, String language) {
    if (!(node instanceof Tree.Obj obj)) {
      wrongType(node, pointer, "a schedule object");
      return null;
    }
    Tree tag = obj.get(SCHEDULE_TYPE);
    if (tag == null) {
      problems.add(pointer, obj, "the required field '" + SCHEDULE_TYPE
          + "' is missing, expected one of: window, continuous, recurring, unspecified");
      return null;
    }
    String type = text(tag, Pointer.member(pointer, SCHEDULE_TYPE));
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
        problems.add(Pointer.member(pointer, SCHEDULE_TYPE), tag, "unknown schedule type '" + type
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

  private static String afterField(@Nullable String message) {
    if (message == null) {
      return "invalid";
    }
    Matcher m = FIELD_PATH.matcher(message);
    return m.matches() ? m.group(2) : message;
  }
}
