package io.github.gcmkit.cli;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * A command cannot do what it was asked, for a reason the user can fix: a network that is not in
 * the input, a document of the wrong kind. Shown as one line on standard error, with exit code 2.
 *
 * <p>Made with {@link #of}, the line is a message of the command's bundle and is shown in the
 * language of the command line ({@link Messages#language}); made from text, it is shown as written.
 */
final class CommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Optional<String> key;
  private final transient ImmutableList<Object> args;

  CommandException(String message) {
    super(message);
    this.key = Optional.empty();
    this.args = ImmutableList.of();
  }

  private CommandException(String key, Object... args) {
    super(Messages.text("en", key, args));
    this.key = Optional.of(key);
    this.args = ImmutableList.copyOf(Arrays.asList(args));
  }

  /** The bundle's message {@code key}, its placeholders filled with {@code args}. */
  static CommandException of(String key, Object... args) {
    return new CommandException(key, args);
  }

  /** The line in {@code language} ({@code en} or {@code fr}). */
  String message(String language) {
    return key.map(k -> Messages.text(language, k, args.toArray())).orElseGet(this::getMessage);
  }
}
