package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.GcmOptions;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.InvariantViolation;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Spelling;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Binds the values the format writes in a form of their own — strings, numbers, booleans, codes,
 * dates, months, entity codes, texts in several languages — straight from the tokens, recording a
 * located problem for each one that is wrong. Each method starts on the value's first token and
 * leaves the tokens on its last.
 */
final class Scalars {

  /** Returned by {@link #bind} for a type that is not one of these values. */
  static final Object NOT_SCALAR = new Object();

  /** The field of a localized text object that marks its original language. */
  static final String ORIGINAL = "original";

  /**
   * The valid language tags met so far and their normal forms; a document names few. Only valid
   * tags of a sensible length are remembered, and only so many, so that hostile input cannot make
   * the cache, shared by every reader for the life of the JVM, hold more than a few kilobytes.
   */
  private static final ConcurrentMap<String, String> TAGS = new ConcurrentHashMap<>();

  /** Past this many distinct tags, new ones are normalized every time instead of remembered. */
  static final int MAX_CACHED_TAGS = 1024;

  /** The longest tag remembered; RFC 5646 asks that tags of 35 characters be supported. */
  static final int MAX_CACHED_TAG_LENGTH = 64;

  private final GcmOptions options;
  private final Problems problems;

  /** The entity codes resolved in this document so far: the same few codes recur throughout. */
  private final Map<String, Optional<Entity>> entities = new HashMap<>();

  /** The dates, months and plain texts of this document, each made once. */
  private final Recurring<PartialDate> dates = new Recurring<>();
  private final Recurring<YearMonth> months = new Recurring<>();
  private final Recurring<LocalizedText> plainTexts = new Recurring<>();
  /** The language of the plain texts remembered. */
  private @Nullable String plainLanguage;

  /** Where a field that the format does not define goes: kept in lenient mode, else a problem. */
  @FunctionalInterface
  interface UnknownField {
    /** The field {@code name} of the object at {@code pointer}, whose value the tokens stand on. */
    void found(Tokens in, Path pointer, String name, int nameLine, int nameColumn);
  }

  private final UnknownField unknownField;

  /** The catalogue codes resolve against: the options', with the organisations of the network read. */
  private EntityCatalog catalog;

  /** How many plain strings have been read as texts in the language of the value around them. */
  private long plainTextsRead;

  /** Where codes that resolve nowhere yet are noted, in a network read before its own organisations. */
  private @Nullable LateCodes late;

  /** Whether the codes met are those a document declares for its own organisations, not references. */
  private boolean declaring;

  Scalars(GcmOptions options, Problems problems, UnknownField unknownField) {
    this.options = options;
    this.problems = problems;
    this.unknownField = unknownField;
    this.catalog = options.entityCatalog();
  }

  /** The catalogue codes resolve against now. */
  EntityCatalog catalog() {
    return catalog;
  }

  /** Resolves codes against {@code next} from now on (a network's own organisations are known). */
  void resolveIn(EntityCatalog next) {
    if (next != catalog) {
      catalog = next;
      entities.clear();
    }
  }

  /**
   * How many plain strings have been read so far as texts in the language of the value around them:
   * a value that declares its language late sees whether it came too late.
   */
  long plainTextsRead() {
    return plainTextsRead;
  }

  /**
   * Notes in {@code next}, from now on, the codes that resolve nowhere, instead of reporting them
   * (none if {@code null}): they may be the network's own organisations, declared after. Networks
   * do not nest, so there is at most one such list at a time.
   */
  void lateCodes(@Nullable LateCodes next) {
    late = next;
  }

  /**
   * While {@code declaring}, entity codes are taken as written, not resolved: they are the codes of
   * the organisations a document declares of its own, checked once all of them are known.
   */
  void declaring(boolean declaring) {
    this.declaring = declaring;
  }

  /** Binds {@code node} if {@code type} is one of these values; {@link #NOT_SCALAR} otherwise. */
  @Nullable Object bind(Tokens node, Class<?> type, Path pointer, String language) {
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
    return NOT_SCALAR;
  }

  /** Binds the {@code language} of an envelope: the language of plain strings in the document. */
  @Nullable String language(Tokens node, Path pointer) {
    int line = node.line();
    int column = node.column();
    String tag = text(node, pointer);
    if (tag == null) {
      return null;
    }
    Optional<String> normal = languageTag(tag);
    if (normal.isEmpty()) {
      problems.report(pointer, line, column, "not-language-tag", tag);
      return null;
    }
    return normal.get();
  }

