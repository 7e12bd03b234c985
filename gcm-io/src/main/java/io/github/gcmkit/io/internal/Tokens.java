package io.github.gcmkit.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The tokens of one document (JSON or YAML), checked as they are read, with the line and column of
 * each: what the format refuses whatever the type expected — more values than the limit, strings,
 * names and numbers longer than the limits, lone surrogates, a field named twice in an object, YAML
 * aliases and tags — is recorded in {@link Problems} and stops the reading ({@link Stop}). Every
 * value read live is recorded in {@link Positions}.
 *
 * <p>Read live from a Jackson parser, or replayed from a buffer of tokens read before, for the few
 * objects whose meaning depends on a field that comes late (a {@code language}, a schedule's {@code
 * type}, the envelope's {@code kind}): a reader asks {@link #bufferRest()} and reads on from the
 * buffer, which has the same tokens and locations.
 */
final class Tokens {

  /** Reading stopped at a problem that leaves nothing more to check; the problem is recorded. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> YAML_CORE_TAGS =
      Set.of("!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!");
  /** Objects up to this many fields find duplicates by looking through them; larger ones by hash. */
  private static final int SMALL_OBJECT = 16;

  // Live reading.
  private final @Nullable JsonParser parser;
  private final Problems problems;
  private final int maxValues;
  private final boolean yaml;
  private final @Nullable Positions positions;
  private final Columns columns;
  private int values;
  private final SharedStrings strings;
  /** The open containers: their position, whether an object, the names seen, the next item. */
  private int depth;
  private int[] open = new int[16];
  private boolean[] isObject = new boolean[16];
  private boolean[] duplicated = new boolean[16];
  private int[] items = new int[16];
  private @Nullable String[] pendingName = new String[16];
  /** A field named twice, reported once its value is read. */
  private @Nullable String[] duplicateName = new String[16];
  private String[] duplicatePointer = new String[16];
  private int[] duplicateLine = new int[16];
  private int[] duplicateColumn = new int[16];
  /** The names of each open object: the first few in an array, all of them in a set past that. */
  private String[][] names = new String[16][];
  private int[] nameCounts = new int[16];
  /** A bit for each name seen in each open object, by its hash: a name whose bit is clear is new. */
  private long[] nameBits = new long[16];
  private List<@Nullable Set<String>> nameSets = new ArrayList<>();

  // Replay.
  /** Tokens read before, with their texts, lines, columns and positions. */
  private record Buffer(JsonToken[] tokens, @Nullable String[] texts, int[] lines, int[] columns, int[] positions) {}

  private final @Nullable Buffer buffer;
  private final int end;
  private int at;

  // The current token.
  private @Nullable JsonToken token;
  private @Nullable String text;
  private int line;
  private int column;
  private int position = -1;

  /** Live tokens of {@code parser}, recording the positions of values in {@code positions}. */
  Tokens(JsonParser parser, Problems problems, int maxValues, @Nullable Positions positions) {
    this(parser, problems, maxValues, positions, Columns.CHARACTERS);
  }

  /**
   * Live tokens of {@code parser}, whose locations {@code columns} puts in character columns,
   * recording the positions of values in {@code positions}.
   */
  Tokens(JsonParser parser, Problems problems, int maxValues, @Nullable Positions positions, Columns columns) {
    this.parser = parser;
    this.columns = columns;
    this.problems = problems;
    this.maxValues = maxValues;
    this.yaml = TreeReader.isYaml(parser);
    this.positions = positions;
    this.strings = new SharedStrings();
    this.buffer = null;
    this.end = 0;
    // A parser a deserializer hands over already stands on the value's first token.
    if (parser.currentToken() != null) {
      live(parser.currentToken());
    }
  }

  private Tokens(Tokens from, JsonToken[] tokens, @Nullable String[] texts, int[] lines, int[] columns,
      int[] positions, int end) {
    this.parser = null;
    this.columns = from.columns;
    this.problems = from.problems;
    this.maxValues = from.maxValues;
    this.yaml = from.yaml;
    this.positions = null;
    this.strings = from.strings;
    this.buffer = new Buffer(tokens, texts, lines, columns, positions);
    this.end = end;
    this.at = 0;
    replay();
  }

  /** Whether the tokens are YAML's, whose plain scalars may be read as text. */
  boolean yaml() {
    return yaml;
  }

  /** The problems of the document. */
  Problems problems() {
    return problems;
  }

  /** Moves to the next token and returns it; {@code null} at the end of the document. */
  @Nullable JsonToken next() {
    if (parser == null) {
      at++;
      if (at >= end) {
        token = null;
        return null;
      }
      replay();
      return token;
    }
    return live(parser.nextToken());
  }

  /** The current token. */
  @Nullable JsonToken token() {
    return token;
  }

