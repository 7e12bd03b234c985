package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Completeness;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.ExecutiveCommittee;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.fixtures.Fixtures;
import io.github.gcmkit.rules.fixtures.Senegal;
import io.github.gcmkit.rules.fixtures.WestCentralAfrica;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules judge only what is known: the same charter or federation, with its facts stated, marked
 * interpreted, marked unknown, or its lists marked partial.
 */
class ProvenanceRulesTest {

  private static final Validator BASELINE = Validator.of(Profile.baseline());
  private static final String MEETINGS = "charter.meetings.frequency";

  /** Senegal's mandate without its meeting rule: what its text would say if it said nothing of it. */
  private static final Charter NO_MEETINGS =
      Senegal.charter().withGovernance(Senegal.governance().withMeetings(Optional.empty()));

  private static Statement statement(String path, Provenance provenance) {
    return Statement.builder().path(path).provenance(provenance).build();
  }

  /** A launch note's charter: Senegal's co-chairs, partial sources, {@code unknown} marked unknown. */
  private static Charter coChairsOnly(String... unknown) {
    Sourcing.Builder launchNote = Sourcing.builder().completeness(Completeness.PARTIAL);
    for (String path : unknown) {
      launchNote.addStatement(statement(path, Provenance.UNKNOWN));
    }
    return Charter.builder()
        .governance(Governance.builder().addAllCoChairs(Senegal.governance().coChairs()).build())
        .sourcing(launchNote.build())
        .build();
  }

