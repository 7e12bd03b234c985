package io.github.gcmkit.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang en|fr} option of every command that prints words, declared once and mixed in
 * with picocli's {@code @Mixin}: a value other than {@code en} or {@code fr} is refused as the
 * command line is read.
 */
final class LanguageOption {

  @Spec(Spec.Target.MIXEE) CommandSpec spec = CommandSpec.create();

  /** {@code en} or {@code fr}. */
  String language = "en";

  @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en",
      description = "The language of what the command prints: 'en' (the default) or 'fr'.")
  void language(String value) {
    this.language = Choice.of(spec, "--lang", value, "en", "fr");
  }

  /** The language given with {@code --lang} on the command line, if one was (its default aside). */
  Optional<String> given() {
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    return parsed != null && parsed.hasMatchedOption("--lang") ? Optional.of(language) : Optional.empty();
  }
}
