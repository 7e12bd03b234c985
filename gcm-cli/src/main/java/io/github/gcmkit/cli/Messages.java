package io.github.gcmkit.cli;

import io.github.gcmkit.model.LocalizedText;
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
      MessageBundle.load(name -> Messages.class.getResourceAsStream(name), "/io/github/gcmkit/cli/messages");

  private static final String LANG_OPTION = "--lang";

  private Messages() {}

  /** The message {@code key} in {@code language} ({@code en} or {@code fr}), its placeholders filled. */
  static String text(String language, String key, Object... args) {
    return WORDS.message(key, args).text(language);
  }

  /** The message {@code key} in English and French, its placeholders filled. */
  static LocalizedText localized(String key, Object... args) {
    return WORDS.text(key, args);
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
    return language(environment);
  }

  /**
   * The language of the arguments {@code args} of a command line that could not be parsed (their
   * last {@code --lang fr}, {@code --lang=fr}), else of the environment.
   */
  static String languageOf(String[] args, Map<String, String> environment) {
    @Nullable String given = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(LANG_OPTION) && i + 1 < args.length) {
        given = args[i + 1];
      } else if (args[i].startsWith(LANG_OPTION + "=")) {
        given = args[i].substring(LANG_OPTION.length() + 1);
      }
    }
    return given != null ? ("fr".equals(given) ? "fr" : "en") : language(environment);
  }

  private static String language(Map<String, String> environment) {
    for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String locale = environment.getOrDefault(variable, "");
      if (!locale.isEmpty()) {
        return locale.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
      }
    }
    return "en";
  }
}
