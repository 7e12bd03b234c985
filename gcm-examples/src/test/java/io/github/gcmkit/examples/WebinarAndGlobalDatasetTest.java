package io.github.gcmkit.examples;

import io.github.gcmkit.model.Completeness;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.EventKind;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.MembershipRole;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Source;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Facts of the Sahel and Sahara webinar's concept note, and of the global network's reference material. */
class WebinarAndGlobalDatasetTest {

  private final Federation federation = Datasets.federation();

  @Test
  void theWebinarOf12August2020() {
    Event webinar = federation.event("cccpa-webinar-2020-08-12").orElseThrow();
    assertThat(webinar.kind()).isEqualTo(EventKind.WEBINAR);
    assertThat(webinar.date()).contains(PartialDate.of(LocalDate.of(2020, 8, 12)));
    assertThat(webinar.title().text()).isEqualTo("Leaving No One Behind: Mainstreaming Migration in National"
        + " Development Policies in the Sahel and Sahara Region");
    assertThat(webinar.organisers()).containsExactly(StakeholderRef.entity("CCCPA"));
    assertThat(webinar.partners()).containsExactly(StakeholderRef.entity("IOM"));
    assertThat(webinar.supporters()).containsExactly(StakeholderRef.entity("CH-GOV"));
    assertThat(webinar.region().orElseThrow().text()).isEqualTo("the Sahel and Sahara region");
  }

  @Test
  void theWebinarIsTheSecondOfASeriesThatBeganWithNorthAfrica() {
    Event webinar = federation.event("cccpa-webinar-2020-08-12").orElseThrow();
    var series = webinar.series().orElseThrow();
    assertThat(series.position()).contains(2);
    assertThat(series.description().orElseThrow().text()).contains("North Africa");
  }

  @Test
  void itsAudienceObjectivesAndExpectedReport() {
    Event webinar = federation.event("cccpa-webinar-2020-08-12").orElseThrow();
    assertThat(webinar.audience()).hasSize(4).contains(StakeholderRef.entity("AUC"));
    assertThat(webinar.objectives()).hasSize(3);
    assertThat(webinar.objectives().get(0).text()).startsWith("Identify the legal, policy and institutional challenges");
    assertThat(webinar.expectedOutputs()).singleElement().satisfies(output -> assertThat(output.text())
        .startsWith("A report summarizing the key findings and recommendations of the webinar")
        .contains("shared with African stakeholders and international partners on the national and continental levels"));
    assertThat(webinar.links().provenance()).isEqualTo(Provenance.INTERPRETED);
  }

  @Test
  void theConceptNoteNamesNoNetworkSoTheWebinarStandsAlone() {
    assertThat(federation.events()).extracting(Event::id).containsExactly("cccpa-webinar-2020-08-12");
    assertThat(federation.networks())
        .allSatisfy(n -> assertThat(n.event("cccpa-webinar-2020-08-12")).isEmpty());
  }

  @Test
  void theGlobalNetworkIsCoordinatedByIomAndItsExecutiveCommitteeIsNotItsMembership() {
    Network global = federation.network("global").orElseThrow();
    assertThat(global.level()).isEqualTo(NetworkLevel.GLOBAL);
    assertThat(global.reportsTo()).isEmpty();
    assertThat(global.workplans()).isEmpty();
    assertThat(global.members())
        .containsExactly(Membership.builder().member(EntityId.of("IOM")).role(MembershipRole.COORDINATOR).build());
    assertThat(global.sourcing().isPartial(JsonPointer.parse("/members"))).isTrue();
    Charter charter = global.charter().orElseThrow();
    assertThat(charter.sourcing().completeness()).isEqualTo(Completeness.PARTIAL);
    assertThat(charter.governance().executiveCommittee().orElseThrow().members())
        .extracting(StakeholderRef::toString)
        .contains("OHCHR", "WHO");
    assertThat(charter.sourcing().sources())
        .allSatisfy(id -> assertThat(global.source(id).flatMap(Source::url)).as(id).isPresent());
    assertThat(charter.sourcing().isUnknown(JsonPointer.parse("/governance/meetings"))).isTrue();
  }
}
