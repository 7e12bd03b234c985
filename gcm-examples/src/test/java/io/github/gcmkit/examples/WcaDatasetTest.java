package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.ContinuousSchedule;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.GuidingPrinciple;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.CharterObjective;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.DecisionMethod;
import io.github.gcmkit.model.charter.DecisionRule;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.WorkingGroup;
import io.github.gcmkit.model.charter.WorkingGroupKind;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.PriorityKind;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Facts of the regional network for West and Central Africa, checked against its Workplan 2020-2021. */
class WcaDatasetTest {

  private static final String CO_CHAIRS = "Regional Network co-chairs (IOM, OHCHR)";

  private final Network wca = Datasets.federation().network("wca").orElseThrow();
  private final Charter charter = wca.charter().orElseThrow();
  private final Governance governance = charter.governance();
  private final Workplan workplan = wca.workplan("2020-2021").orElseThrow();

  @Test
  void theNetworkIsTheRegionalNetworkReportingToTheGlobalOne() {
    assertThat(wca.level()).isEqualTo(NetworkLevel.REGIONAL);
    assertThat(wca.name().text()).isEqualTo("Regional UN Migration Network for West and Central Africa");
    assertThat(wca.shortName().orElseThrow().text()).isEqualTo("Regional Network");
    assertThat(wca.reportsTo()).contains("global");
  }

  @Test
  void theCharterHasTheTwelveObjectivesOfTheAnnexVerbatim() {
    assertThat(charter.adopted()).contains(PartialDate.of(LocalDate.of(2019, 6, 11)));
    assertThat(charter.objectives()).extracting(CharterObjective::id)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    assertThat(charter.objective("1").orElseThrow().text().text())
        .isEqualTo("Share regular updates on key/ emerging migration issues with members of the Regional"
            + " Network; and share relevant data, documents, studies and practical information in order to"
            + " foster a holistic understanding of the West and Central African context");
    assertThat(charter.objective("7").orElseThrow().text().text())
        .contains("in accordance with the EC Principles approach adopted the 8 May 2019");
    assertThat(charter.objective("12").orElseThrow().text().text())
        .isEqualTo("Provide information and guidance to RCs and UNCTs for the establishment of country-level"
            + " UN Migration Networks in support of the GCM upon requests from RCs/UNCT.");
    assertThat(charter.objectives()).allMatch(o -> o.text().original().equals("en"));
  }

  @Test
  void interpretedLinksOfTheObjectivesAreMarkedAndExplained() {
    List<CharterObjective> linked =
        charter.objectives().stream().filter(o -> !o.links().isEmpty()).collect(Collectors.toList());
    assertThat(linked).extracting(CharterObjective::id).containsExactly("5", "6", "9", "10", "11");
    assertThat(linked).allMatch(o -> o.links().provenance() == Provenance.INTERPRETED
        && o.links().rationale().isPresent());
    assertThat(charter.objective("6").orElseThrow().links().principles())
        .containsExactly(GuidingPrinciple.HUMAN_RIGHTS);
  }

  @Test
  void iomAndOhchrCoChairTheNetworkWhichMeetsQuarterly() {
    assertThat(governance.coChairs()).extracting(ChairSeat::holder)
        .containsExactly(StakeholderRef.entity("IOM"), StakeholderRef.entity("OHCHR"));
    assertThat(governance.chairDuties()).singleElement().satisfies(duty ->
        assertThat(duty.text()).endsWith("to identify specific thematic workstreams"));
    assertThat(governance.meetings().orElseThrow().frequency()).contains(Frequency.QUARTERLY);
    assertThat(governance.secretariat()).isEmpty();
  }

  @Test
  void theTechnicalGroupWorksUnderIomsCoordinationAndInvitesCivilSociety() {
    WorkingGroup group = governance.workingGroup("technical-group").orElseThrow();
    assertThat(group.kind()).isEqualTo(WorkingGroupKind.TECHNICAL_GROUP);
    assertThat(group.coordinator()).contains(StakeholderRef.entity("IOM"));
    assertThat(group.establishedBy()).contains(GoverningBody.EXECUTIVE_COMMITTEE);
    assertThat(group.responsibilities().get(0).text()).isEqualTo("the development of this work plan");
    assertThat(kinds(group.invitees())).containsExactly(GroupKind.CIVIL_SOCIETY, GroupKind.OTHER_STAKEHOLDERS);
  }

