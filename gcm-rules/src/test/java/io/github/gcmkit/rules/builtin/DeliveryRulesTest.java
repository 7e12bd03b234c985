package io.github.gcmkit.rules.builtin;

import static io.github.gcmkit.rules.fixtures.Fixtures.en;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityRef;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.MptfThematicArea;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.programme.MarkerScore;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.ProgressStatus;
import io.github.gcmkit.model.progress.UnitProgress;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.RuleStatus;
import io.github.gcmkit.rules.fixtures.Cameroon;
import io.github.gcmkit.rules.fixtures.Examples;
import io.github.gcmkit.rules.fixtures.Fixtures;
import io.github.gcmkit.rules.fixtures.Senegal;
import io.github.gcmkit.rules.fixtures.WestCentralAfrica;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The rules on joint programmes and progress reports, on synthetic programmes and reports
 * against the seeds' workplans: the seeds record no real programme or report.
 */
class DeliveryRulesTest {

  private static final Examples EXAMPLES = new Examples();

  /** WCA workstream 1.1 runs November to December 2020, 1.2 in December 2020. */
  private static final Network WCA = WestCentralAfrica.network();

  @AfterAll
  static void everyProgrammeAndProgressRuleIsShownToPassAndToFail() {
    EXAMPLES.assertEveryRuleShown(
        "network.programme.", "network.progress.", "network.delivery.", "federation.programme.");
  }

  private static ProgressReport report(String id, LocalDate asOf, UnitProgress... units) {
    return ProgressReport.builder()
        .id(id)
        .network("wca")
        .asOf(PartialDate.of(asOf))
        .addUnits(units)
        .build();
  }

  private static Network wcaWith(ProgressReport... reports) {
    return WCA.withProgressReports(reports);
  }

  @Test
  void aUnitStillOpenAfterItsScheduleIsOverdue() {
    Network late = wcaWith(report("2021-q1", LocalDate.of(2021, 3, 31),
        UnitProgress.of("1.1", ProgressStatus.ON_TRACK), UnitProgress.of("1.2", ProgressStatus.DONE)));
    Finding f = EXAMPLES.fails("network.progress.unit-overdue", late, "/progressReports/0/units/0");
    assertThat(f.message().text("en"))
        .isEqualTo("Unit 1.1, scheduled 2020-11/2020-12, is on track in report 2021-q1 as of 2021-03-31:"
            + " its schedule has ended.");
    assertThat(f.message().text("fr")).contains("« en bonne voie »");
  }

  @Test
  void aUnitWithinItsScheduleOrClosedIsNotOverdue() {
    Network onTime = wcaWith(report("2020-q4", LocalDate.of(2020, 12, 31),
        UnitProgress.of("1.1", ProgressStatus.ON_TRACK),
        UnitProgress.of("1.2", ProgressStatus.CANCELLED)));
    EXAMPLES.passes("network.progress.unit-overdue", onTime);
  }

  @Test
  void withoutAReportNothingIsOverdueAndAnUnreportedUnitIsNotJudged() {
    assertNothingJudged("network.progress.unit-overdue", WCA,
        "No progress report is recorded for network wca.");
    Network secondWorkplan = wcaWith(report("2021-q1", LocalDate.of(2021, 3, 31),
        UnitProgress.of("1.2", ProgressStatus.DONE)).withWorkplan("2020-2021"))
        .withWorkplans(WCA.workplans().get(0), WCA.workplans().get(0).withId("2022-2023"));
    EXAMPLES.notEvaluated("network.progress.unit-overdue", secondWorkplan, "/workplans/1");
    Network silentOn11 = wcaWith(report("2021-q1", LocalDate.of(2021, 3, 31),
        UnitProgress.of("1.2", ProgressStatus.DONE)));
    EXAMPLES.passes("network.progress.unit-overdue", silentOn11);
  }