  @Test
  void aMissingMeetingRuleThatIsStatedAsMissingIsAFinding() {
    Report report = BASELINE.validate(NO_MEETINGS);
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals(MEETINGS))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.pointer()).hasToString("/governance/meetings");
          assertThat(f.basis()).isEqualTo(Provenance.STATED);
        });
  }

  @Test
  void aMeetingRuleTheSourcesDoNotStateIsNotEvaluatedWithTheReason() {
    Charter unknown =
        NO_MEETINGS.withSourcing(
            Sourcing.builder()
                .addStatement(
                    Statement.builder()
                        .path("/governance/meetings")
                        .provenance(Provenance.UNKNOWN)
                        .note(LocalizedText.en("the annex on meetings is missing"))
                        .build())
                .build());
    Report report = BASELINE.validate(unknown);
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals(MEETINGS));
    assertThat(report.notEvaluated())
        .filteredOn(n -> n.ruleId().equals(MEETINGS))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.pointer()).hasToString("/governance/meetings");
          assertThat(n.reason().text("en"))
              .isEqualTo("The recorded sources do not state what /governance/meetings holds (it is marked"
                  + " unknown: the annex on meetings is missing), so the rule is not evaluated there.");
          assertThat(n.reason().text("fr")).startsWith("Les sources enregistrées ne disent pas");
        });
    assertThat(report.status(MEETINGS)).isEqualTo(RuleStatus.NOT_EVALUATED);
  }

  @Test
  void aFindingOnAnInterpretedStatementSaysSo() {
    Charter interpreted =
        NO_MEETINGS.withSourcing(
            Sourcing.builder()
                .addStatement(
                    Statement.builder()
                        .path("/governance")
                        .provenance(Provenance.INTERPRETED)
                        .note(LocalizedText.en("read from the workplan's modalities"))
                        .build())
                .build());
    Finding f =
        BASELINE.validate(interpreted).findings().stream()
            .filter(x -> x.ruleId().equals(MEETINGS))
            .findFirst()
            .orElseThrow();
    assertThat(f.basis()).isEqualTo(Provenance.INTERPRETED);
    assertThat(f.message().text("en"))
        .endsWith("This rests on an interpretation of the sources: read from the workplan's modalities");
    assertThat(f.message().text("fr")).contains("Ce constat repose sur une interprétation des sources");
  }

  @Test
  void aDocumentStatingOnlyItsCoChairsGetsNoFindingAboutWhatItLeavesUnknown() {
    Charter coChairsOnly = coChairsOnly("/mission", "/objectives", "/composition", "/governance/meetings",
        "/governance/decisions", "/governance/secretariat", "/governance/annualReview",
        "/governance/reportingLines", "/governance/workingGroups", "/governance/partnerMeeting");
    Sourcing launchNote = coChairsOnly.sourcing();
    Report stated = BASELINE.validate(coChairsOnly.withSourcing(Sourcing.none()));
    Report report = BASELINE.validate(coChairsOnly);
    assertThat(stated.findings()).isNotEmpty();
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(launchNote.isUnknown(f.pointer())).as(f.toString()).isFalse());
    assertThat(report.notEvaluated())
        .extracting(NotEvaluated::ruleId)
        .contains("charter.mission.required", MEETINGS, "charter.decision.rule-required");
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.message().text("en")).startsWith("In what the recorded sources state"));
  }

  /**
   * The marks name the clauses themselves, below the objects the rules report an absent clause at
   * (a charter with no meeting policy is reported at /governance/meetings, about its frequency).
   */
  @Test
  void anUnknownClauseSilencesTheRuleThatReportsItsAbsenceAtTheEnclosingObject() {
    Charter coChairsOnly = coChairsOnly("/mission/links", "/objectives", "/composition/externalPartners",
        "/governance/meetings/frequency", "/governance/decisions", "/governance/secretariat/leads",
        "/governance/annualReview/frequency", "/governance/reportingLines");
    List<String> clauses = List.of(MEETINGS, "charter.secretariat.required", "charter.annual-review.required",
        "charter.stakeholders.whole-of-society");

    Report stated = BASELINE.validate(coChairsOnly.withSourcing(Sourcing.none()));
    Report report = BASELINE.validate(coChairsOnly);

    assertThat(stated.findings()).extracting(Finding::ruleId).containsAll(clauses);
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContainAnyElementsOf(clauses);
    assertThat(report.notEvaluated())
        .filteredOn(n -> n.ruleId().equals(MEETINGS))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.pointer()).hasToString("/governance/meetings");
          assertThat(n.reason().text("en")).contains("/governance/meetings/frequency", "marked unknown");
        });
    assertThat(report.notEvaluated()).extracting(NotEvaluated::ruleId).containsAll(clauses);
  }

  @Test
  void aClauseTheRecordStatesIsStillJudgedWhenAnotherIsUnknown() {
    Charter noMeetings =
        NO_MEETINGS.withSourcing(
            Sourcing.builder().addStatement(statement("/governance/secretariat/leads", Provenance.UNKNOWN)).build());
    assertThat(BASELINE.validate(noMeetings).findings()).extracting(Finding::ruleId).contains(MEETINGS);
  }

  @Test
  void aNationalNetworkReportingToARegionWhoseCountriesArePartialGetsNoCoverageError() {
    Network wca =
        WestCentralAfrica.network()
            .withCoveredCountries("CM")
            .withSourcing(
                Sourcing.builder()
                    .addStatement(Statement.builder().path("/coveredCountries").partial(true).build())
                    .build());
    Federation federation = Federation.of(List.of(Fixtures.global(), wca, Senegal.network()));
    Report report = BASELINE.validate(federation);
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("federation.region.covers-country"));
    assertThat(report.notEvaluated())
        .filteredOn(n -> n.ruleId().equals("federation.region.covers-country"))
        .singleElement()
        .satisfies(n -> assertThat(n.localPointer()).hasToString("/country"));
    Report complete = BASELINE.validate(federation.withNetworks(Fixtures.global(), wca.withSourcing(Sourcing.none()), Senegal.network()));
    assertThat(complete.findings())
        .filteredOn(f -> f.ruleId().equals("federation.region.covers-country"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void membersNoneOfWhichIsRecordedAreNotEvaluatedRatherThanPassed() {
    Charter emptyCommittee =
        Senegal.charter()
            .withComposition(Senegal.composition().withMembers(List.of()).withBasis(Optional.empty()))
            .withGovernance(
                Senegal.governance().withExecutiveCommittee(ExecutiveCommittee.builder().build()));
    Report report = BASELINE.validate(emptyCommittee);
    assertThat(report.notEvaluated())
        .filteredOn(n -> n.ruleId().equals("charter.excom.members"))
        .singleElement()
        .satisfies(n -> assertThat(n.reason().text("en"))
            .isEqualTo("No member of the executive committee is recorded, so none is checked."));
    assertThat(report.notEvaluated())
        .filteredOn(n -> n.ruleId().equals("charter.composition.un-members"))
        .singleElement()
        .satisfies(n -> assertThat(n.reason().text("en")).contains("No member is recorded"));
    assertThat(report.status("charter.excom.members")).isEqualTo(RuleStatus.NOT_EVALUATED);
  }

  @Test
  void whatAPartialListOmitsIsAtMostInformation() {
    Charter noObjectives = Senegal.charter().withObjectives(List.of());
    Finding stated = finding(BASELINE.validate(noObjectives), "charter.human-rights");
    Charter partial =
        noObjectives.withSourcing(
            Sourcing.builder()
                .addStatement(Statement.builder().path("/objectives").partial(true).build())
                .build());
    Finding f = finding(BASELINE.validate(partial), "charter.human-rights");
    assertThat(stated.severity()).isNotEqualTo(Severity.INFO);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message().text("en")).endsWith("The recorded list is partial: it may hold more than the sources name.");
  }

  private static Finding finding(Report report, String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
  }

  @Test
  void aRuleThatPassedWhereverItRanIsCountedAsPassed() {
    Report report = BASELINE.validate(Fixtures.federation());
    // The global network records no charter: the rule is not evaluated there, and passes on Senegal's.
    assertThat(report.notEvaluated())
        .anyMatch(n -> n.ruleId().equals("charter.cochairs.required") && n.networkId().equals(Optional.of("global")));
    assertThat(report.status("charter.cochairs.required")).isEqualTo(RuleStatus.PASSED);
  }
}