  @Test
  void theExecutiveCommitteeValidatesAfterTheMembersAreConsulted() {
    assertThat(governance.executiveCommittee().orElseThrow().functions()).hasSize(5);
    assertThat(governance.decisions()).hasSize(2).allSatisfy(rule -> {
      assertThat(rule.method()).contains(DecisionMethod.VALIDATION);
      assertThat(rule.decidingBody()).contains(GoverningBody.EXECUTIVE_COMMITTEE);
      assertThat(rule.consultedFirst()).containsExactly(GoverningBody.NETWORK);
    });
    assertThat(governance.decisions()).extracting(DecisionRule::subject)
        .map(s -> s.orElseThrow().text())
        .containsExactly("the workplan", "the thematic workstreams");
    assertThat(governance.workingGroupPolicy().orElseThrow().establishedBy())
        .contains(GoverningBody.EXECUTIVE_COMMITTEE);
    assertThat(governance.workingGroupPolicy().orElseThrow().chairOpenToAllMembers()).isEmpty();
  }

  @Test
  void progressUpdatesGoQuarterlyToTheRegionalDirectors() {
    assertThat(governance.reportingLines()).singleElement().satisfies(line -> {
      assertThat(line.frequency()).contains(Frequency.QUARTERLY);
      assertThat(kinds(line.recipient().stream().collect(Collectors.toList())))
          .containsExactly(GroupKind.REGIONAL_DIRECTORS);
    });
    assertThat(workplan.modalities().orElseThrow().progressUpdateFrequency()).contains(Frequency.QUARTERLY);
  }

