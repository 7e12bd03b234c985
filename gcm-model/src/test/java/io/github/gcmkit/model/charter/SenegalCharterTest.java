package io.github.gcmkit.model.charter;

import static io.github.gcmkit.model.StakeholderRef.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.StakeholderRef;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Senegal charter, built in full by {@link SenegalCharter}, holds what the document says. */
class SenegalCharterTest {

  private final Charter charter = SenegalCharter.charter();
  private final Governance governance = charter.governance();

  @Test
  void isAFrenchDocument() {
    assertThat(charter.language()).isEqualTo("fr");
    assertThat(charter.title().orElseThrow().text("en"))
        .isEqualTo("Terms of Reference of the United Nations Network on Migration for Senegal");
  }

  @Test
  void missionIsEstablishedByTheResidentCoordinatorAndIom() {
    Mission mission = charter.mission().orElseThrow();

    assertThat(mission.establishedBy()).containsExactly(entity("RC"), entity("IOM"));
    assertThat(mission.text().text().split("\n\n")).hasSize(4);
    assertThat(mission.guidedBy()).extracting(LocalizedText::text)
        .containsExactly(
            "la Charte des Nations Unies",
            "le droit international",
            "l'Agenda 2030 du développement durable",
            "le PMM");
    assertThat(mission.alignsWith()).hasSize(6);
    assertThat(mission.links().objectives()).containsExactly(GcmObjective.values());
  }

  @Test
  void hasElevenObjectivesNumberedInOrder() {
    assertThat(charter.objectives())
        .extracting(CharterObjective::id)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    assertThat(charter.objective("10").orElseThrow().text().text())
        .startsWith("Organiser une fois par an");
  }

  @Test
  void membersAreEveryInterestedUnctEntity() {
    Composition composition = charter.composition().orElseThrow();

    assertThat(composition.basis()).contains(CompositionBasis.EVERY_UNCT_ENTITY);
    assertThat(composition.members()).isEmpty();
    assertThat(composition.memberDuties()).hasSize(3);
    assertThat(composition.externalPartners()).isEqualTo(SenegalObjectives.externalPartners());
  }

  @Test
  void ohchrAndIomsChiefOfMissionCoChairInAnnualRotation() {
    assertThat(governance.coChairs())
        .extracting(ChairSeat::holder)
        .containsExactly(entity("OHCHR"), entity("IOM"));
    assertThat(governance.coChairs().get(0).post()).isEmpty();
    assertThat(governance.coChairs().get(1).post().orElseThrow().text()).isEqualTo("Chef de Mission");
    assertThat(governance.coChairs().get(1).post().orElseThrow().text("en"))
        .isEqualTo("Chief of Mission");
    for (ChairSeat seat : governance.coChairs()) {
      assertThat(seat.tenure().kind()).isEqualTo(TenureKind.ROTATING);
      assertThat(seat.tenure().termMonths()).contains(12);
      assertThat(seat.tenure().nextHolderNamedAt()).contains(GoverningBody.ANNUAL_REVIEW);
    }
  }

  @Test
  void coChairsHaveSevenDutiesAndIomCoordinates() {
    assertThat(governance.chairDuties()).hasSize(7);
    assertThat(governance.chairDuties().get(2).text()).isEqualTo("Informer le UNCT des activités du Réseau");
    assertThat(governance.coordinator()).contains(entity("IOM"));
    assertThat(governance.executiveCommittee()).isEmpty();
  }

  @Test
  void meetsQuarterlyAndAsNeededInPersonOnlineOrHybrid() {
    MeetingPolicy meetings = governance.meetings().orElseThrow();

    assertThat(meetings.frequency()).contains(Frequency.QUARTERLY);
    assertThat(meetings.asNeeded()).isTrue();
    assertThat(meetings.modalities())
        .containsExactly(MeetingModality.IN_PERSON, MeetingModality.ONLINE, MeetingModality.HYBRID);
    assertThat(meetings.venues()).extracting(v -> v.text("en"))
        .containsExactly("the IOM office", "the RCO office");
  }

  @Test
  void decidesByConsensusAfterConsultation() {
    DecisionRule general = governance.decisions().get(0);

    assertThat(general.subject()).isEmpty();
    assertThat(general.method()).contains(DecisionMethod.CONSENSUS);
    assertThat(general.decidingBody()).contains(GoverningBody.NETWORK);
    assertThat(general.consultedFirst()).containsExactly(GoverningBody.NETWORK);
    assertThat(governance.decisions().get(1).decidingBody()).contains(GoverningBody.ANNUAL_REVIEW);
  }

  @Test
  void workingGroupsAreValidatedByTheUnctAndOpenToAllMembers() {
    WorkingGroupPolicy policy = governance.workingGroupPolicy().orElseThrow();

    assertThat(policy.validatedBy()).contains(GoverningBody.UN_COUNTRY_TEAM);
    assertThat(policy.formedAsNeeded()).isTrue();
    assertThat(policy.chairOpenToAllMembers()).contains(true);
    assertThat(policy.drawnFrom())
        .map(g -> ((StakeholderGroup) g).kind())
        .containsExactly(GroupKind.NETWORK_MEMBERS, GroupKind.OTHER_STAKEHOLDERS);
    assertThat(policy.wording()).hasSize(3);
    assertThat(governance.workingGroups()).isEmpty();
  }

