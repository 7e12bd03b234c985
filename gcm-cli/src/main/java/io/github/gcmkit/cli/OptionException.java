package io.github.gcmkit.cli;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * An option's value the command cannot use ({@code --as-of 2021-13-01}, {@code --lang de}): a
 * message of the command's bundle, shown by {@link Errors} as picocli's own parameter errors are,
 * in the language of the command line, with exit code 2.
 */
final class OptionException extends CommandLine.ParameterException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient ImmutableList<Object> args;

  private OptionException(CommandLine command, String key, Object... args) {
    super(command, Messages.text("en", key, args));
    this.key = key;
    this.args = ImmutableList.copyOf(Arrays.asList(args));
  }

  /** The bundle's message {@code key} about an option of {@code command}, its placeholders filled with {@code args}. */
  static OptionException of(CommandLine command, String key, Object... args) {
    return new OptionException(command, key, args);
  }

  /** The line in {@code language} ({@code en} or {@code fr}). */
  String message(String language) {
    return Messages.text(language, key, args.toArray());
  }
}