  /** The name of the current field, or the text of the current scalar. */
  String text() {
    return text == null ? "" : text;
  }

  /** The line of the current token, in the document (before any line offset). */
  int line() {
    return line;
  }

  /** The column of the current token. */
  int column() {
    return column;
  }

  /** Where the current value is recorded in the positions, or -1 if it is not a value. */
  int position() {
    return position;
  }

  /** Whether the current token is a scalar (string, number, boolean or null). */
  boolean isScalar() {
    return token != null && token.isScalarValue();
  }

  /** The current scalar's kind, or {@code null} if the current token is not a scalar. */
  Tree.@Nullable ScalarKind scalarKind() {
    if (token == null) {
      return null;
    }
    return switch (token) {
      case VALUE_STRING -> Tree.ScalarKind.STRING;
      case VALUE_NUMBER_INT -> Tree.ScalarKind.INTEGER;
      case VALUE_NUMBER_FLOAT -> Tree.ScalarKind.DECIMAL;
      case VALUE_TRUE, VALUE_FALSE -> Tree.ScalarKind.BOOLEAN;
      case VALUE_NULL -> Tree.ScalarKind.NULL;
      default -> null;
    };
  }

  /** What the current value is, in the words a person reads ("an object", "a string"). */
  String describe() {
    if (token == JsonToken.START_OBJECT) {
      return "an object";
    }
    if (token == JsonToken.START_ARRAY) {
      return "an array";
    }
    Tree.ScalarKind kind = scalarKind();
    return kind == null ? "nothing" : kind.description;
  }

