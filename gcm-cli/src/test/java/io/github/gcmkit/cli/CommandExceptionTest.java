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
  void aLineWrittenAsTextIsShownAsWritten() {
    assertThat(new CommandException("x is a charter document, not a network").message("fr"))
        .isEqualTo("x is a charter document, not a network");
  }
}
