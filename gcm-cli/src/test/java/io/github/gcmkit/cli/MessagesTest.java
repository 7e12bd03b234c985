package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.MessageBundle;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command's own lines exist in English and French, in the language of the command line or else of the locale. */
class MessagesTest {

  @Test
  void everyMessageExistsInBothLanguages() {
    MessageBundle words = MessageBundle.load(Messages.class::getResourceAsStream, "/io/github/gcmkit/cli/messages");
    assertThat(words.frenchKeys()).isEqualTo(words.englishKeys());
    assertThat(Messages.text("fr", "out-of-memory.reading", "big.json"))
        .isEqualTo("mémoire épuisée en lisant big.json : augmentez le tas avec JAVA_TOOL_OPTIONS=-Xmx… ou divisez l'entrée");
    assertThat(Messages.text("en", "out-of-memory.reading", "big.json"))
        .isEqualTo("out of memory reading big.json: raise the heap with JAVA_TOOL_OPTIONS=-Xmx… or split the input");
  }

  @Test
  void theLanguageIsTheCommandsLangElseTheLocales() {
    CommandLine french = Gcm.commandLine(false);
    french.parseArgs("check", "--lang", "fr", "--bundled");
    CommandLine english = Gcm.commandLine(false);
    english.parseArgs("check", "--lang", "en", "--bundled");
    CommandLine none = Gcm.commandLine(false);
    none.parseArgs("schema");
    assertThat(Messages.language(french.getParseResult(), Map.of("LANG", "en_US.UTF-8"))).isEqualTo("fr");
    assertThat(Messages.language(english.getParseResult(), Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo("en");
    assertThat(Messages.language(none.getParseResult(), Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo("fr");
    assertThat(Messages.language(none.getParseResult(), Map.of("LC_ALL", "C.UTF-8", "LANG", "fr_FR.UTF-8"))).isEqualTo("en");
    assertThat(Messages.language(none.getParseResult(), Map.of("LC_MESSAGES", "fr_CA", "LANG", "en_CA"))).isEqualTo("fr");
    assertThat(Messages.language(null, Map.of())).isEqualTo("en");
  }
}
