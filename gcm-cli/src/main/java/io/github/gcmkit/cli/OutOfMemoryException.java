package io.github.gcmkit.cli;

/**
 * The heap ran out while reading an input: the command ends with exit code 3 and one plain line
 * that names the input and says how to give the command more room (in the words of {@link
 * Messages}; the exception's own message is the English line).
 */
final class OutOfMemoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The advice that ends every out-of-memory line. */
  static final String ADVICE = "raise the heap with JAVA_TOOL_OPTIONS=-Xmx… or split the input";

  private final String input;

  OutOfMemoryException(String input) {
    super("out of memory reading " + input + ": " + ADVICE, null, false, false);
    this.input = input;
  }

  /** The input being read when the heap ran out. */
  String input() {
    return input;
  }
}
