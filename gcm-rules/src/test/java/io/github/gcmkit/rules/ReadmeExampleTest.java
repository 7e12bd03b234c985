package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import org.junit.jupiter.api.Test;

/** The README's "Validating a network" section, on the network its quick start builds. */
class ReadmeExampleTest {

  @Test
  void validatingTheReadmesNetwork() {
    Charter mandate = Charter.builder()
        .title(LocalizedText.fr("Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal"))
        .governance(Governance.builder()
            .addCoChair(ChairSeat.of(StakeholderRef.entity("OHCHR")))
            .addCoChair(ChairSeat.builder()
                .holder(StakeholderRef.entity("IOM"))
                .post(LocalizedText.fr("Chef de Mission"))
                .tenure(Tenure.rotating(12))
                .build())
            .meetings(MeetingPolicy.builder()
                .frequency(Frequency.parse("tous les trois mois"))
                .asNeeded(true)
                .build())
            .secretariat(Secretariat.of(StakeholderRef.entity("IOM")))
            .build())
        .build();
    Network senegal = Network.builder()
        .id("sn")
        .level(NetworkLevel.NATIONAL)
        .name(LocalizedText.fr("Réseau des Nations Unies sur les migrations pour le Sénégal"))
        .country("SN")
        .reportsTo("wca")
        .charter(mandate)
        .build();

    // As in the README:
    Report report = Validator.of(Profile.baseline()).validate(senegal);
    String english = report.toString();
    String french = report.toText("fr");

    assertThat(english).startsWith("Errors: 2, warnings: 5, information: 0. Rules: 8 passed, 7 failed, 21 not evaluated.");
    assertThat(english).contains(
        "ERROR charter.cochairs.rotation-term [sn] #/charter/governance/coChairs/1/tenure/nextHolderNamedAt\n"
            + "  The rotating seat of IOM does not state where the next holder is named.\n"
            + "  Hint: State the term of the seat (for example one year) and the body that names the next"
            + " holder (for example the annual review).");
    assertThat(french).contains("Le siège tournant de OIM ne précise pas où le prochain titulaire est nommé.");
    assertThat(report.passed(Severity.WARNING)).isFalse();
  }
}