  @Test
  void aUnitDoneBeforeItsScheduleStartsIsSuspicious() {
    UnitProgress early = UnitProgress.builder().unit("1.2").status(ProgressStatus.DONE)
        .completed(PartialDate.of(java.time.YearMonth.of(2020, 10))).build();
    Finding f = EXAMPLES.fails("network.progress.done-before-start",
        wcaWith(report("2020-q4", LocalDate.of(2020, 12, 31), early)), "/progressReports/0/units/0");
    assertThat(f.message().text("en"))
        .isEqualTo("Unit 1.2 is reported done by 2020-10, before its schedule 2020-12/2020-12 starts.");
    EXAMPLES.passes("network.progress.done-before-start",
        wcaWith(report("2020-q4", LocalDate.of(2020, 12, 31), UnitProgress.of("1.2", ProgressStatus.DONE))));
  }

  @Test
  void reportsFollowTheQuarterlyCadence() {
    ProgressReport q4 = report("2020-q4", LocalDate.of(2020, 12, 31));
    ProgressReport q1 = report("2021-q1", LocalDate.of(2021, 3, 31));
    ProgressReport q3 = report("2021-q3", LocalDate.of(2021, 9, 30));
    EXAMPLES.passes("network.progress.report-late", wcaWith(q4, q1));
    Finding gap = EXAMPLES.fails("network.progress.report-late", wcaWith(q4, q1, q3), "/progressReports/2/asOf");
    assertThat(gap.message().text("en"))
        .isEqualTo("Report 2021-q3 as of 2021-09-30 follows report 2021-q1 as of 2021-03-31 by more than"
            + " the cadence (quarterly).");
  }

  @Test
  void asOfADateTheLatestReportMayBeLate() {
    Network reported = wcaWith(report("2020-q4", LocalDate.of(2020, 12, 31)));
    Finding stale = EXAMPLES.fails("network.progress.report-late", reported, "/progressReports/0/asOf",
        v -> v.profile(Profile.builder("as-of").include("network.progress.report-late")
            .parameter("network.progress.report-late", "asOf", "2021-05-15").build()));
    assertThat(stale.message().text("en")).endsWith("the next was due by 2021-03-31.");
    EXAMPLES.passes("network.progress.report-late", reported,
        v -> v.profile(Profile.builder("as-of").include("network.progress.report-late")
            .parameter("network.progress.report-late", "asOf", "2021-03-31").build()));
  }

  @Test
  void withoutAReportOrACadenceNoReportIsLate() {
    assertNothingJudged("network.progress.report-late", WCA, "No progress report is recorded for network wca.");
    Network noCadence = Cameroon.network()
        .withProgressReports(report("q1", LocalDate.of(2023, 3, 31)).withNetwork("cm"));
    EXAMPLES.notEvaluated("network.progress.report-late", noCadence, "/workplans/0");
  }

  @Test
  void withoutAReportNothingIsDoneEarly() {
    assertNothingJudged("network.progress.done-before-start", WCA,
        "No progress report is recorded for network wca.");
    Network unknownWorkplan = wcaWith(report("q", LocalDate.of(2021, 3, 31),
        UnitProgress.of("1.2", ProgressStatus.DONE)).withWorkplan("2030"));
    EXAMPLES.notEvaluated("network.progress.done-before-start", unknownWorkplan, "/progressReports/0");
  }

  @Test
  void withoutAReportOrAProgrammeNoUnitReferenceIsJudged() {
    assertNothingJudged("network.delivery.units-resolve", WCA,
        "No progress report or joint programme is recorded for network wca.");
  }

  @Test
  void withoutAProgrammeNoProgrammeRuleIsJudged() {
    for (String rule : List.of(
        "network.programme.composition", "network.programme.markers", "network.programme.thematic-area")) {
      assertNothingJudged(rule, WCA, "No joint programme is recorded for network wca.");
    }
    Report none = Examples.validate("federation.programme.participants-members",
        Federation.of(List.of(Fixtures.global(), WCA, Senegal.network())), v -> v);
    assertThat(none.status("federation.programme.participants-members")).isEqualTo(RuleStatus.NOT_EVALUATED);
    assertThat(none.notEvaluated()).singleElement()
        .satisfies(n -> assertThat(n.reason().text("en")).isEqualTo("No joint programme is recorded in the networks checked."));
  }

