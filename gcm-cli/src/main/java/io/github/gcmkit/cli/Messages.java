package io.github.gcmkit.cli;

import io.github.gcmkit.model.MessageBundle;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ParseResult;

/**
 * The command's own words, in English and French from the resource bundle {@code messages}: its
 * lines on standard error (an exhausted heap, an output that cannot be written, a file that cannot
 * be rewritten) and the frame of its output (coverage, diff, rules, profile show; see {@link Words}).
 *
 * <p>Their language is the {@code --lang} given to the command, where it has one; otherwise the
 * language of the environment's locale, as other command-line tools choose theirs ({@code LC_ALL},
 * then {@code LC_MESSAGES}, then {@code LANG}): French when it names French, English otherwise.
 */
final class Messages {

  private static final MessageBundle WORDS =
      MessageBundle.load(Messages.class::getResourceAsStream, "/io/github/gcmkit/cli/messages");

  private static final String LANG_OPTION = "--lang";

  private Messages() {}

  /** The message {@code key} in {@code language} ({@code en} or {@code fr}), its placeholders filled. */
  static String text(String language, String key, Object... args) {
    return WORDS.text(key, args).text(language);
  }

  /** Whether the bundle has the message {@code key}. */
  static boolean has(String key) {
    return WORDS.has(key);
  }

  /** The language of the command line {@code parsed} (null when it could not be parsed) and of the environment. */
  static String language(@Nullable ParseResult parsed) {
    return language(parsed, System.getenv());
  }

  static String language(@Nullable ParseResult parsed, Map<String, String> environment) {
    for (ParseResult command = parsed; command != null; command = command.subcommand()) {
      if (command.hasMatchedOption(LANG_OPTION)) {
        return "fr".equals(command.matchedOptionValue(LANG_OPTION, "en")) ? "fr" : "en";
      }
    }
    for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String locale = environment.getOrDefault(variable, "");
      if (!locale.isEmpty()) {
        return locale.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
      }
    }
    return "en";
  }
}
