package io.github.gcmkit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's parse errors in the command's own words, in English or French from the bundle {@code
 * messages}: an unknown option or command (with picocli's own suggestions, "did you mean …"), an
 * unexpected argument, a missing parameter, option or value, a value of the wrong kind, an option
 * given twice. picocli's English text is kept only as the detail of a failure it has no other
 * words for.
 */
final class ParseErrors {

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class);

  private ParseErrors() {}

  /** The line that says what is wrong with the command line {@code args}, in {@code language}. */
  static String message(CommandLine.ParameterException e, String[] args, String language) {
    if (e instanceof OptionException option) {
      return option.message(language);
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return unmatched(unmatched, language);
    }
    if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return missing(missing.getMissing().get(0), args, language);
    }
    if (e instanceof CommandLine.OverwrittenOptionException twice) {
      return Messages.text(language, "parse.given-twice", name(twice.getOverwritten()));
    }
    ArgSpec spec = e.getArgSpec();
    String value = e.getValue();
    if (spec != null && e.getCause() instanceof ByteSize.NotASize size) {
      return Messages.text(language, "parse.invalid-because", name(spec), size.message(language));
    }
    if (spec != null && value != null) {
      return invalid(spec, value, language);
    }
    return Messages.text(language, "parse.not-understood", String.valueOf(e.getMessage()));
  }

  /** An unknown option, an unknown command, or an argument no parameter takes. */
  private static String unmatched(CommandLine.UnmatchedArgumentException e, String language) {
    List<String> given = e.getUnmatched();
    String first = given.isEmpty() ? "" : given.get(0);
    CommandLine command = e.getCommandLine();
    boolean option = e.isUnknownOption();
    boolean subcommand = !option && !command.getSubcommands().isEmpty();
    String key = option ? "parse.unknown-option" : subcommand ? "parse.unknown-command" : "parse.unexpected";
    // picocli's own suggestions: the options, or the subcommands, closest to what was typed.
    List<String> suggestions = option || subcommand ? e.getSuggestions() : List.of();
    if (suggestions.isEmpty()) {
      return Messages.text(language, key, first);
    }
    List<String> quoted = new ArrayList<>();
    for (String suggestion : suggestions) {
      String name = subcommand ? command.getCommandSpec().qualifiedName() + " " + suggestion : suggestion;
      quoted.add(Messages.text(language, "parse.quoted", name));
    }
    return Messages.text(language, key + ".suggest", first, either(quoted, language));
  }

  /** A parameter or option the command needs, or an option given without its value. */
  private static String missing(ArgSpec spec, String[] args, String language) {
    if (spec instanceof OptionSpec option) {
      boolean given = Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
      return given
          ? Messages.text(language, "parse.missing-value", option.longestName(), option.paramLabel())
          : Messages.text(language, "parse.missing-option", option.longestName());
    }
    return Messages.text(language, "parse.missing-parameter", spec.paramLabel());
  }

  /** A value picocli could not convert to what {@code spec} takes. */
  private static String invalid(ArgSpec spec, String value, String language) {
    String name = name(spec);
    List<String> candidates = new ArrayList<>();
    Iterable<String> completions = spec.completionCandidates();
    if (completions != null) {
      completions.forEach(candidates::add);
    }
    if (!candidates.isEmpty()) {
      return Messages.text(language, "option.invalid-value", value, name, String.join(", ", candidates));
    }
    return WHOLE_NUMBERS.contains(spec.type()) && spec.converters().length == 0
        ? Messages.text(language, "parse.invalid-number", value, name)
        : Messages.text(language, "parse.invalid-value", value, name);
  }

  /** An option's longest name, or a positional parameter's label. */
  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  /** {@code 'a'}, {@code 'a' or 'b'}, {@code 'a', 'b' or 'c'}. */
  private static String either(List<String> names, String language) {
    if (names.size() == 1) {
      return names.get(0);
    }
    String allButLast = String.join(", ", names.subList(0, names.size() - 1));
    return Messages.text(language, "parse.either", allButLast, names.get(names.size() - 1));
  }
}