  static Optional<String> languageTag(String tag) {
    String known = TAGS.get(tag);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<String> normal = normalTag(tag);
    if (normal.isEmpty() || tag.length() > MAX_CACHED_TAG_LENGTH) {
      return normal;
    }
    // One instance per tag: the model keeps the tag of every text it holds.
    String normalForm = normal.get().intern();
    if (TAGS.size() < MAX_CACHED_TAGS) {
      TAGS.putIfAbsent(tag, normalForm);
    }
    return Optional.of(normalForm);
  }

  /** How many language tags are remembered, for tests. */
  static int cachedTagCount() {
    return TAGS.size();
  }

  private static Optional<String> normalTag(String tag) {
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

  /** Records that the value is not what was expected, skips it, and returns {@code null}. */
  @Nullable Object wrongType(Tokens node, Path pointer, String expected) {
    problems.wrongType(pointer.toString(), node.line(), node.column(), expected, node.describe());
    node.skip();
    return null;
  }

  /** Binds a string (in YAML, any scalar but null, as YAML writes {@code 2020} for {@code "2020"}). */
  @Nullable String text(Tokens node, Path pointer) {
    JsonToken token = node.token();
    if (token == JsonToken.VALUE_STRING
        || (node.yaml() && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL)) {
      return node.text();
    }
    wrongType(node, pointer, "a string");
    return null;
  }

  private @Nullable Integer integer(Tokens node, Path pointer) {
    if (node.token() == JsonToken.VALUE_NUMBER_INT) {
      String text = node.text();
      int small = small(text);
      if (small >= 0) {
        return small;
      }
      try {
        return Integer.valueOf(text);
      } catch (NumberFormatException e) {
        problems.report(pointer, node.line(), node.column(), "out-of-range", node.text());
        return null;
      }
    }
    wrongType(node, pointer, "an integer");
    return null;
  }

  /**
   * The number that {@code text} spells if it is one to four ASCII digits without a leading zero
   * (as most of a document's numbers are: objectives, years, counts), else -1: read without {@link
   * Integer#parseInt}'s general path.
   */
  private static int small(String text) {
    int length = text.length();
    if (length == 0 || length > 4 || (length > 1 && text.charAt(0) == '0')) {
      return -1;
    }
    return DateSpellings.digits(text, 0, length);
  }

  private @Nullable Boolean bool(Tokens node, Path pointer) {
    if (node.token() == JsonToken.VALUE_TRUE || node.token() == JsonToken.VALUE_FALSE) {
      return node.token() == JsonToken.VALUE_TRUE;
    }
    wrongType(node, pointer, "true or false");
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private @Nullable Object enumValue(Tokens node, Class<?> type, Path pointer) {
    int line = node.line();
    int column = node.column();
    String code =
        type == GcmObjective.class && node.token() == JsonToken.VALUE_NUMBER_INT
            ? node.text()
            : text(node, pointer);
    if (code == null) {
      return null;
    }
    Object constant = Enums.parse((Class) type, code);
    if (constant == null) {
      String key = Enums.unknownKey(type);
      Optional<String> close = Spelling.closest(code, Enums.codeList(type));
      if (close.isPresent()) {
        problems.report(pointer, line, column, key + ".suggest", code, Enums.codes(type), close.get());
      } else {
        problems.report(pointer, line, column, key, code, Enums.codes(type));
      }
    }
    return constant;
  }

  private @Nullable LocalizedText localizedText(Tokens node, Path pointer, String language) {
    int line = node.line();
    int column = node.column();
    if (node.isScalar()) {
      String text = text(node, pointer);
      if (text == null) {
        return null;
      }
      plainTextsRead++;
      if (!language.equals(plainLanguage)) {
        plainTexts.clear();
        plainLanguage = language;
      }
      LocalizedText known = plainTexts.get(text);
      if (known != null) {
        return known;
      }
      if (text.isBlank()) {
        problems.report(pointer, line, column, "text-blank");
        return null;
      }
      return plainTexts.keep(text, LocalizedText.of(language, text));
    }
    if (node.token() != JsonToken.START_OBJECT) {
      wrongType(node, pointer, "a string or an object of texts by language");
      return null;
    }
    LocalizedText.Builder builder = LocalizedText.builder();
    boolean complete = true;
    List<String> languages = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    String original = null;
    int originalLine = line;
    int originalColumn = column;
    for (JsonToken t = node.next(); t == JsonToken.PROPERTY_NAME; t = node.next()) {
      String key = node.text();
      int keyLine = node.line();
      int keyColumn = node.column();
      node.next();
      Path child = pointer.member(key);
      if (key.equals(ORIGINAL)) {
        originalLine = node.line();
        originalColumn = node.column();
        original = language(node, child);
        complete &= original != null;
        continue;
      }
      Optional<String> tag = languageTag(key);
      if (tag.isEmpty()) {
        if (options.lenient()) {
          // Kept, as an unknown field of any other object is, and written back into this object.
          unknownField.found(node, pointer, key, keyLine, keyColumn);
        } else {
          problems.report(child, keyLine, keyColumn, "not-language-tag", key);
          node.skip();
          complete = false;
        }
        continue;
      }
      int valueLine = node.line();
      int valueColumn = node.column();
      String text = text(node, child);
      if (text == null) {
        complete = false;
      } else if (text.isBlank()) {
        problems.report(child, valueLine, valueColumn, "text-blank");
        complete = false;
      } else if (languages.contains(tag.get())) {
        problems.report(child, keyLine, keyColumn, "text-same-language", key, keys.get(languages.indexOf(tag.get())));
        complete = false;
      } else {
        builder.putText(tag.get(), text);
        languages.add(tag.get());
        keys.add(key);
      }
    }
    if (!complete) {
      return null;
    }
    if (languages.isEmpty()) {
      problems.report(pointer, line, column, "text-no-language");
      return null;
    }
    if (original == null) {
      if (languages.contains(language)) {
        original = language;
      } else if (languages.size() == 1) {
        original = languages.get(0);
      } else {
        problems.report(pointer, line, column, "text-which-original", String.join(", ", languages));
        return null;
      }
    } else if (!languages.contains(original)) {
      problems.report(pointer.member(ORIGINAL), originalLine, originalColumn, "text-original-missing", original);
      return null;
    }
    try {
      return builder.original(original).build();
    } catch (IllegalArgumentException e) {
      problems.refused(pointer.toString(), line, column, e);
      return null;
    }
  }

  private @Nullable PartialDate partialDate(Tokens node, Path pointer) {
    int line = node.line();
    int column = node.column();
    String text = text(node, pointer);
    if (text == null) {
      return null;
    }
    PartialDate known = dates.get(text);
    if (known != null) {
      return known;
    }
    PartialDate.Builder date = DateSpellings.partialDate(text);
    if (date == null) {
      problems.report(pointer, line, column, "not-date", text);
      return null;
    }
    try {
      return dates.keep(text, date.build());
    } catch (IllegalArgumentException e) {
      if (e instanceof InvariantViolation v && !v.problem().contains(text)) {
        problems.report(pointer, line, column, "not-date.because", text, v.localizedProblem());
      } else {
        problems.refused(pointer.toString(), line, column, e);
      }
      return null;
    }
  }

  private @Nullable YearMonth month(Tokens node, Path pointer) {
    int line = node.line();
    int column = node.column();
    String text = text(node, pointer);
    if (text == null) {
      return null;
    }
    YearMonth known = months.get(text);
    if (known != null) {
      return known;
    }
    YearMonth month = DateSpellings.month(text);
    if (month != null) {
      return months.keep(text, month);
    }
    problems.report(pointer, line, column, "not-month", text);
    return null;
  }

  @Nullable EntityId entityId(Tokens node, Path pointer) {
    int line = node.line();
    int column = node.column();
    String code = text(node, pointer);
    if (code == null) {
      return null;
    }
    if (declaring && EntityId.isCode(code)) {
      return EntityId.of(code); // resolved once all of the document's own organisations are known
    }
    Optional<Entity> entity =
        entities.computeIfAbsent(code, c -> c.isBlank() ? Optional.empty() : catalog.resolve(c));
    if (entity.isPresent()) {
      return entity.get().id();
    }
    if (late != null) {
      EntityId taken = EntityId.isCode(code) ? EntityId.of(code) : null;
      late.add(code, pointer, line, column, taken);
      return taken;
    }
    return unresolved(code, pointer, line, column);
  }

  /**
   * What {@code code}, which no organisation has, is read as: a located problem (nothing) when
   * reading strictly; the code as written when reading leniently, or a problem if it is no code.
   */
  @Nullable EntityId unresolved(String code, Path pointer, int line, int column) {
    if (!options.lenient()) {
      LocalEntities.unknown(problems, pointer, line, column, catalog, code);
      return null;
    }
    try {
      return EntityId.of(code);
    } catch (IllegalArgumentException e) {
      problems.refused(pointer.toString(), line, column, e);
      return null;
    }
  }
}
