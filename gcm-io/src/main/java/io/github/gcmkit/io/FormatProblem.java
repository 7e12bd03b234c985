package io.github.gcmkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.model.JsonPointer;

/**
 * One problem found while reading a document: where it is and what is wrong, in plain words.
 *
 * <p>The {@code pointer} is the place in the document ({@code ""} for the whole
 * document, {@code /workplans/0/period/to} for one field); line and column are 1-based and point at
 * the offending value, or at the enclosing object when a field is missing.
 *
 * <p>A message is one line: whatever it quotes from the document (a field name, a value) is shown
 * with its line breaks, controls and escape sequences escaped by {@link TerminalEscaper}, so that it
 * can neither forge another problem's line nor act on a terminal.
 *
 * @param pointer the JSON Pointer of the offending value
 * @param line the 1-based line
 * @param column the 1-based column
 * @param message what is wrong, without the pointer, on one line
 */
public record FormatProblem(JsonPointer pointer, int line, int column, String message) {

  /** Checks the parts. */
  public FormatProblem {
    checkArgument(!message.isBlank(), "message: blank");
    message = TerminalEscaper.text(message);
  }

  /**
   * The problem as one line: {@code /workplans/0/period/to: 2019-12 is before from 2020-11}. A
   * problem with the whole document (pointer {@code ""}) shows as {@code /: the document is empty}.
   * The pointer is shown escaped as the message is.
   */
  @Override
  public String toString() {
    return (pointer.isRoot() ? "/" : TerminalEscaper.text(pointer.toString())) + ": " + message;
  }
}