  /** Skips the current value: a scalar, or a container to its end token. */
  void skip() {
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      int nesting = 1;
      while (nesting > 0) {
        JsonToken t = next();
        if (t == null) {
          return;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          nesting++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          nesting--;
        }
      }
    }
  }

  /**
   * The rest of the current object — from its current field name (or end) to its end — as tokens to
   * replay, which stand on the current token; these tokens move on to the object's end.
   */
  Tokens bufferRest() {
    int capacity = 64;
    JsonToken[] tokens = new JsonToken[capacity];
    String[] texts = new String[capacity];
    int[] lines = new int[capacity];
    int[] columns = new int[capacity];
    int[] at = new int[capacity];
    int n = 0;
    int nesting = 0;
    JsonToken t = token;
    while (true) {
      if (n == tokens.length) {
        capacity *= 2;
        tokens = Arrays.copyOf(tokens, capacity);
        texts = Arrays.copyOf(texts, capacity);
        lines = Arrays.copyOf(lines, capacity);
        columns = Arrays.copyOf(columns, capacity);
        at = Arrays.copyOf(at, capacity);
      }
      tokens[n] = t;
      texts[n] = text;
      lines[n] = line;
      columns[n] = column;
      at[n] = position;
      n++;
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        nesting++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        if (nesting == 0) {
          break;
        }
        nesting--;
      }
      t = next();
      if (t == null) {
        break;
      }
    }
    return new Tokens(this, tokens, texts, lines, columns, at, n);
  }

  /**
   * In replayed tokens standing on a field name of an object, the text of the string that the
   * object's field {@code name} holds, from here to the object's end; {@code null} if the field is
   * absent or not a string.
   */
  @Nullable String peekString(String name) {
    int value = find(name);
    Buffer b = replay("peekString");
    return value >= 0 && b.tokens()[value] == JsonToken.VALUE_STRING ? b.texts()[value] : null;
  }

  /**
   * In replayed tokens standing on a field name of an object, the tokens of the value of the
   * object's field {@code name}, standing on its first token; {@code null} if the field is absent.
   * These tokens do not move.
   */
  @Nullable Tokens memberValue(String name) {
    int value = find(name);
    if (value < 0) {
      return null;
    }
    Buffer b = replay("memberValue");
    Tokens view = new Tokens(this, b.tokens(), b.texts(), b.lines(), b.columns(), b.positions(), end);
    view.at = value;
    view.replay();
    return view;
  }

  /** The index of the value of this object's field {@code name}, from here on, or -1. */
  private int find(String name) {
    Buffer b = replay("find");
    JsonToken[] tokens = b.tokens();
    int nesting = 0;
    for (int i = at; i < end; i++) {
      JsonToken t = tokens[i];
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        nesting++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        if (nesting == 0) {
          return -1;
        }
        nesting--;
      } else if (nesting == 0 && t == JsonToken.PROPERTY_NAME && name.equals(b.texts()[i]) && i + 1 < end) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Whether these are replayed tokens. */
  boolean replayed() {
    return parser == null;
  }

  /** Checks that nothing follows the document's value. */
  void expectEnd() {
    if (parser != null && parser.nextToken() != null) {
      TokenStreamLocation where = parser.currentTokenLocation();
      problems.report("", where.getLineNr(), columns.column(where), "content-after-document");
      throw new Stop();
    }
  }

  /** The buffer of replayed tokens; {@code what} needs one. */
  private Buffer replay(String what) {
    if (buffer == null) {
      throw new IllegalStateException(what + " needs replayed tokens");
    }
    return buffer;
  }

  private void replay() {
    Buffer b = replay("replay");
    token = b.tokens()[at];
    text = b.texts()[at];
    line = b.lines()[at];
    column = b.columns()[at];
    position = b.positions()[at];
  }

  private @Nullable JsonToken live(@Nullable JsonToken next) {
    JsonParser p = java.util.Objects.requireNonNull(parser);
    token = next;
    position = -1;
    text = null;
    if (next == null) {
      return null;
    }
    TokenStreamLocation where = p.currentTokenLocation();
    line = where.getLineNr();
    column = columns.column(where);
    switch (next) {
      case PROPERTY_NAME -> {
        text = p.currentName();
        name(text);
        // A field costs as a value does (its name is kept, in the positions and to find a duplicate,
        // and with its value when unknown fields are kept): it counts against the same limit.
        if (++values > maxValues) {
          problems.report(pointer(), line, column, "limit.values", maxValues);
          throw new Stop();
        }
        return next;
      }
      case END_OBJECT, END_ARRAY -> {
        close();
        return next;
      }
      default -> {
        // a value
      }
    }
    if (++values > maxValues) {
      problems.report(pointer(), line, column, "limit.values", maxValues);
      throw new Stop();
    }
    if (yaml) {
      Problems.Said unsupported = unsupportedYaml((YAMLParser) p);
      if (unsupported != null) {
        problems.report(pointer(), line, column, unsupported);
        throw new Stop();
      }
    }
    switch (next) {
      case VALUE_STRING -> {
        String s = shared(p);
        int longest = p.streamReadConstraints().getMaxStringLength();
        Problems.Said wrong = s.length() > longest || strings.surrogates() ? textProblem(s, longest, "a string") : null;
        if (wrong != null) {
          problems.report(pointer(), line, column, wrong);
          throw new Stop();
        }
        text = s;
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        // The parser's text, never its numeric value: a number is checked before it is converted.
        String s = shared(p);
        int longest = p.streamReadConstraints().getMaxNumberLength();
        if (s.length() > longest) {
          problems.report(pointer(), line, column, "limit.number", longest);
          throw new Stop();
        }
        text = s;
      }
      // YAML's plain scalars keep their spelling (a "yes" may be read as text); JSON has one each.
      case VALUE_TRUE -> text = yaml ? p.getText() : "true";
      case VALUE_FALSE -> text = yaml ? p.getText() : "false";
      case VALUE_NULL -> text = "null";
      case START_OBJECT, START_ARRAY -> {
        // opened below
      }
      default -> {
        problems.report(pointer(), line, column, "unsupported-content", next);
        throw new Stop();
      }
    }
    String name = depth > 0 && isObject[depth - 1] ? pendingName[depth - 1] : null;
    if (depth > 0 && !isObject[depth - 1]) {
      items[depth - 1]++;
    }
    if (positions != null) {
      position = positions.value(line, column, name);
    }
    if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
      push(next == JsonToken.START_OBJECT);
      if (positions != null) {
        positions.open(position);
      }
    }
    return next;
  }

  private void name(String name) {
    JsonParser p = java.util.Objects.requireNonNull(parser);
    int d = depth - 1;
    flushDuplicate(d);
    pendingName[d] = name;
    Problems.Said wrong = textProblem(name, p.streamReadConstraints().getMaxNameLength(), "a field name");
    if (wrong == null && yaml) {
      wrong = unsupportedYaml((YAMLParser) p);
    }
    if (wrong != null) {
      problems.report(pointer(), line, column, wrong);
      throw new Stop();
    }
    if (!fresh(d, name)) {
      duplicateName[d] = name;
      duplicatePointer[d] = pointer();
      duplicateLine[d] = line;
      duplicateColumn[d] = column;
    }
  }

  /** Whether {@code name} is new among the names of the object open at depth {@code d}, now among them. */
  private boolean fresh(int d, String name) {
    Set<String> set = nameSets.get(d);
    if (set != null) {
      return set.add(name);
    }
    String[] seen = names[d];
    int count = nameCounts[d];
    long bit = 1L << name.hashCode(); // the low six bits of the hash choose the bit
    if ((nameBits[d] & bit) != 0) {
      for (int i = 0; i < count; i++) {
        // JSON's parser gives one String for each name it meets again: most matches are the same object.
        if (seen[i] == name || seen[i].equals(name)) {
          return false;
        }
      }
    }
    nameBits[d] |= bit;
    if (count < SMALL_OBJECT) {
      seen[count] = name;
      nameCounts[d] = count + 1;
    } else {
      set = new HashSet<>(Arrays.asList(seen));
      set.add(name);
      nameSets.set(d, set);
    }
    return true;
  }

  private void push(boolean object) {
    if (depth == open.length) {
      int capacity = depth * 2;
      open = Arrays.copyOf(open, capacity);
      isObject = Arrays.copyOf(isObject, capacity);
      duplicated = Arrays.copyOf(duplicated, capacity);
      items = Arrays.copyOf(items, capacity);
      pendingName = Arrays.copyOf(pendingName, capacity);
      duplicateName = Arrays.copyOf(duplicateName, capacity);
      duplicatePointer = Arrays.copyOf(duplicatePointer, capacity);
      duplicateLine = Arrays.copyOf(duplicateLine, capacity);
      duplicateColumn = Arrays.copyOf(duplicateColumn, capacity);
      names = Arrays.copyOf(names, capacity);
      nameCounts = Arrays.copyOf(nameCounts, capacity);
      nameBits = Arrays.copyOf(nameBits, capacity);
    }
    open[depth] = position;
    isObject[depth] = object;
    duplicated[depth] = false;
    items[depth] = 0;
    pendingName[depth] = null;
    duplicateName[depth] = null;
    if (nameSets.size() <= depth) {
      nameSets.add(null);
    } else {
      nameSets.set(depth, null);
    }
    if (object && names[depth] == null) {
      names[depth] = new String[SMALL_OBJECT];
    }
    nameCounts[depth] = 0;
    nameBits[depth] = 0;
    depth++;
  }

  private void close() {
    depth--;
    if (isObject[depth]) {
      flushDuplicate(depth);
    }
    position = open[depth];
    if (positions != null) {
      positions.close();
    }
    if (duplicated[depth]) {
      throw new Stop();
    }
  }

  /**
   * Records the field named twice whose value has just been read: a problem inside that value, which
   * stops the reading, is the one reported.
   */
  private void flushDuplicate(int d) {
    if (duplicateName[d] != null) {
      problems.report(duplicatePointer[d], duplicateLine[d], duplicateColumn[d], "duplicate-field", duplicateName[d]);
      duplicateName[d] = null;
      duplicated[d] = true;
    }
  }

  /** The pointer of the value or field name the parser stands on, spelled for a problem. */
  private String pointer() {
    StringBuilder pointer = new StringBuilder();
    boolean field = token == JsonToken.PROPERTY_NAME;
    for (int d = 0; d < depth; d++) {
      boolean last = d == depth - 1;
      if (last && !field && !isObject[d] && token != null) {
        // the item being read: its index, counted before it is added
        pointer.append('/').append(items[d]);
      } else if (isObject[d]) {
        if (pendingName[d] != null && (!last || field || token != null)) {
          pointer.append('/').append(Pointer.escape(pendingName[d]));
        }
      } else {
        pointer.append('/').append(items[d] - 1);
      }
    }
    return pointer.toString();
  }

  /** The text of the parser's current scalar, or an equal string read before in this document. */
  private String shared(JsonParser p) {
    try {
      if (yaml) {
        return strings.of(p.getString()); // YAML's parser holds the text as a String already
      }
      return strings.of(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    } catch (StreamConstraintsException e) {
      // The parser reads a string only when asked for it, and stops where it passes the limit:
      // the problem is the string's, at its start.
      problems.report(pointer(), line, column, TreeReader.limit(e.getOriginalMessage()));
      throw new Stop();
    }
  }

  /**
   * What is wrong with a string or field name the parser gave, if anything: longer than the limit
   * (YAML's parser does not count block, folded, plain or quoted strings that span lines), or holding
   * a lone surrogate (written as an escape such as {@code \\ud800}), which no UTF-8 document can hold.
   */
  static Problems.@Nullable Said textProblem(String text, int longest, String what) {
    if (text.length() > longest) {
      return Problems.said("limit.text", Problems.kind(what), longest);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Problems.said("lone-surrogate", Problems.kind(what), String.format(Locale.ROOT, "%04X", (int) c));
      }
    }
    return null;
  }

  /**
   * What YAML has that the format does not, at the current token: an alias (which Jackson would
   * read as the anchor's name, and which can multiply a small document into a huge one), or a tag
   * other than YAML's own scalar and collection tags (such as one naming a Java type).
   */
  private static Problems.@Nullable Said unsupportedYaml(YAMLParser yaml) {
    if (yaml.isCurrentAlias()) {
      return Problems.said("yaml-alias", yaml.getString());
    }
    String tag = yaml.getTypeId();
    if (tag == null) {
      return null;
    }
    String shortTag = tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length())
        : tag.startsWith("!") ? tag : "!" + tag;
    return YAML_CORE_TAGS.contains(shortTag) ? null : Problems.said("yaml-tag", shortTag);
  }
}
