package io.github.gcmkit.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.SenegalCharter;
import io.github.gcmkit.model.workplan.WcaWorkplan;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
