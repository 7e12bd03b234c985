package io.github.gcmkit.io.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Reads one small document — a rule profile, a baseline — from a Jackson parser (JSON or YAML) into
 * a {@link Tree}, through the same checked {@link Tokens} as model documents; and turns every
 * Jackson failure (malformed input, limits exceeded) into a located problem.
 */
final class TreeReader {

  private static final Pattern JACKSON_DETAILS =
      Pattern.compile("\\s*(\\(start marker at \\[Source.*|at \\[Source.*|\\(for .*\\))$");
  private static final Pattern QUOTED_CHARACTER = Pattern.compile("\\('(.{1,2})' \\(code (\\d+) / 0x\\p{XDigit}+\\)\\)");
  private static final Pattern NUMBERS = Pattern.compile("\\d+");

  private TreeReader() {}

  /**
   * Reads the document, or returns {@code null} after recording why it could not be read. Anything
   * after the first value is a problem.
   */
  static @Nullable Tree read(JsonParser parser, Problems problems, int maxValues) {
    return read(parser, problems, maxValues, null);
  }

  /**
   * Receives the items of one array member of the root object one at a time, as they are read,
   * so that the tree never holds them: a baseline's entries, which may be hundreds of thousands.
   */
  interface Items {
    /** The name of the root object's member whose array items are received. */
    String member();

    /** Item {@code index} of that array. */
    void item(int index, Tree item);
  }

  /**
   * Reads the document as {@link #read(JsonParser, Problems, int)} does, but hands the items of
   * the root object's array member {@code items.member()} to {@code items} instead of keeping them:
   * in the tree that array is empty, at its place.
   */
  static @Nullable Tree read(JsonParser parser, Problems problems, int maxValues, @Nullable Items items) {
    try {
      Tokens in = new Tokens(parser, problems, maxValues, null);
      if (in.next() == null) {
        problems.report("", 1, 1, "document-empty");
        return null;
      }
      Tree tree = value(in, items);
      in.expectEnd();
      return tree;
    } catch (Tokens.Stop e) {
      return null;
    } catch (RuntimeException e) {
      return unreadable(e, parser.currentLocation(), problems);
    }
  }

  private static Tree value(Tokens in) {
    return value(in, null);
  }

  /** Hands the array's items to {@code items} one by one; the array in the tree is empty. */
  private static Tree streamed(Tokens in, Items items) {
    Tree.Arr empty = new Tree.Arr(in.line(), in.column(), List.of());
    int index = 0;
    for (JsonToken item = in.next(); item != JsonToken.END_ARRAY && item != null; item = in.next()) {
      items.item(index++, value(in));
    }
    return empty;
  }

  /**
   * The value the tokens stand on; if it is an object and {@code items} is given, the items of its
   * array member {@code items.member()} go to {@code items} and that member is an empty array.
   */
  private static Tree value(Tokens in, @Nullable Items items) {
    int line = in.line();
    int column = in.column();
    JsonToken token = in.token();
    if (token == JsonToken.START_OBJECT) {
      List<Tree.Member> members = new ArrayList<>();
      for (JsonToken t = in.next(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
        String name = in.text();
        int nameLine = in.line();
        int nameColumn = in.column();
        in.next();
        Tree member = items != null && name.equals(items.member()) && in.token() == JsonToken.START_ARRAY
            ? streamed(in, items)
            : value(in);
        members.add(new Tree.Member(name, nameLine, nameColumn, member));
      }
      return new Tree.Obj(line, column, List.copyOf(members));
    }
    if (token == JsonToken.START_ARRAY) {
      List<Tree> elements = new ArrayList<>();
      for (JsonToken t = in.next(); t != JsonToken.END_ARRAY && t != null; t = in.next()) {
        elements.add(value(in));
      }
      return new Tree.Arr(line, column, List.copyOf(elements));
    }
    return new Tree.Scalar(line, column, Objects.requireNonNull(in.scalarKind()), in.text());
  }


  /**
   * Records why a document could not be parsed, {@code at} being where the parser stood, and
   * returns {@code null}; a failure to read the stream itself is rethrown as an {@link
   * UncheckedIOException}.
   */
  static @Nullable Tree unreadable(RuntimeException e, TokenStreamLocation at, Problems problems) {
    return unreadable(e, at, problems, Columns.CHARACTERS);
  }

  /** {@link #unreadable(RuntimeException, TokenStreamLocation, Problems)}, columns put in characters by {@code columns}. */
  static @Nullable Tree unreadable(RuntimeException e, TokenStreamLocation at, Problems problems, Columns columns) {
    Utf8Input.Failure input = inputFailure(e);
    if (input != null) {
      problems.report("", input.line, input.column, input.problem);
    } else if (e instanceof StreamConstraintsException limit) {
      problems.report("", Math.max(1, at.getLineNr()), Math.max(1, columns.column(at)), limit(limit.getOriginalMessage()));
    } else if (e instanceof JacksonException jackson) {
      TokenStreamLocation where = jackson.getLocation() == null ? at : jackson.getLocation();
      String message = Objects.requireNonNullElse(jackson.getOriginalMessage(), "");
      Optional<SyntaxWording.Wording> plain = SyntaxWording.of(message, firstLine(message));
      int line = plain.filter(p -> p.line() > 0).map(SyntaxWording.Wording::line).orElse(where.getLineNr());
      int column = plain.filter(p -> p.line() > 0).map(SyntaxWording.Wording::column).orElse(columns.column(where));
      if (plain.isPresent()) {
        problems.worded("", Math.max(1, line), Math.max(1, column), plain.get().key(),
            SyntaxWording.malformed(plain.get().text()));
      } else {
        problems.report("", Math.max(1, line), Math.max(1, column), "syntax.malformed", firstLine(message));
      }
    } else {
      // The YAML scanner's own failures, should any escape Jackson's wrapping.
      problems.report("", Math.max(1, at.getLineNr()), Math.max(1, columns.column(at)), "syntax.malformed",
          firstLine(e.getMessage()));
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

  /**
   * Whether {@code parser} reads YAML. JSON parsers read no type ids (YAML's tags), so that asking a
   * JSON parser never loads the YAML classes.
   */
  static boolean isYaml(JsonParser parser) {
    return parser.canReadTypeId() && parser instanceof YAMLParser;
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
  static Problems.Said limit(@Nullable String message) {
    String m = message == null ? "" : message;
    Matcher numbers = NUMBERS.matcher(m);
    String found = numbers.find() ? numbers.group() : "?";
    String max = numbers.find() ? numbers.group() : "?";
    if (m.startsWith("Document nesting depth")) {
      return Problems.said("limit.depth", max);
    }
    if (m.startsWith("String value length")) {
      return Problems.said("limit.text", Problems.kind("a string"), max);
    }
    if (m.startsWith("Name length")) {
      return Problems.said("limit.text", Problems.kind("a field name"), max);
    }
    if (m.startsWith("Document length")) {
      return Problems.said("limit.characters", max);
    }
    if (m.startsWith("Number value length")) {
      return Problems.said("limit.number", max);
    }
    return Problems.said("limit.other", found, max);
  }
}
