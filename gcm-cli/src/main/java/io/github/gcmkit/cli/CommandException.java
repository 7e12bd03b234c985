package io.github.gcmkit.cli;

/**
 * A command cannot do what it was asked, for a reason the user can fix: a network that is not in
 * the input, a document of the wrong kind. Shown as one line on standard error, with exit code 2.
 */
final class CommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CommandException(String message) {
    super(message);
  }
}
