package io.github.gcmkit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.fixtures.Cameroon;
import io.github.gcmkit.rules.fixtures.Examples;
import io.github.gcmkit.rules.fixtures.Fixtures;
import io.github.gcmkit.rules.fixtures.Senegal;
import io.github.gcmkit.rules.fixtures.WestCentralAfrica;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The network rule and the federation rules on the seeds' networks and variants of them. */
class NetworkAndFederationRulesTest {

  private static final Examples EXAMPLES = new Examples();

  private static final Federation SEEDS = Fixtures.federation();

  @AfterAll
  static void everyNetworkAndFederationRuleIsShownToPassAndToFail() {
    EXAMPLES.assertEveryRuleShown("network.workplan.", "federation.reporting.", "federation.region.");
  }

  @Test
  void workplanOverlap() {
    Workplan next2024 =
        Workplan.builder()
            .from(Cameroon.workplan())
            .id("2024")
            .period(Period.of(YearMonth.of(2024, 1), YearMonth.of(2024, 12)))
            .build();
    Network revised = Cameroon.network().withWorkplans(Cameroon.workplan(), next2024.withRevises("2023-2024"));
    EXAMPLES.passes("network.workplan.overlap", revised);
    Network overlapping = Cameroon.network().withWorkplans(Cameroon.workplan(), next2024);
    Finding f = EXAMPLES.fails("network.workplan.overlap", overlapping, "/workplans/1/period");
    assertThat(f.message().text("en"))
        .isEqualTo("Workplan 2024 (2024-01/2024-12) overlaps workplan 2023-2024 (2023-01/2024-12) and neither"
            + " revises the other.");
  }

  @Test
  void reportingResolves() {
    EXAMPLES.passes("federation.reporting.resolves", SEEDS);
    Federation withoutWca = without(SEEDS, "wca");
    Finding f = EXAMPLES.fails("federation.reporting.resolves", withoutWca, "/networks/1/reportsTo");
    assertThat(f.networkId()).contains("sn");
    assertThat(f.localPointer()).hasToString("/reportsTo");
    EXAMPLES.fails(
        "federation.reporting.resolves", withoutWca, "/networks/1/charter/governance/reportingLines/0/network");
  }

  @Test
  void reportingHierarchy() {
    EXAMPLES.passes("federation.reporting.hierarchy", SEEDS);
    Federation senegalToGlobal = replace(SEEDS, Senegal.network().withReportsTo("global"));
    Finding f = EXAMPLES.fails("federation.reporting.hierarchy", senegalToGlobal, "/networks/2/reportsTo");
    assertThat(f.message().text("en"))
        .isEqualTo("The national network sn reports to the global network global; a national network reports"
            + " to a regional network.");
  }

  @Test
  void reportingCyclesAreFoundWhateverTheOrder() {
    Federation cycle = replace(SEEDS, Fixtures.global().withReportsTo("wca"));
    Finding f = EXAMPLES.fails("federation.reporting.hierarchy", cycle, "/networks/1/reportsTo");
    assertThat(f.message().text("en")).isEqualTo("Network wca is in a reporting cycle: global → wca → global.");
    Federation reversed = cycle.withNetworks(Lists.reverse(cycle.networks()));
    EXAMPLES.fails("federation.reporting.hierarchy", reversed, "/networks/2/reportsTo");
  }

  @Test
  void aLongCycleIsNamedByItsFirstAndLastNetworks() {
    List<Network> ring = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ring.add(Network.builder()
          .id(String.format(Locale.ROOT, "n%02d", i))
          .level(NetworkLevel.NATIONAL)
          .name(LocalizedText.en("Network " + i))
          .country("SN")
          .reportsTo(String.format(Locale.ROOT, "n%02d", (i + 1) % 30))
          .build());
    }
    Federation cycle = Federation.of(ring);
    Finding f = EXAMPLES.fails("federation.reporting.hierarchy", cycle, "/networks/12/reportsTo");
    assertThat(f.message().text("en")).isEqualTo(
        "Network n12 is in a reporting cycle of 30 networks: n00 → n01 → n02 → n03 → n04 → n05 → n06 → … → n27 → n28 → n29 → n00.");
    assertThat(f.message().text("fr")).startsWith("Le réseau n12 est dans une boucle de comptes rendus de 30 réseaux : n00 → n01");
  }

  @Test
  void regionCoversCountry() {
    EXAMPLES.passes("federation.region.covers-country", SEEDS);
    Network wcaWithoutSenegal =
        WestCentralAfrica.network().withCoveredCountries(
            WestCentralAfrica.network().coveredCountries().stream().filter(c -> !c.equals("SN"))
                .collect(Collectors.toList()));
    Finding f =
        EXAMPLES.fails("federation.region.covers-country", replace(SEEDS, wcaWithoutSenegal), "/networks/2/country");
    assertThat(f.message().text("fr")).isEqualTo("Le réseau sn concerne SN, que le réseau régional wca ne couvre pas.");
    EXAMPLES.notEvaluated(
        "federation.region.covers-country",
        replace(SEEDS, WestCentralAfrica.network().withCoveredCountries(List.of())),
        "/networks/2/reportsTo");
  }

  private static Federation without(Federation federation, String id) {
    return federation.withNetworks(
        federation.networks().stream().filter(n -> !n.id().equals(id)).collect(Collectors.toList()));
  }

  private static Federation replace(Federation federation, Network network) {
    return federation.withNetworks(
        federation.networks().stream()
            .map(n -> n.id().equals(network.id()) ? network : n)
            .collect(Collectors.toList()));
  }
}