  @Test
  void theAnnualReviewNamesTheNextCoChair() {
    AnnualReview review = governance.annualReview().orElseThrow();

    assertThat(review.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(review.purposes()).hasSize(3);
    assertThat(review.attendees()).containsExactly(GoverningBody.NETWORK);
    assertThat(review.invitees()).hasSize(1);
    assertThat(review.outcomes()).extracting(o -> o.text("en"))
        .containsExactly("name the next co-chair", "present the updated workplan");
    assertThat(review.wording().orElseThrow().text()).contains("autour du Plan d'Actions Annuel (PTA)");
  }

  @Test
  void iomRunsTheSecretariat() {
    assertThat(governance.secretariat().orElseThrow().leads()).containsExactly(entity("IOM"));
  }

  @Test
  void reportsToTheRegionalNetworkAndInformsTheUnctAndRc() {
    List<ReportingLine> lines = governance.reportingLines();

    assertThat(lines).extracting(ReportingLine::kind)
        .containsExactly(
            ReportingKind.REPORTS,
            ReportingKind.INFORMS,
            ReportingKind.SEEKS_ADVICE,
            ReportingKind.INFORMS,
            ReportingKind.INFORMS);
    assertThat(lines.get(0).network()).contains("wca");
    assertThat(lines.get(0).subjects()).hasSize(2);
    assertThat(lines.get(2).network()).contains("global");
    assertThat(lines.get(3).recipient()).contains(entity("UNCT"));
    assertThat(lines.get(4).recipient()).contains(entity("RC"));
  }

  @Test
  void meetsExternalPartnersOnceAYearResourcesPermitting() {
    PartnerMeeting meeting = governance.partnerMeeting().orElseThrow();

    assertThat(meeting.frequency()).isEqualTo(Frequency.YEARLY);
    assertThat(meeting.condition().orElseThrow().text())
        .isEqualTo("en fonction des ressources disponibles");
    assertThat(meeting.participants()).hasSize(20);
    assertThat(meeting.participants())
        .map(p -> ((StakeholderGroup) p).kind())
        .contains(
            GroupKind.NETWORK_MEMBERS,
            GroupKind.GOVERNMENT,
            GroupKind.MIGRANTS,
            GroupKind.CIVIL_SOCIETY,
            GroupKind.DIASPORAS,
            GroupKind.FAITH_BASED_ORGANIZATIONS,
            GroupKind.LOCAL_AUTHORITIES,
            GroupKind.COMMUNITIES,
            GroupKind.PRIVATE_SECTOR,
            GroupKind.EMPLOYERS_AND_WORKERS,
            GroupKind.WOMEN_ORGANIZATIONS,
            GroupKind.YOUTH,
            GroupKind.TRADE_UNIONS,
            GroupKind.PARLIAMENTARIANS,
            GroupKind.NATIONAL_HUMAN_RIGHTS_INSTITUTIONS,
            GroupKind.RED_CROSS_RED_CRESCENT,
            GroupKind.ACADEMIA,
            GroupKind.MEDIA,
            GroupKind.OTHER_STAKEHOLDERS);
    assertThat(meeting.wording()).contains(charter.objective("10").orElseThrow().text());
  }

  @Test
  void everyTextIsFrenchWithAnEnglishTranslation() {
    assertThat(texts())
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.original()).isEqualTo("fr");
              assertThat(t.languages()).containsExactly("en", "fr");
            });
  }

  @Test
  void everyOrganisationNamedIsInTheDefaultCatalogue() {
    EntityCatalog catalog = EntityCatalog.defaults();
    Stream<StakeholderRef> refs =
        Stream.of(
                charter.mission().orElseThrow().establishedBy().stream(),
                governance.coChairs().stream().map(ChairSeat::holder),
                governance.coordinator().stream(),
                governance.secretariat().orElseThrow().leads().stream(),
                governance.reportingLines().stream().flatMap(l -> l.recipient().stream()))
            .flatMap(s -> s);

    assertThat(refs.flatMap(r -> r.entityIds().stream()))
        .extracting(EntityId::code)
        .allSatisfy(code -> assertThat(catalog.resolve(code)).isPresent());
  }

  private Stream<LocalizedText> texts() {
    Mission mission = charter.mission().orElseThrow();
    Composition composition = charter.composition().orElseThrow();
    MeetingPolicy meetings = governance.meetings().orElseThrow();
    WorkingGroupPolicy groups = governance.workingGroupPolicy().orElseThrow();
    AnnualReview review = governance.annualReview().orElseThrow();
    PartnerMeeting partners = governance.partnerMeeting().orElseThrow();
    return Stream.of(
            charter.title().stream(),
            Stream.of(mission.text()),
            mission.guidedBy().stream(),
            mission.alignsWith().stream(),
            charter.objectives().stream().map(CharterObjective::text),
            composition.wording().stream(),
            composition.memberDuties().stream(),
            composition.externalPartners().stream().map(StakeholderGroup::wording),
            governance.coChairs().stream().flatMap(s -> s.post().stream()),
            governance.coChairs().stream().flatMap(s -> s.tenure().wording().stream()),
            governance.chairDuties().stream(),
            meetings.venues().stream(),
            meetings.wording().stream(),
            governance.decisions().stream().flatMap(d -> Stream.concat(d.subject().stream(), d.wording().stream())),
            groups.purpose().stream(),
            groups.wording().stream(),
            groups.drawnFrom().stream().map(g -> ((StakeholderGroup) g).wording()),
            review.purposes().stream(),
            review.outcomes().stream(),
            review.invitees().stream().map(g -> ((StakeholderGroup) g).wording()),
            governance.reportingLines().stream()
                .flatMap(l -> Stream.concat(l.subjects().stream(), l.wording().stream())),
            partners.condition().stream(),
            partners.wording().stream())
        .flatMap(s -> s);
  }
}
