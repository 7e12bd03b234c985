package io.github.gcmkit.io.internal;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.MessageBundle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The common JSON and YAML syntax errors in plain words, in English and French: an unexpected
 * character, an unclosed string, object or list, bad indentation, a colon inside a value without
 * quotes, a tab. A reader hands it the parser's own message and its shortening of it, kept as the
 * detail; where a YAML parser marked a line and column of its own, that place is given too.
 */
public final class SyntaxWording {

  private static final MessageBundle WORDS = Problems.words();

  private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('.+?' \\(code (\\d+)");
  private static final Pattern WORD = Pattern.compile("^Unrecognized token '(.*?)'");
  /** Where snakeyaml marks the problem: "in reader, line L, column C:" in its message. */
  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+):");

  /**
   * A syntax error worded plainly.
   *
   * @param key the problem's key in the bundle of reading problems ({@code syntax.unclosed-string})
   * @param plain the problem in plain words, in English and French
   * @param detail the parser's own words, shortened to the lines that say what it met
   * @param line the line the parser marked, when its message marks one (YAML), else 0
   * @param column the column the parser marked, else 0
   */
  public record Wording(String key, LocalizedText plain, String detail, int line, int column) {

    /** The plain words and the parser's, in English and French. */
    public LocalizedText text() {
      return WORDS.text("syntax.worded", plain, WORDS.text("syntax.detail", detail));
    }

    /** The plain words and the parser's, in {@code language}. */
    public String text(String language) {
      return text().text(language);
    }
  }

  /** "malformed document: …" in English and French, {@code what} in the document's words or the parser's. */
  public static LocalizedText malformed(Object what) {
    return WORDS.text("syntax.malformed", what);
  }

  private SyntaxWording() {}

  /**
   * The plain wording of the parser message {@code message}, if it is one of the common errors,
   * with {@code detail} — the reader's own shortening of that message, without excerpts — kept
   * beside it.
   */
  public static Optional<Wording> of(String message, String detail) {
    String key = key(message);
    if (key == null) {
      return Optional.empty();
    }
    Matcher character = CHARACTER.matcher(message);
    Matcher word = WORD.matcher(message);
    String argument = character.find() ? visible(Integer.parseInt(character.group(1)))
        : word.find() ? word.group(1) : "";
    // YAML marks where the construct began and where it failed: an unclosed one is best shown
    // where it opens, anything else where the parser failed.
    boolean opening = key.startsWith("unclosed");
    int line = 0;
    int column = 0;
    for (Matcher mark = MARK.matcher(message); mark.find(); ) {
      if (!opening || line == 0) {
        line = Integer.parseInt(mark.group(1));
        column = Integer.parseInt(mark.group(2));
      }
    }
    return Optional.of(new Wording("syntax." + key, WORDS.text("syntax." + key, argument), detail, line, column));
  }

  private static @Nullable String key(String m) {
    if (m.startsWith("Unexpected character")) {
      return m.contains("was expecting double-quote to start property name") ? "name-expected"
          : m.contains("was expecting a colon") ? "colon-expected" : "unexpected-character";
    }
    if (m.startsWith("Unrecognized token")) {
      return "unexpected-word";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return m.contains("close marker for Object") ? "unclosed-object"
          : m.contains("close marker for Array") ? "unclosed-array"
          : m.contains("closing quote") ? "unclosed-string" : null;
    }
    if (m.contains("mapping values are not allowed here")) {
      return "colon-in-plain-value";
    }
    if (m.contains("(TAB)")) {
      return "tab";
    }
    if (m.contains("while scanning a quoted scalar")) {
      return "unclosed-string";
    }
    if (m.contains("while parsing a flow sequence")) {
      return "unclosed-flow-sequence";
    }
    if (m.contains("while parsing a flow mapping")) {
      return "unclosed-flow-mapping";
    }
    if (m.contains("expected <block end>") || m.contains("bad indentation")) {
      return "bad-indentation";
    }
    return null;
  }

  /** The character itself where it can be seen, else its code point ({@code U+FEFF}). */
  private static String visible(int code) {
    return Character.isLetterOrDigit(code) || (code > 0x20 && code < 0x7f)
        ? new String(Character.toChars(code))
        : String.format("U+%04X", code);
  }

}