  /**
   * Asserts that rule {@code ruleId} judges nothing of {@code network}, for {@code reason}: not
   * evaluated as a whole, never passed.
   */
  private static void assertNothingJudged(String ruleId, Network network, String reason) {
    Report report = EXAMPLES.notEvaluated(ruleId, network, "");
    assertThat(report.status(ruleId)).as("%s\n%s", ruleId, report).isEqualTo(RuleStatus.NOT_EVALUATED);
    assertThat(report.notEvaluated()).singleElement()
        .satisfies(n -> assertThat(n.reason().text("en")).isEqualTo(reason));
  }

  @Test
  void reportsAndProgrammesNameUnitsThatExist() {
    EXAMPLES.passes("network.delivery.units-resolve", wcaWith(report("q", LocalDate.of(2021, 3, 31),
        UnitProgress.of("core-1", ProgressStatus.ON_TRACK), UnitProgress.of("1.1", ProgressStatus.DONE))));
    Finding f = EXAMPLES.fails("network.delivery.units-resolve", wcaWith(report("q", LocalDate.of(2021, 3, 31),
        UnitProgress.of("9.9", ProgressStatus.DONE))), "/progressReports/0/units/0/unit");
    assertThat(f.message().text("en")).isEqualTo("q refers to unit 9.9, which workplan 2020-2021 does not have.");
    Network unknownWorkplan = WCA.withProgrammes(programme().withWorkplan("2030"));
    EXAMPLES.fails("network.delivery.units-resolve", unknownWorkplan, "/programmes/0/workplan");
  }

  /** A synthetic programme that every programme rule accepts. */
  private static JointProgramme programme() {
    return JointProgramme.builder()
        .id("example-jp")
        .title(en("Synthetic example"))
        .addCountry("SN")
        .addParticipatingOrganisation(EntityRef.of(EntityId.of("IOM")))
        .addParticipatingOrganisation(EntityRef.of(EntityId.of("ILO")))
        .convening(EntityRef.of(EntityId.of("IOM")))
        .links(GcmLinks.builder().addObjective(GcmObjective.ofNumber(6))
            .addMptfArea(MptfThematicArea.REGULAR_MIGRATION).build())
        .genderMarker(MarkerScore.SIGNIFICANT_CONTRIBUTION)
        .humanRightsMarker(MarkerScore.LIMITED_CONTRIBUTION)
        .build();
  }

  @Test
  void aProgrammeHasSeveralOrganisationsAndAConveningOne() {
    EXAMPLES.passes("network.programme.composition", WCA.withProgrammes(programme()));
    JointProgramme alone = programme().withParticipatingOrganisations(EntityRef.of(EntityId.of("IOM")));
    Finding f = EXAMPLES.fails("network.programme.composition", WCA.withProgrammes(alone),
        "/programmes/0/participatingOrganisations");
    assertThat(f.message().text("en"))
        .isEqualTo("Joint programme example-jp names 1 participating UN organisation(s); at least 2 are expected.");
    EXAMPLES.fails("network.programme.composition",
        WCA.withProgrammes(programme().withConvening(EntityRef.of(EntityId.of("UNHCR")))), "/programmes/0/convening");
    EXAMPLES.fails("network.programme.composition",
        WCA.withProgrammes(programme().withConvening(java.util.Optional.empty())), "/programmes/0");
  }

  @Test
  void aProgrammeStatesBothMarkers() {
    EXAMPLES.passes("network.programme.markers", WCA.withProgrammes(programme()));
    Finding f = EXAMPLES.fails("network.programme.markers",
        WCA.withProgrammes(programme().withHumanRightsMarker(java.util.Optional.empty())), "/programmes/0");
    assertThat(f.message().text("en")).isEqualTo("Joint programme example-jp states no human rights marker.");
  }

