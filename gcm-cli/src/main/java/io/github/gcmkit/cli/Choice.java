package io.github.gcmkit.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks that an option's value is one of a few words, as the help lists them. */
final class Choice {

  private Choice() {}

  /**
   * {@code value}, if it is one of {@code allowed}.
   *
   * @throws CommandLine.ParameterException naming the option and the allowed values otherwise
   */
  static String of(CommandSpec spec, String option, String value, String... allowed) {
    if (List.of(allowed).contains(value)) {
      return value;
    }
    throw OptionException.of(spec.commandLine(), "option.invalid-value", value, option, String.join(", ", allowed));
  }
}
