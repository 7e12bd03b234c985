package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.model.JsonPointer;
import org.jspecify.annotations.Nullable;

/**
 * A document is to be read again, knowing what a first reading learnt too late: the language its
 * envelope declares after plain strings that take it; or that values must be read from a buffer of
 * their tokens, what they declare late bound first, because a network names one of its own
 * organisations, declared after, otherwise than by its code, or a value declares a language other
 * than the one its plain strings, read before, were taken in. A document too large to keep cannot be
 * read again: it then has {@link #problem(int)}.
 */
final class ReadAgain extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String language;
  private final boolean buffered;
  private final String pointer;
  private final int line;
  private final int column;
  private final String key;
  private final String[] arguments;

  private ReadAgain(@Nullable String language, boolean buffered, Path pointer, int line, int column,
      String key, String... arguments) {
    super(null, null, false, false);
    this.language = language;
    this.buffered = buffered;
    this.pointer = pointer.toString();
    this.line = line;
    this.column = column;
    this.key = key;
    this.arguments = arguments;
  }

  /** The envelope declares {@code tag}, at {@code line}, {@code column}, after plain strings. */
  static ReadAgain lateLanguage(String tag, int line, int column) {
    return new ReadAgain(tag, false, Path.ROOT.member(Engine.LANGUAGE), line, column, "late-language", Engine.LANGUAGE);
  }

  /**
   * The value whose field {@code language} is at {@code pointer} declares, at {@code line}, {@code
   * column}, another language than its plain strings before it were read in.
   */
  static ReadAgain languageFirst(Path pointer, int line, int column) {
    return new ReadAgain(null, true, pointer, line, column, "late-language", Engine.LANGUAGE);
  }

  /**
   * The code {@code code}, at {@code pointer}, names an organisation its network declares after it,
   * not by that organisation's code.
   */
  static ReadAgain organisationsFirst(Path pointer, int line, int column, String code) {
    return new ReadAgain(null, true, pointer, line, column, "late-entities", code, LocalEntities.FIELD);
  }

  /** The language learnt, if it is one. */
  @Nullable String language() {
    return language;
  }

  /**
   * Whether values that declare late what their fields mean are to be read from a buffer of their
   * tokens (a network's organisations, a value's language, bound first).
   */
  boolean buffered() {
    return buffered;
  }

  /** The problem of a document that cannot be read again, on the line of its source. */
  FormatProblem problem(int lineOffset) {
    return FormatProblem.of(JsonPointer.parse(pointer), line + lineOffset, column, key, (Object[]) arguments);
  }
}
