package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.DateQualifier;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.EventKind;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Pledge;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.CrossCuttingIssue;
import io.github.gcmkit.model.workplan.Note;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.PriorityKind;
import io.github.gcmkit.model.workplan.Workplan;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Facts of the Cameroon network, checked against its Workplan 2023-24 priorities. */
class CameroonDatasetTest {

  private final Network cm = Datasets.federation().network("cm").orElseThrow();
  private final Workplan workplan = cm.workplan("2023-2024").orElseThrow();

  @Test
  void theNationalNetworkWasLaunchedInEarly2020AndReportsToTheRegion() {
    assertThat(cm.level()).isEqualTo(NetworkLevel.NATIONAL);
    assertThat(cm.country()).contains("CM");
    assertThat(cm.reportsTo()).contains("wca");
    PartialDate established = cm.established().orElseThrow();
    assertThat(established.year()).isEqualTo(2020);
    assertThat(established.qualifier()).contains(DateQualifier.EARLY);
    assertThat(cm.charter()).isEmpty();
  }

  @Test
  void theWorkplanCovers2023And2024() {
    assertThat(workplan.period()).contains(Period.of(YearMonth.of(2023, 1), YearMonth.of(2024, 12)));
    assertThat(workplan.title().text())
        .isEqualTo("UN Migration Network for Cameroon – Network Workplan 2023-24 Priorities");
    assertThat(workplan.livingDocument()).isFalse();
    assertThat(workplan.introduction()).hasSize(22);
    assertThat(workplan.introduction()).anySatisfy(p -> assertThat(p.text())
        .startsWith("Working on the champion initiative² with UN agencies, civil society and experts"));
  }

  @Test
  void threeCorePrioritiesAndSevenThematicObjectives() {
    assertThat(workplan.priorities()).extracting(Priority::id).containsExactly(
        "core-1", "core-2", "core-3", "thematic-1", "thematic-2", "thematic-3", "thematic-4", "thematic-5",
        "thematic-6", "thematic-7");
    assertThat(workplan.priority(PriorityKind.CORE, 3).orElseThrow().title().text())
        .isEqualTo("Speaking with One Voice");
    assertThat(workplan.priority(PriorityKind.THEMATIC, 4).orElseThrow().title().text())
        .isEqualTo("Alternatives to immigration detention");
  }

  @Test
  void activitiesSitDirectlyUnderThePrioritiesWithoutInventedLeadsOrTimelines() {
    assertThat(workplan.priorities()).extracting(p -> p.activities().size())
        .containsExactly(4, 2, 4, 3, 3, 3, 2, 7, 3, 4);
    assertThat(workplan.workstreams()).isEmpty();
    List<Activity> all = workplan.priorities().stream().flatMap(Priority::allActivities).collect(Collectors.toList());
    assertThat(all).hasSize(35).allSatisfy(a -> {
      assertThat(a.schedule()).isEmpty();
      assertThat(a.subActivities()).isEmpty();
    });
  }

  @Test
  void everyPriorityHasInterpretedGcmLinks() {
    assertThat(workplan.priorities()).allSatisfy(p -> {
      assertThat(p.links().isEmpty()).isFalse();
      assertThat(p.links().provenance()).isEqualTo(Provenance.INTERPRETED);
      assertThat(p.links().rationale()).isPresent();
    });
    assertThat(workplan.priority(PriorityKind.THEMATIC, 4).orElseThrow().links().objectives())
        .containsExactly(GcmObjective.ALTERNATIVES_TO_DETENTION);
  }

  @Test
  void cop27IsADatedEventThatTheClimateActivitiesDependOn() {
    Event cop27 = cm.event("cop-27").orElseThrow();
    assertThat(cop27.date()).contains(PartialDate.of(YearMonth.of(2022, 11)));
    assertThat(cop27.kind()).isEqualTo(EventKind.CONFERENCE);
    assertThat(workplan.note("cop-27").orElseThrow().text().text())
        .startsWith("Encoding note, not part of the document");
    Priority climate = workplan.priority(PriorityKind.THEMATIC, 7).orElseThrow();
    assertThat(climate.activities()).extracting(a -> String.join(",", a.events()))
        .containsExactly("cop-27", "cop-27", "", "");
  }

  @Test
  void theImrfOfMay2022IsADatedEventWithTheGovernmentsPledges() {
    Event imrf = cm.event("imrf-2022").orElseThrow();
    assertThat(imrf.date()).contains(PartialDate.of(YearMonth.of(2022, 5)));
    assertThat(imrf.kind()).isEqualTo(EventKind.REVIEW);
    assertThat(workplan.pledges()).extracting(Pledge::id).containsExactly("imrf-2022", "civil-registration");
    assertThat(workplan.pledges()).allSatisfy(p ->
        assertThat(p.pledgedBy()).containsExactly(StakeholderRef.entity("CM-GOV")));
    Pledge imrfPledges = workplan.pledges().get(0);
    assertThat(imrfPledges.event()).contains("imrf-2022");
    assertThat(imrfPledges.date()).contains(PartialDate.of(YearMonth.of(2022, 5)));
    assertThat(workplan.pledges().get(1).text().text())
        .isEqualTo("to further streamline civil registration processes and coordination mechanisms");
  }

  @Test
  void theCrossCuttingIssuesAndTheFootnotes() {
    assertThat(workplan.crossCuttingIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.title().text()).isEqualTo("Non-discrimination");
      assertThat(issue.description()).hasSize(4);
      assertThat(issue.links().objectives()).contains(GcmObjective.NON_DISCRIMINATION);
    });
    assertThat(workplan.crossCuttingIssues()).extracting(CrossCuttingIssue::links).isNotEmpty();
    assertThat(workplan.notes()).extracting(Note::id).containsExactly("1", "2", "cop-27");
    assertThat(workplan.note("2").orElseThrow().text().text())
        .startsWith("Champion countries ('champions') are being identified");
  }

  @Test
  void theNetworkDeclaresTheNationalBodiesItsWorkplanNamesAsItsOwn() {
    assertThat(cm.entities()).extracting(e -> e.id().code()).containsExactly(
        "MINREX", "MINEPAT", "MINDEVEL", "MINSANTE", "BUNEC", "CM-MIGRATION-COMMITTEE");
    assertThat(EntityCatalog.defaults().resolve("MINREX")).isEmpty();
    EntityCatalog known = cm.catalog(EntityCatalog.defaults());
    assertThat(known.resolve("Ministry of External Affairs").map(e -> e.id().code())).contains("MINREX");
    assertThat(known.resolve("MINREX").flatMap(e -> e.parent()).map(p -> p.code())).contains("CM-GOV");
  }

  @Test
  void theMinistriesTheActivitiesNameResolve() {
    Priority registration = workplan.priority(PriorityKind.THEMATIC, 5).orElseThrow();
    assertThat(registration.activities().get(0).stakeholders()).containsExactly(
        StakeholderRef.entity("CM-GOV"), StakeholderRef.entity("MINDEVEL"), StakeholderRef.entity("BUNEC"));
    assertThat(workplan.priority(PriorityKind.THEMATIC, 2).orElseThrow().activities().get(1).stakeholders())
        .containsExactly(StakeholderRef.entity("MINREX"), StakeholderRef.entity("MINEPAT"));
  }
}
