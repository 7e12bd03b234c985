package io.github.gcmkit.cli;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * A command cannot do what it was asked, for a reason the user can fix: a network that is not in
 * the input, a document of the wrong kind. Shown as one line on standard error, with exit code 2.
 *
 * <p>The line is a message of the command's bundle, made with {@link #of}, and is shown in the
 * language of the command line ({@link Messages#language}).
 */
final class CommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient ImmutableList<Object> args;

  private CommandException(String key, Object... args) {
    super(Messages.text("en", key, args));
    this.key = key;
    this.args = ImmutableList.copyOf(Arrays.asList(args));
  }

  /** The bundle's message {@code key}, its placeholders filled with {@code args}. */
  static CommandException of(String key, Object... args) {
    return new CommandException(key, args);
  }

  /** The line in {@code language} ({@code en} or {@code fr}). */
  String message(String language) {
    return Messages.text(language, key, args.toArray());
  }
}
