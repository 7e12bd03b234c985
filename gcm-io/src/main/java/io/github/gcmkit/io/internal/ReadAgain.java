package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.model.JsonPointer;
import org.jspecify.annotations.Nullable;

/**
 * A document is to be read again, knowing what a first reading learnt too late: the language its
 * envelope declares after plain strings that take it, or that a network names one of its own
 * organisations, declared after, otherwise than by its code (its networks' organisations are then
 * bound first). A document too large to keep cannot be read again: it then has {@link #problem(int)}.
 */
final class ReadAgain extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String language;
  private final boolean networksFirst;
  private final String pointer;
  private final int line;
  private final int column;
  private final String key;
  private final String[] arguments;

  private ReadAgain(@Nullable String language, boolean networksFirst, Path pointer, int line, int column,
      String key, String... arguments) {
    super(null, null, false, false);
    this.language = language;
    this.networksFirst = networksFirst;
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
   * The code {@code code}, at {@code pointer}, names an organisation its network declares after it,
   * not by that organisation's code.
   */
  static ReadAgain networksFirst(Path pointer, int line, int column, String code) {
    return new ReadAgain(null, true, pointer, line, column, "late-entities", code, LocalEntities.FIELD);
  }

  /** The language learnt, if it is one. */
  @Nullable String language() {
    return language;
  }

  /** Whether networks are to be read with their organisations bound first. */
  boolean networksFirst() {
    return networksFirst;
  }

  /** The problem of a document that cannot be read again, on the line of its source. */
  FormatProblem problem(int lineOffset) {
    return FormatProblem.of(JsonPointer.parse(pointer), line + lineOffset, column, key, (Object[]) arguments);
  }
}