  @Test
  void aProgrammesThematicAreaAgreesWithItsObjectives() {
    EXAMPLES.passes("network.programme.thematic-area", WCA.withProgrammes(programme()));
    JointProgramme misfiled = programme().withLinks(GcmLinks.builder()
        .addObjective(GcmObjective.ofNumber(6)).addMptfArea(MptfThematicArea.SOCIAL_INCLUSION).build());
    Finding f = EXAMPLES.fails("network.programme.thematic-area", WCA.withProgrammes(misfiled), "/programmes/0/links/mptfAreas");
    assertThat(f.message().text("en")).contains("thematic area 5").contains("covers objectives [14, 15, 16]");
    EXAMPLES.notEvaluated("network.programme.thematic-area",
        WCA.withProgrammes(programme().withLinks(GcmLinks.none())), "/programmes/0/links");
  }

  @Test
  void aNationalProgrammesOrganisationsAreMembersOfTheCountrysNetwork() {
    Network senegal = Senegal.network();
    Federation ok = Federation.of(List.of(Fixtures.global(), WCA.withProgrammes(programme()), senegal));
    EXAMPLES.passes("federation.programme.participants-members", ok);
    JointProgramme withEcowas = programme().withParticipatingOrganisations(
        EntityRef.of(EntityId.of("IOM")), EntityRef.of(EntityId.of("ECOWAS")));
    Federation outsider = Federation.of(List.of(Fixtures.global(), WCA.withProgrammes(withEcowas), senegal));
    Finding f = EXAMPLES.fails("federation.programme.participants-members", outsider,
        "/networks/1/programmes/0/participatingOrganisations/1");
    assertThat(f.message().text("en"))
        .isEqualTo("Joint programme example-jp names ECOWAS, which network sn does not record as a member.");
    JointProgramme inCameroon = programme().withCountries("CM");
    Report noMembers = EXAMPLES.notEvaluated("federation.programme.participants-members",
        Federation.of(List.of(Fixtures.global(), WCA.withProgrammes(inCameroon), Cameroon.network())),
        "/networks/1/programmes/0/participatingOrganisations/0");
    assertThat(noMembers.notEvaluated()).anySatisfy(n ->
        assertThat(n.reason().text("en")).isEqualTo("No member of network cm is recorded, so whether IOM is one is not known."));
  }

  @Test
  void anOrganisationMissingFromMembersMarkedPartialIsNotJudged() {
    Network partial = Senegal.network().withSourcing(Sourcing.builder()
        .addStatement(Statement.builder().path("/members").partial(true).build()).build());
    JointProgramme withEcowas = programme().withParticipatingOrganisations(
        EntityRef.of(EntityId.of("IOM")), EntityRef.of(EntityId.of("ECOWAS")));
    Report report = EXAMPLES.notEvaluated("federation.programme.participants-members",
        Federation.of(List.of(Fixtures.global(), WCA.withProgrammes(withEcowas), partial)),
        "/networks/1/programmes/0/participatingOrganisations/1");
    assertThat(report.findings()).isEmpty();
    assertThat(report.notEvaluated()).singleElement().satisfies(n -> assertThat(n.reason().text("en"))
        .isEqualTo("The members of network sn are recorded only in part (marked partial), and ECOWAS is not"
            + " among those recorded, so whether it is one is not known."));
  }

  @Test
  void aProgrammeForSeveralCountriesIsNotJudgedAgainstOneNetwork() {
    JointProgramme regional = programme().withCountries("SN", "CM");
    EXAMPLES.notEvaluated("federation.programme.participants-members",
        Federation.of(List.of(Fixtures.global(), WCA.withProgrammes(regional), Senegal.network())),
        "/networks/1/programmes/0");
  }
}
