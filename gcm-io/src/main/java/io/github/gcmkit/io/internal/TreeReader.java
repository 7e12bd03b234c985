package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.LocalizedText;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one document from a Jackson parser (JSON or YAML) into a {@link Tree}, turning every
 * Jackson failure (malformed input, limits exceeded) into a located problem.
 */
final class TreeReader {

  private static final Pattern JACKSON_DETAILS =
      Pattern.compile("\\s*(\\(start marker at \\[Source.*|at \\[Source.*|\\(for .*\\))$");
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> YAML_CORE_TAGS =
      Set.of("!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!");
  private static final Pattern QUOTED_CHARACTER = Pattern.compile("\\('(.{1,2})' \\(code (\\d+) / 0x\\p{XDigit}+\\)\\)");
  /** Objects up to this many fields find duplicates by looking through them; larger ones by hash. */
  private static final int SMALL_OBJECT = 16;
  private static final Pattern NUMBERS = Pattern.compile("\\d+");

  /** Strings up to this length are shared within a document ("IOM", "continuous", "0"). */
  private static final int SHORT_STRING = 16;
  private static final int MAX_SHARED_STRINGS = 4_096;

  private final JsonParser parser;
  private final Problems problems;
  private final int maxValues;
  private final Map<String, String> shortStrings = new HashMap<>();
  private int values;

  private TreeReader(JsonParser parser, Problems problems, int maxValues) {
    this.parser = parser;
    this.problems = problems;
    this.maxValues = maxValues;
  }

  /**
   * Reads the document, or returns {@code null} after recording why it could not be read. Anything
   * after the first value is a problem.
   */
  static @Nullable Tree read(JsonParser parser, Problems problems, int maxValues) {
    return read(parser, problems, maxValues, false);
  }

  /**
   * Reads the value at the parser's current token (for a Jackson deserializer inside a larger
   * document), or returns {@code null} after recording why it could not be read.
   */
  static @Nullable Tree readCurrent(JsonParser parser, Problems problems, int maxValues) {
    return read(parser, problems, maxValues, true);
  }

  private static @Nullable Tree read(JsonParser parser, Problems problems, int maxValues, boolean current) {
    TreeReader reader = new TreeReader(parser, problems, maxValues);
    try {
      JsonToken first = current ? parser.currentToken() : parser.nextToken();
      if (first == null) {
        problems.add("", 1, 1, "the document is empty");
        return null;
      }
      Tree tree = reader.value(first, Path.ROOT);
      if (tree == null || current) {
        return tree;
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add("", at.getLineNr(), at.getColumnNr(), "unexpected content after the document");
        return null;
      }
      return tree;
    } catch (RuntimeException e) {
      return unreadable(e, parser.currentLocation(), problems);
    }
  }