  @Test
  void theYearlyPartnerMeetingNamesEveryPartnerCategoryOfObjectiveEleven() {
    var meeting = governance.partnerMeeting().orElseThrow();
    assertThat(meeting.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(meeting.condition().orElseThrow().text()).isEqualTo("contingent on availability of resources");
    assertThat(kinds(meeting.participants())).containsExactly(
        GroupKind.NETWORK_MEMBERS, GroupKind.MIGRANTS, GroupKind.CIVIL_SOCIETY, GroupKind.DIASPORAS,
        GroupKind.FAITH_BASED_ORGANIZATIONS, GroupKind.LOCAL_AUTHORITIES, GroupKind.COMMUNITIES,
        GroupKind.PRIVATE_SECTOR, GroupKind.EMPLOYERS_AND_WORKERS, GroupKind.TRADE_UNIONS,
        GroupKind.PARLIAMENTARIANS, GroupKind.NATIONAL_HUMAN_RIGHTS_INSTITUTIONS,
        GroupKind.RED_CROSS_RED_CRESCENT, GroupKind.ACADEMIA, GroupKind.MEDIA, GroupKind.OTHER_STAKEHOLDERS);
    assertThat(meeting.participants().subList(1, meeting.participants().size()))
        .containsExactlyElementsOf(charter.composition().orElseThrow().externalPartners());
  }

  @Test
  void theWorkplanIsALivingDocumentFromNovember2020WithItsEndExplained() {
    assertThat(workplan.issued()).contains(PartialDate.of(LocalDate.of(2020, 11, 20)));
    assertThat(workplan.livingDocument()).isTrue();
    assertThat(workplan.period()).contains(Period.of(YearMonth.of(2020, 11), YearMonth.of(2021, 12)));
    assertThat(workplan.note("period").orElseThrow().text().text())
        .startsWith("Encoding note, not part of the document");
    assertThat(workplan.introduction()).hasSize(3);
  }

  @Test
  void fivePrioritiesAndSevenWorkstreams() {
    assertThat(workplan.priorities()).extracting(Priority::kind).containsOnly(PriorityKind.CORE);
    assertThat(workplan.priorities()).extracting(Priority::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(workplan.priority(PriorityKind.CORE, 5).orElseThrow().title().text()).isEqualTo("Joint Programming");
    assertThat(workplan.workstreams().map(Workstream::id))
        .containsExactly("1.1", "1.2", "1.3", "2.1", "3.1", "4.1", "5.1");
  }

  @Test
  void everyActivityAndSubActivity() {
    assertThat(workplan.workstreams().map(w -> w.activities().size()))
        .containsExactly(4, 3, 3, 5, 4, 4, 2);
    assertThat(workplan.workstreams().map(w -> w.allActivities().count()))
        .containsExactly(14L, 3L, 6L, 9L, 4L, 4L, 2L);
    assertThat(workstream("1.1").activities().get(3).subActivities().get(1).text().text())
        .isEqualTo("Promote the inclusion of at least one session dedicated to thematic areas of the GCM in"
            + " close coordination with the RECs and Members of Regional Network");
  }

  @Test
  void timelinesAsWritten() {
    assertThat(workstream("1.1").schedule()).isEqualTo(Schedule.window(YearMonth.of(2020, 11), YearMonth.of(2020, 12)));
    assertThat(workstream("1.2").schedule()).isEqualTo(Schedule.window(YearMonth.of(2020, 12), YearMonth.of(2020, 12)));
    assertThat(workstream("1.3").schedule()).isEqualTo(Schedule.window(YearMonth.of(2020, 11), YearMonth.of(2020, 11)));
    for (String id : List.of("2.1", "3.1", "4.1", "5.1")) {
      assertThat(workstream(id).schedule()).as(id).isInstanceOf(ContinuousSchedule.class);
    }
    Workstream knowledge = workstream("2.1");
    assertThat(knowledge.activities().get(0).subActivities()).extracting(Activity::schedule).containsExactly(
        Optional.of(Schedule.recurring(Frequency.MONTHLY)),
        Optional.of(Schedule.recurring(Frequency.QUARTERLY)),
        Optional.empty());
    assertThat(workstream("3.1").activities()).extracting(Activity::schedule).containsExactly(
        Optional.of(Schedule.recurring(Frequency.QUARTERLY)),
        Optional.of(Schedule.recurring(Frequency.QUARTERLY)),
        Optional.of(Schedule.recurring(Frequency.HALF_YEARLY)),
        Optional.empty());
  }

  @Test
  void leadsAndParticipantsAsWritten() {
    Workstream first = workstream("1.1");
    assertThat(first.leadsWording().orElseThrow().text())
        .isEqualTo("AUC, ECOWAS and ECCAS respectively, " + CO_CHAIRS + ", ECA");
    assertThat(first.leads().stream().flatMap(l -> l.entityIds().stream()).map(EntityId::code))
        .containsExactly("AUC", "ECOWAS", "ECCAS", "IOM", "OHCHR", "ECA");
    assertThat(first.participants()).hasSize(8);
    assertThat(workstream("1.2").leads())
        .containsExactly(StakeholderRef.entity("OHCHR"), StakeholderRef.entity("UNICEF"));
    assertThat(workstream("1.3").leadsWording().orElseThrow().text()).isEqualTo("Regional UNMN co-chairs (IOM, OHCHR)");
    for (String id : List.of("2.1", "3.1", "4.1", "5.1")) {
      assertThat(workstream(id).leadsWording().orElseThrow().text()).as(id).isEqualTo(CO_CHAIRS);
      assertThat(workstream(id).leads()).singleElement().isInstanceOfSatisfying(StakeholderGroup.class, g -> {
        assertThat(g.kind()).isEqualTo(GroupKind.NETWORK_CO_CHAIRS);
        assertThat(g.network()).contains("wca");
        assertThat(g.entities()).containsExactly(EntityId.of("IOM"), EntityId.of("OHCHR"));
      });
    }
  }

  @Test
  void anEmptyParticipantsCellStaysEmpty() {
    for (String id : List.of("3.1", "4.1", "5.1")) {
      assertThat(workstream(id).participants()).as(id).isEmpty();
      assertThat(workstream(id).participantsWording()).as(id).isEmpty();
    }
    assertThat(workstream("2.1").participantsWording().orElseThrow().text()).isEqualTo("Regional UNMN members");
  }

  @Test
  void theReadingOfAuCsosIsMarkedAsInterpreted() {
    assertThat(workstream("1.2").participants()).filteredOn(StakeholderGroup.class::isInstance)
        .map(StakeholderGroup.class::cast)
        .filteredOn(g -> g.wording().text().equals("AU CSOs"))
        .singleElement()
        .satisfies(g -> assertThat(g.provenance()).isEqualTo(Provenance.INTERPRETED));
  }

  @Test
  void theFootnoteHangsOnTheEcowasConsultation() {
    assertThat(workplan.note("1").orElseThrow().text().text())
        .startsWith("In preparation of the workplan, the following topics were discussed: Migration policy and Covid-19;");
    List<String> citing =
        workplan.workstreams().flatMap(Workstream::allActivities)
            .filter(a -> a.notes().contains("1")).map(Activity::id).collect(Collectors.toList());
    assertThat(citing).containsExactly("3.b");
  }

  @Test
  void priorityLinksBeyondTheStatedPrinciplesAreInterpreted() {
    Priority first = workplan.priorities().get(0);
    assertThat(first.links().provenance()).isEqualTo(Provenance.STATED);
    assertThat(first.links().principles())
        .containsExactly(GuidingPrinciple.WHOLE_OF_GOVERNMENT, GuidingPrinciple.WHOLE_OF_SOCIETY);
    assertThat(workplan.priorities().subList(1, 5)).allSatisfy(p -> {
      assertThat(p.links().provenance()).isEqualTo(Provenance.INTERPRETED);
      assertThat(p.links().rationale()).isPresent();
    });
    assertThat(workplan.priority(PriorityKind.CORE, 4).orElseThrow().links().objectives())
        .containsExactly(GcmObjective.DATA, GcmObjective.INTERNATIONAL_COOPERATION);
  }

  private Workstream workstream(String id) {
    return workplan.workstream(id).orElseThrow();
  }

  private static List<GroupKind> kinds(List<? extends StakeholderRef> refs) {
    return refs.stream().map(r -> ((StakeholderGroup) r).kind()).collect(Collectors.toList());
  }
}
