package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandExceptionTest {

  @Test
  void aMessageOfTheBundleIsShownInTheLanguageOfTheCommandLine() {
    CommandException refused = CommandException.of("network.no-such-workplan", "2030", "wca", "2020-2021");

    assertThat(refused.getMessage())
        .isEqualTo("no workplan '2030' is recorded for the network 'wca'; its workplans: 2020-2021");
    assertThat(refused.message("en")).isEqualTo(refused.getMessage());
    assertThat(refused.message("fr"))
        .isEqualTo("aucun plan de travail « 2030 » n’est enregistré pour le réseau « wca » ; ses plans de travail : 2020-2021");
  }

  @Test
  void anOptionsValueIsRefusedInTheLanguageOfTheArguments() {
    Run french = Run.gcm("progress", "--bundled", "--as-of", "2021-13-01", "--lang", "fr");
    Run english = Run.gcm("progress", "--bundled", "--as-of=2021-13-01", "--lang=en");

    assertThat(french.exitCode()).isEqualTo(Gcm.UNREADABLE);
    assertThat(french.err()).startsWith("gcm progress: --as-of : « 2021-13-01 » n’est pas une date : écrivez AAAA-MM-JJ")
        .contains("(voir « gcm progress --help »)");
    assertThat(english.err()).startsWith("gcm progress: --as-of: '2021-13-01' is not a date: write YYYY-MM-DD")
        .contains("(see 'gcm progress --help')");
  }
}