  /**
   * Records why a document could not be parsed, {@code at} being where the parser stood, and
   * returns {@code null}; a failure to read the stream itself is rethrown as an {@link
   * UncheckedIOException}.
   */
  static @Nullable Tree unreadable(RuntimeException e, TokenStreamLocation at, Problems problems) {
    Utf8Input.Failure input = inputFailure(e);
    if (input != null) {
      problems.add("", input.line, input.column, input.problem);
    } else if (e instanceof StreamConstraintsException limit) {
      problems.add("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), limit(limit.getOriginalMessage()));
    } else if (e instanceof JacksonException jackson) {
      TokenStreamLocation where = jackson.getLocation() == null ? at : jackson.getLocation();
      String message = java.util.Objects.requireNonNullElse(jackson.getOriginalMessage(), "");
      Optional<SyntaxWording.Wording> plain = SyntaxWording.of(message, firstLine(message));
      int line = plain.filter(p -> p.line() > 0).map(SyntaxWording.Wording::line).orElse(where.getLineNr());
      int column = plain.filter(p -> p.line() > 0).map(SyntaxWording.Wording::column).orElse(where.getColumnNr());
      problems.add("", Math.max(1, line), Math.max(1, column), "malformed document: "
          + plain.map(p -> p.text(LocalizedText.ENGLISH)).orElseGet(() -> firstLine(message)));
    } else {
      // The YAML scanner's own failures, should any escape Jackson's wrapping.
      problems.add("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
          "malformed document: " + firstLine(e.getMessage()));
    }
    return null;
  }

  /**
   * The failure of the document's bytes behind {@code e}, if that is what stopped the parser; a
   * failure to read the stream itself is rethrown as an {@link UncheckedIOException}.
   */
  private static Utf8Input.@Nullable Failure inputFailure(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof Utf8Input.Failure failure) {
        return failure;
      }
      if (cause instanceof IOException io && !(cause instanceof CharConversionException)) {
        throw new UncheckedIOException(io);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private @Nullable Tree value(JsonToken token, Path pointer) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (++values > maxValues) {
      problems.add(pointer, line, column, "the document holds more than the limit of " + maxValues + " values");
      return null;
    }
    if (isYaml(parser)) {
      YAMLParser yaml = (YAMLParser) parser;
      String unsupported = unsupportedYaml(yaml);
      if (unsupported != null) {
        problems.add(pointer, line, column, unsupported);
        return null;
      }
    }
    switch (token) {
      case START_OBJECT: {
        List<Tree.Member> members = new ArrayList<>();
        Set<String> names = null;
        boolean ok = true;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          TokenStreamLocation nameAt = parser.currentTokenLocation();
          Path child = pointer.member(name);
          String wrongName = textProblem(name, parser.streamReadConstraints().getMaxNameLength(), "a field name");
          if (wrongName == null && isYaml(parser)) {
            wrongName = unsupportedYaml((YAMLParser) parser);
          }
          if (wrongName != null) {
            problems.add(child, nameAt.getLineNr(), nameAt.getColumnNr(), wrongName);
            return null;
          }
          Tree v = value(parser.nextToken(), child);
          if (v == null) {
            return null;
          }
          if (names == null && members.size() >= SMALL_OBJECT) {
            names = new HashSet<>();
            for (Tree.Member m : members) {
              names.add(m.name());
            }
          }
          if (names != null ? !names.add(name) : contains(members, name)) {
            problems.add(child, nameAt.getLineNr(), nameAt.getColumnNr(),
                "the field '" + name + "' appears twice");
            ok = false;
          } else {
            members.add(new Tree.Member(name, nameAt.getLineNr(), nameAt.getColumnNr(), v));
          }
        }
        return ok ? new Tree.Obj(line, column, List.copyOf(members)) : null;
      }
      case START_ARRAY: {
        List<Tree> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          Tree v = value(t, pointer.item(items.size()));
          if (v == null) {
            return null;
          }
          items.add(v);
        }
        return new Tree.Arr(line, column, List.copyOf(items));
      }
      case VALUE_STRING: {
        String text = parser.getString();
        String wrong = textProblem(text, parser.streamReadConstraints().getMaxStringLength(), "a string");
        if (wrong != null) {
          problems.add(pointer, line, column, wrong);
          return null;
        }
        return new Tree.Scalar(line, column, Tree.ScalarKind.STRING, shared(text));
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        // The parser's text, never its numeric value: a number is checked before it is converted.
        String text = parser.getString();
        int longest = parser.streamReadConstraints().getMaxNumberLength();
        if (text.length() > longest) {
          problems.add(pointer, line, column, "a number is longer than the limit of " + longest + " digits");
          return null;
        }
        Tree.ScalarKind kind = token == JsonToken.VALUE_NUMBER_INT ? Tree.ScalarKind.INTEGER : Tree.ScalarKind.DECIMAL;
        return new Tree.Scalar(line, column, kind, shared(text));
      }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Tree.Scalar(line, column, Tree.ScalarKind.BOOLEAN, shared(parser.getText()));
      case VALUE_NULL:
        return new Tree.Scalar(line, column, Tree.ScalarKind.NULL, "null");
      default:
        problems.add(pointer, line, column, "unsupported content (" + token + ")");
        return null;
    }
  }

  /**
   * Whether {@code parser} reads YAML. JSON parsers read no type ids (YAML's tags), so that asking a
   * JSON parser never loads the YAML classes.
   */
  static boolean isYaml(JsonParser parser) {
    return parser.canReadTypeId() && parser instanceof YAMLParser;
  }

  /**
   * What is wrong with a string or field name the parser gave, if anything: longer than the limit
   * (YAML's parser does not count block, folded, plain or quoted strings that span lines), or holding
   * a lone surrogate (written as an escape such as {@code \\ud800}), which no UTF-8 document can hold.
   */
  private static @Nullable String textProblem(String text, int longest, String what) {
    if (text.length() > longest) {
      return what + " is longer than the limit of " + longest + " characters";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return what + " holds a lone surrogate (U+" + String.format(Locale.ROOT, "%04X", (int) c)
            + "), which is not a character: remove it, or write the character it is half of in full";
      }
    }
    return null;
  }

  /** {@code text}, or an equal string read before in this document, so that repeats cost nothing. */
  private String shared(String text) {
    if (text.length() > SHORT_STRING) {
      return text;
    }
    String known = shortStrings.get(text);
    if (known != null) {
      return known;
    }
    if (shortStrings.size() < MAX_SHARED_STRINGS) {
      shortStrings.put(text, text);
    }
    return text;
  }

  private static boolean contains(List<Tree.Member> members, String name) {
    for (Tree.Member m : members) {
      if (m.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What YAML has that the format does not, at the current token: an alias (which Jackson would
   * read as the anchor's name, and which can multiply a small document into a huge one), or a tag
   * other than YAML's own scalar and collection tags (such as one naming a Java type).
   */
  private static @Nullable String unsupportedYaml(YAMLParser yaml) {
    if (yaml.isCurrentAlias()) {
      return "YAML aliases (*" + yaml.getString() + ") are not supported: write the value out in full";
    }
    String tag = yaml.getTypeId();
    if (tag == null) {
      return null;
    }
    String shortTag = tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length())
        : tag.startsWith("!") ? tag : "!" + tag;
    return YAML_CORE_TAGS.contains(shortTag) ? null
        : "YAML tags (" + shortTag + ") are not supported: leave the tag out";
  }

  /** Jackson's or the YAML scanner's message, without source excerpts and location details. */
  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    List<String> parts = new ArrayList<>();
    for (String line : message.split("\n")) {
      String clean = JACKSON_DETAILS.matcher(line).replaceAll("").strip();
      if (clean.isEmpty() || Character.isWhitespace(line.charAt(0)) || clean.startsWith("^")
          || clean.startsWith("in reader") || clean.contains("[Source:")) {
        continue;
      }
      parts.add(clean);
    }
    return parts.isEmpty() ? "unreadable input" : invisibleCharacters(String.join("; ", parts));
  }

  /** Jackson's {@code ('x' (code 65279 / 0xfeff))} as {@code (U+FEFF)} where x cannot be seen. */
  private static String invisibleCharacters(String message) {
    return QUOTED_CHARACTER.matcher(message).replaceAll(m -> {
      int code = Integer.parseInt(m.group(2));
      return Character.isLetterOrDigit(code) || (code > 0x20 && code < 0x7f)
          ? Matcher.quoteReplacement(m.group())
          : String.format("(U+%04X)", code);
    });
  }

  /** A reading limit's message in plain words, without Jackson's names. */
  private static String limit(@Nullable String message) {
    String m = message == null ? "" : message;
    Matcher numbers = NUMBERS.matcher(m);
    String found = numbers.find() ? numbers.group() : "?";
    String max = numbers.find() ? numbers.group() : "?";
    if (m.startsWith("Document nesting depth")) {
      return "the document is nested deeper than the limit of " + max + " levels";
    }
    if (m.startsWith("String value length")) {
      return "a string is longer than the limit of " + max + " characters";
    }
    if (m.startsWith("Name length")) {
      return "a field name is longer than the limit of " + max + " characters";
    }
    if (m.startsWith("Document length")) {
      return "the document is longer than the limit of " + max + " characters";
    }
    if (m.startsWith("Number value length")) {
      return "a number is longer than the limit of " + max + " digits";
    }
    return "the document exceeds a reading limit (" + found + " over " + max + ")";
  }
}
