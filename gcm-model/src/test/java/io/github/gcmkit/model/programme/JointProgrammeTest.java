package io.github.gcmkit.model.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** A synthetic joint programme: no real programme is described here. */
class JointProgrammeTest {

  private final JointProgramme programme =
      JointProgramme.builder()
          .id("example-jp-1")
          .title(LocalizedText.en("Synthetic example: safe labour migration"))
          .addCountry("CM")
          .addParticipatingOrganisation(EntityRef.of(EntityId.of("IOM")))
          .addParticipatingOrganisation(EntityRef.of(EntityId.of("ILO")))
          .convening(EntityRef.of(EntityId.of("IOM")))
          .genderMarker(MarkerScore.SIGNIFICANT_CONTRIBUTION)
          .budget(Budget.of(2_000_000, "USD"))
          .status(ProgrammeStatus.ACTIVE)
          .fundingSource(FundingSource.MIGRATION_MPTF)
          .addImplementsUnit("thematic-5")
          .build();

  @Test
  void aProgrammeRecordedWithoutItsHumanRightsMarkerIsStillAProgramme() {
    assertThat(programme.humanRightsMarker()).isEmpty();
    assertThat(programme.genderMarker()).contains(MarkerScore.SIGNIFICANT_CONTRIBUTION);
  }

  @Test
  void markerScoresAreTheFourPointScale() {
    assertThat(MarkerScore.values()).extracting(MarkerScore::code).containsExactly(0, 1, 2, 3);
  }

  @Test
  void countriesAreIsoCodes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> programme.withCountries("Cameroon"))
        .withMessageContaining("countries: 'Cameroon' is not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void aBudgetHasAnIsoCurrencyAndNoNegativeAmount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Budget.of(-1, "USD"))
        .withMessage("amount: -1 is negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Budget.of(1, "US$"))
        .withMessage("currency: 'US$' is not an ISO 4217 code of three capital letters");
    assertThat(Budget.of(2_000_000, "USD")).hasToString("2000000 USD");
  }

  @Test
  void unitReferencesAreNotBlank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> programme.withImplementsUnits(" "))
        .withMessage("implementsUnits: the id is blank");
  }
}
