package io.github.gcmkit.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.EventKind;
import io.github.gcmkit.model.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FederationTest {

  private static final Network GLOBAL = network("global", NetworkLevel.GLOBAL, null, null);
  private static final Network WCA = network("wca", NetworkLevel.REGIONAL, null, "global");
  private static final Network SENEGAL = network("sn", NetworkLevel.NATIONAL, "SN", "wca");
  private static final Network CAMEROON = network("cm", NetworkLevel.NATIONAL, "CM", "wca");

  private final Federation federation = Federation.of(List.of(GLOBAL, WCA, SENEGAL, CAMEROON));

  private static Network network(
      String id, NetworkLevel level, @Nullable String country,
      @Nullable String parent) {
    Network.Builder builder =
        Network.builder().id(id).level(level).name(LocalizedText.en("UN Network on Migration " + id));
    if (country != null) {
      builder.country(country);
    }
    if (parent != null) {
      builder.reportsTo(parent);
    }
    return builder.build();
  }

  @Test
  void findsANetworkById() {
    assertThat(federation.network("sn")).containsSame(SENEGAL);
    assertThat(federation.network("ml")).isEmpty();
  }

  @Test
  void listsTheChildrenOfANetworkInOrder() {
    assertThat(federation.children("wca")).containsExactly(SENEGAL, CAMEROON);
    assertThat(federation.children("global")).containsExactly(WCA);
    assertThat(federation.children("sn")).isEmpty();
    assertThat(federation.children("unknown")).isEmpty();
  }

  @Test
  void climbsFromANationalNetworkToTheGlobalOne() {
    assertThat(federation.ancestors("sn")).containsExactly(WCA, GLOBAL);
    assertThat(federation.ancestors("wca")).containsExactly(GLOBAL);
    assertThat(federation.ancestors("global")).isEmpty();
    assertThat(federation.ancestors("unknown")).isEmpty();
  }

  @Test
  void theGlobalNetworkIsTheRoot() {
    assertThat(federation.roots()).containsExactly(GLOBAL);
  }

  @Test
  void aMissingParentEndsTheChainAndMakesARoot() {
    Network mali = network("ml", NetworkLevel.NATIONAL, "ML", "sahel");
    Federation partial = Federation.of(List.of(WCA, SENEGAL, mali));

    assertThat(partial.ancestors("ml")).isEmpty();
    assertThat(partial.ancestors("sn")).containsExactly(WCA);
    assertThat(partial.roots()).containsExactly(WCA, mali);
  }

  @Test
  void aCycleEndsTheChainWithoutError() {
    Network a = network("a", NetworkLevel.REGIONAL, null, "b");
    Network b = network("b", NetworkLevel.REGIONAL, null, "c");
    Network c = network("c", NetworkLevel.REGIONAL, null, "a");
    Network self = network("self", NetworkLevel.REGIONAL, null, "self");
    Federation cyclic = Federation.of(List.of(a, b, c, self));

    assertThat(cyclic.ancestors("a")).containsExactly(b, c);
    assertThat(cyclic.ancestors("self")).isEmpty();
    assertThat(cyclic.children("self")).containsExactly(self);
    assertThat(cyclic.roots()).isEmpty();
  }

  @Test
  void rejectsTwoNetworksWithOneId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Federation.of(List.of(GLOBAL, WCA, WCA)))
        .withMessage("networks[2].id: 'wca' is used twice");
  }

  @Test
  void findsEventsStandingAloneOrInANetwork() {
    Event webinar = Event.builder().id("sahel-webinar").kind(EventKind.WEBINAR).title(LocalizedText.en("Webinar")).build();
    Event briefing = webinar.withId("dakar-briefing").withKind(EventKind.BRIEFING);
    Federation withEvents =
        Federation.builder().from(federation).addEvent(webinar).build()
            .withNetworks(GLOBAL, WCA.withEvents(briefing), SENEGAL, CAMEROON);

    assertThat(withEvents.event("sahel-webinar")).contains(webinar);
    assertThat(withEvents.event("dakar-briefing")).contains(briefing);
    assertThat(withEvents.event("none")).isEmpty();
  }
}
