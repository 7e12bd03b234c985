package io.github.gcmkit.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one document from a Jackson parser (JSON or YAML) into a {@link Tree}, turning every
 * Jackson failure (malformed input, limits exceeded) into a located problem.
 */
final class TreeReader {

  private static final Pattern JACKSON_DETAILS =
      Pattern.compile("\\s*(\\(start marker at \\[Source.*|at \\[Source.*|\\(for .*\\))$");
  private static final Pattern NUMBERS = Pattern.compile("\\d+");

  private final JsonParser parser;
  private final Problems problems;

  private TreeReader(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * Reads the document, or returns {@code null} after recording why it could not be read. Anything
   * after the first value is a problem.
   */
  static @Nullable Tree read(JsonParser parser, Problems problems) {
    return read(parser, problems, false);
  }

  /**
   * Reads the value at the parser's current token (for a Jackson deserializer inside a larger
   * document), or returns {@code null} after recording why it could not be read.
   */
  static @Nullable Tree readCurrent(JsonParser parser, Problems problems) {
    return read(parser, problems, true);
  }

  private static @Nullable Tree read(JsonParser parser, Problems problems, boolean current) {
    TreeReader reader = new TreeReader(parser, problems);
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
    } catch (StreamConstraintsException e) {
      TokenStreamLocation at = parser.currentLocation();
      problems.add("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), limit(e.getOriginalMessage()));
      return null;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
      problems.add("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
          "malformed document: " + firstLine(e.getOriginalMessage()));
      return null;
    } catch (RuntimeException e) {
      // The YAML scanner's own failures, should any escape Jackson's wrapping.
      TokenStreamLocation at = parser.currentLocation();
      problems.add("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
          "malformed document: " + firstLine(e.getMessage()));
      return null;
    }
  }

  private @Nullable Tree value(JsonToken token, Path pointer) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    switch (token) {
      case START_OBJECT: {
        LinkedHashMap<String, Tree.Member> members = new LinkedHashMap<>();
        boolean ok = true;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          TokenStreamLocation nameAt = parser.currentTokenLocation();
          Path child = pointer.member(name);
          Tree v = value(parser.nextToken(), child);
          if (v == null) {
            return null;
          }
          if (members.containsKey(name)) {
            problems.add(child, nameAt.getLineNr(), nameAt.getColumnNr(),
                "the field '" + name + "' appears twice");
            ok = false;
          } else {
            members.put(name, new Tree.Member(nameAt.getLineNr(), nameAt.getColumnNr(), v));
          }
        }
        return ok ? new Tree.Obj(line, column, members) : null;
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
        return new Tree.Arr(line, column, items);
      }
      case VALUE_STRING:
        return new Tree.Scalar(line, column, Tree.ScalarKind.STRING, parser.getString());
      case VALUE_NUMBER_INT:
        return new Tree.Scalar(line, column, Tree.ScalarKind.INTEGER, parser.getText());
      case VALUE_NUMBER_FLOAT:
        return new Tree.Scalar(line, column, Tree.ScalarKind.DECIMAL, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Tree.Scalar(line, column, Tree.ScalarKind.BOOLEAN, parser.getText());
      case VALUE_NULL:
        return new Tree.Scalar(line, column, Tree.ScalarKind.NULL, "null");
      default:
        problems.add(pointer, line, column, "unsupported content (" + token + ")");
        return null;
    }
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
    return parts.isEmpty() ? "unreadable input" : String.join("; ", parts);
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
