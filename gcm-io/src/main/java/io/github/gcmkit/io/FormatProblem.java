package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.MessageBundle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One problem found while reading a document: where it is and what is wrong, in plain words, in
 * English and French.
 *
 * <p>The {@code pointer} is the place in the document ({@code ""} for the whole
 * document, {@code /workplans/0/period/to} for one field); line and column are 1-based and point at
 * the offending value, or at the enclosing object when a field is missing.
 *
 * <p>A problem the reader words itself has a {@code key}, stable for tools ({@code unknown-field},
 * {@code syntax.unclosed-string}): the message of gcm-io's bundle of reading problems ({@code
 * io/github/gcmkit/io/problems.properties} and its French twin) that gives its {@code text}. A
 * problem made from free text ({@link #FormatProblem(JsonPointer, int, int, String)}) has none and
 * reads the same in every language.
 *
 * <p>A message is one line in each language: whatever it quotes from the document (a field name, a
 * value) is shown with its line breaks, controls and escape sequences escaped by {@link
 * TerminalEscaper}, so that it can neither forge another problem's line nor act on a terminal.
 *
 * <pre>{@code
 * FormatProblem p = FormatProblem.of(pointer, 12, 7, "unknown-field", "cochairs", "coChairs");
 * p.message("fr"); // champ inconnu 'cochairs' : vouliez-vous dire 'coChairs' ?
 * }</pre>
 *
 * @param pointer the JSON Pointer of the offending value
 * @param line the 1-based line
 * @param column the 1-based column
 * @param key the message's key in the bundle of reading problems, if the reader worded it
 * @param text what is wrong, without the pointer, on one line in each language
 */
public record FormatProblem(JsonPointer pointer, int line, int column, Optional<String> key, LocalizedText text) {

  private static final MessageBundle PROBLEMS =
      MessageBundle.load(name -> FormatProblem.class.getResourceAsStream(name), "/io/github/gcmkit/io/problems");

  /** Checks the parts and escapes the text in each of its languages. */
  public FormatProblem {
    text = escaped(text);
  }

  /**
   * A problem told in free text, the same in every language.
   *
   * @throws IllegalArgumentException if the message is blank
   */
  public FormatProblem(JsonPointer pointer, int line, int column, String message) {
    this(pointer, line, column, Optional.empty(), LocalizedText.en(nonBlank(message)));
  }

  /**
   * The problem {@code key} of the bundle of reading problems, its placeholders {@code {0}},
   * {@code {1}}… filled with {@code args} (an argument that is a {@link LocalizedText} is given in
   * each message's language).
   *
   * @throws IllegalStateException if the bundle has no such key
   */
  public static FormatProblem of(JsonPointer pointer, int line, int column, String key, Object... args) {
    return new FormatProblem(pointer, line, column, Optional.of(key), PROBLEMS.text(key, args));
  }

  /** Whether the bundle of reading problems has the message {@code key}. */
  public static boolean known(String key) {
    return PROBLEMS.has(key);
  }

  /** What is wrong, in English, on one line. */
  public String message() {
    return text.text(LocalizedText.ENGLISH);
  }

  /** What is wrong, in {@code language} ({@code en} or {@code fr}; others give English), on one line. */
  public String message(String language) {
    return text.get(language).orElseGet(this::message);
  }

  /**
   * The problem as one line: {@code /workplans/0/period/to: 2019-12 is before from 2020-11}. A
   * problem with the whole document (pointer {@code ""}) shows as {@code /: the document is empty}.
   * The pointer is shown escaped as the message is.
   */
  @Override
  public String toString() {
    return toString(LocalizedText.ENGLISH);
  }

  /** The problem as one line, its message in {@code language}. */
  public String toString(String language) {
    return (pointer.isRoot() ? "/" : TerminalEscaper.text(pointer.toString())) + ": " + message(language);
  }

  private static String nonBlank(String message) {
    checkArgument(!message.isBlank(), "message: blank");
    return message;
  }

  private static LocalizedText escaped(LocalizedText text) {
    Map<String, String> texts = new LinkedHashMap<>();
    text.texts().forEach((language, t) -> texts.put(language, TerminalEscaper.text(t)));
    return LocalizedText.builder().original(text.original()).texts(texts).build();
  }
}
