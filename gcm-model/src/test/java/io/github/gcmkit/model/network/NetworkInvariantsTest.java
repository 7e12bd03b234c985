package io.github.gcmkit.model.network;

import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityKind;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.charter.SenegalCharter;
import io.github.gcmkit.model.workplan.WcaWorkplan;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NetworkInvariantsTest {

  private final Network senegal =
      Network.builder()
          .id("sn")
          .level(NetworkLevel.NATIONAL)
          .name(LocalizedText.fr("Réseau des Nations Unies sur les migrations pour le Sénégal"))
          .country("SN")
          .reportsTo("wca")
          .charter(SenegalCharter.charter())
          .build();

  @Test
  void aNationalNetworkNeedsACountry() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Network.builder().from(senegal).country(Optional.empty()).build())
        .withMessage("country: national network 'sn' has no country");
  }

  @Test
  void regionalAndGlobalNetworksNeedNoCountry() {
    Network wca = senegal.withId("wca").withLevel(NetworkLevel.REGIONAL).withCountry(Optional.empty());

    assertThat(wca.country()).isEmpty();
    assertThat(wca.withLevel(NetworkLevel.GLOBAL).level()).isEqualTo(NetworkLevel.GLOBAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sn", "SEN", "S", "Sénégal"})
  void rejectsACountryThatIsNotAnIsoCode(String country) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> senegal.withCountry(country))
        .withMessageStartingWith("country: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> senegal.withCoveredCountries("SN", country))
        .withMessageStartingWith("coveredCountries: ");
  }

  @Test
  void rejectsBlankIds() {
    assertThatIllegalArgumentException().isThrownBy(() -> senegal.withId(" ")).withMessageStartingWith("id: ");
    assertThatIllegalArgumentException().isThrownBy(() -> senegal.withReportsTo("")).withMessageStartingWith("reportsTo: ");
  }

  @Test
  void rejectsTwoWorkplansWithOneId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> senegal.withWorkplans(WcaWorkplan.workplan(), WcaWorkplan.workplan()))
        .withMessage("workplans[1].id: '2020-2021' is used twice");
  }

  @Test
  void levelsReportUpwards() {
    assertThat(NetworkLevel.NATIONAL.parentLevel()).contains(NetworkLevel.REGIONAL);
    assertThat(NetworkLevel.REGIONAL.parentLevel()).contains(NetworkLevel.GLOBAL);
    assertThat(NetworkLevel.GLOBAL.parentLevel()).isEmpty();
  }

  @Test
  void aNetworksOwnStatementsAreAboutItsOwnFields() {
    Statement partialMembers = Statement.builder().path("/members").partial(true).build();
    assertThat(senegal.withSourcing(Sourcing.builder().addStatement(partialMembers).build())
            .sourcing().isPartial(JsonPointer.parse("/members")))
        .isTrue();
    Statement aboutTheCharter = Statement.builder().path("/charter/governance/meetings").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> senegal.withSourcing(Sourcing.builder().addStatement(aboutTheCharter).build()))
        .withMessage(
            "sourcing.statements[0].path: '/charter/governance/meetings' belongs in the sourcing of"
                + " the charter or workplan");
  }

  @Test
  void itsOwnOrganisationsExtendTheCatalogue() {
    Entity university =
        Entity.builder()
            .id(EntityId.of("UCAD"))
            .kind(EntityKind.RESEARCH_CENTRE)
            .name(LocalizedText.fr("Université Cheikh Anta Diop"))
            .build();
    EntityCatalog catalog = senegal.withEntities(university).catalog(EntityCatalog.defaults());
    assertThat(catalog.resolve("UCAD")).contains(university);
    assertThat(catalog.resolve("OIM")).isPresent();
    assertThat(senegal.catalog(EntityCatalog.defaults())).isSameAs(EntityCatalog.defaults());
  }
}
