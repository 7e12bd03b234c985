package io.github.gcmkit.rules.builtin;

import static io.github.gcmkit.rules.fixtures.Fixtures.entity;
import static io.github.gcmkit.rules.fixtures.Fixtures.fr;
import static io.github.gcmkit.rules.fixtures.Fixtures.group;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.FrequencyUnit;
import io.github.gcmkit.model.GcmLinks;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.Membership;
import io.github.gcmkit.model.charter.AnnualReview;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.ExecutiveCommittee;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.fixtures.Examples;
import io.github.gcmkit.rules.fixtures.Senegal;
import io.github.gcmkit.rules.fixtures.WestCentralAfrica;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every charter rule passing on the seeds' charters and failing on a variant of them. */
class CharterRulesTest {

  private static final Examples EXAMPLES = new Examples();

  private static final Network SENEGAL = Senegal.network();

  @AfterAll
  static void everyCharterRuleIsShownToPassAndToFail() {
    EXAMPLES.assertEveryRuleShown("charter.");
  }

  @Test
  void missionRequired() {
    EXAMPLES.passes("charter.mission.required", SENEGAL);
    Finding f =
        EXAMPLES.fails("charter.mission.required", senegal(c -> c.withMission(Optional.empty())), "/charter/mission");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message().text("fr")).isEqualTo("Le mandat n’énonce aucune mission.");
    assertThat(f.hint()).isPresent();
  }

  @Test
  void missionGcmReference() {
    EXAMPLES.passes("charter.mission.gcm-reference", SENEGAL);
    Charter unlinked = Senegal.charter().withMission(Senegal.mission().withLinks(GcmLinks.none()));
    EXAMPLES.fails("charter.mission.gcm-reference", unlinked, "/mission/links");
    EXAMPLES.notEvaluated(
        "charter.mission.gcm-reference", Charter.builder().build(), "/mission");
  }

  @Test
  void coChairsRequiredWarnsBelowTwoSeatsAndErrsWithNone() {
    EXAMPLES.passes("charter.cochairs.required", SENEGAL);
    Finding one =
        EXAMPLES.fails(
            "charter.cochairs.required",
            senegalGovernance(g -> g.withCoChairs(Senegal.seat(entity("IOM")))),
            "/charter/governance/coChairs");
    assertThat(one.severity()).isEqualTo(Severity.WARNING);
    assertThat(one.message().text("en")).isEqualTo("The charter names 1 chair seat(s); at least 2 are expected.");
    Finding none =
        EXAMPLES.fails(
            "charter.cochairs.required",
            senegalGovernance(g -> g.withCoChairs(List.of())),
            "/charter/governance/coChairs");
    assertThat(none.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void coordinatorSeat() {
    EXAMPLES.passes("charter.cochairs.coordinator-seat", SENEGAL);
    Network withoutIom =
        senegalGovernance(
            g -> g.withCoChairs(ChairSeat.of(entity("OHCHR")), ChairSeat.of(entity("RC")))
                .withSecretariat(Secretariat.of(entity("RCO"))));
    Finding f = EXAMPLES.fails("charter.cochairs.coordinator-seat", withoutIom, "/charter/governance/coChairs");
    assertThat(f.message().text("en")).isEqualTo("IOM holds neither a chair seat nor the secretariat.");
    // The parameter names the coordinator by code or alias: OHCHR ("HCDH") holds a seat.
    EXAMPLES.passes("charter.cochairs.coordinator-seat", withoutIom,
        b -> b.profile(profile("charter.cochairs.coordinator-seat", "coordinator", "HCDH")));
  }

  @Test
  void rotationTerm() {
    EXAMPLES.passes("charter.cochairs.rotation-term", SENEGAL);
    Network noSuccession =
        senegalGovernance(
            g -> g.withCoChairs(Senegal.seat(entity("OHCHR")),
                ChairSeat.builder().holder(entity("IOM")).tenure(Tenure.rotating(12)).build()));
    Finding f = EXAMPLES.fails(
        "charter.cochairs.rotation-term", noSuccession,
        "/charter/governance/coChairs/1/tenure/nextHolderNamedAt");
    // The organisation takes the French acronym the catalogue records in French, its code in English.
    assertThat(f.message().text("fr")).contains("de OIM").doesNotContain("IOM");
    assertThat(f.message().text("en")).contains("IOM");
  }

  @Test
  void meetingFrequencyHonoursItsParameter() {
    EXAMPLES.passes("charter.meetings.frequency", SENEGAL);
    Finding f =
        EXAMPLES.fails("charter.meetings.frequency", SENEGAL, "/charter/governance/meetings/frequency",
            b -> b.profile(profile("charter.meetings.frequency", "maxIntervalMonths", 2)));
    assertThat(f.message().text("fr")).isEqualTo("Le réseau se réunit tous les trois mois, moins souvent que tous les 2 mois.");
    EXAMPLES.fails(
        "charter.meetings.frequency",
        senegalGovernance(g -> g.withMeetings(g.meetings().orElseThrow().withFrequency(Optional.empty()))),
        "/charter/governance/meetings/frequency");
  }

  @Test
  void decisionRuleRequired() {
    EXAMPLES.passes("charter.decision.rule-required", SENEGAL);
    EXAMPLES.fails(
        "charter.decision.rule-required",
        senegalGovernance(g -> g.withDecisions(List.of())),
        "/charter/governance/decisions");
  }

  @Test
  void decisionConsultation() {
    EXAMPLES.passes("charter.decision.consultation", WestCentralAfrica.charter());
    Charter unconsulted =
        wcaGovernance(g -> g.withDecisions(WestCentralAfrica.workplanValidation().withConsultedFirst(List.of())));
    Finding f = EXAMPLES.fails("charter.decision.consultation", unconsulted, "/governance/decisions/0/consultedFirst");
    assertThat(f.message().text("en")).isEqualTo("A decision taken by the executive committee does not require consulting all members first.");
  }

  @Test
  void executiveCommitteeMembers() {
    Network wca = WestCentralAfrica.network();
    ExecutiveCommittee committee = wca.charter().orElseThrow().governance().executiveCommittee().orElseThrow();
    EXAMPLES.passes("charter.excom.members", withCommittee(wca, committee.withMembers(entity("IOM"), entity("OHCHR"))));
    Network withAuc = withCommittee(wca, committee.withMembers(entity("IOM"), entity("AUC")));
    Finding f = EXAMPLES.fails("charter.excom.members", withAuc, "/charter/governance/executiveCommittee/members/1");
    assertThat(f.message().text("en")).isEqualTo("AUC sits on the executive committee but is not a member of the network.");
  }

  @Test
  void unMembers() {
    EXAMPLES.passes("charter.composition.un-members", SENEGAL);
    Charter withGovernment =
        Senegal.charter().withComposition(Senegal.composition()
            .withMembers(Membership.of("IOM"), Membership.of("OHCHR"), Membership.of("SN-GOV")));
    Finding f = EXAMPLES.fails("charter.composition.un-members", withGovernment, "/composition/members/2");
    assertThat(f.message().text("en")).isEqualTo("SN-GOV (Government of Senegal) is named as a member but is not a UN system entity.");
  }

  @Test
  void secretariatRequired() {
    EXAMPLES.passes("charter.secretariat.required", SENEGAL);
    EXAMPLES.fails(
        "charter.secretariat.required",
        senegalGovernance(g -> g.withSecretariat(Optional.empty())),
        "/charter/governance/secretariat");
  }

  @Test
  void reportingLineRequired() {
    EXAMPLES.passes("charter.reporting.line-required", SENEGAL);
    Finding f =
        EXAMPLES.fails(
            "charter.reporting.line-required",
            senegalGovernance(g -> g.withReportingLines(List.of())),
            "/charter/governance/reportingLines");
    assertThat(f.hint().orElseThrow().text("en")).contains("reports to wca");
    EXAMPLES.notEvaluated(
        "charter.reporting.line-required",
        Senegal.charter().withGovernance(Senegal.governance().withReportingLines(List.of())),
        "/governance/reportingLines");
  }

  @Test
  void annualReviewRequired() {
    EXAMPLES.passes("charter.annual-review.required", SENEGAL);
    AnnualReview review = Senegal.governance().annualReview().orElseThrow();
    EXAMPLES.fails(
        "charter.annual-review.required",
        senegalGovernance(g -> g.withAnnualReview(review.withFrequency(Frequency.every(2, FrequencyUnit.YEAR)))),
        "/charter/governance/annualReview/frequency");
    EXAMPLES.fails(
        "charter.annual-review.required",
        senegalGovernance(g -> g.withAnnualReview(Optional.empty())),
        "/charter/governance/annualReview");
  }

  @Test
  void workingGroupOpenChair() {
    EXAMPLES.passes("charter.working-groups.open-chair", SENEGAL);
    // WCA: the Executive Committee decides each working group's chair; the charter does not open it.
    Finding f =
        EXAMPLES.fails(
            "charter.working-groups.open-chair",
            WestCentralAfrica.charter(),
            "/governance/workingGroupPolicy/chairOpenToAllMembers");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void wholeOfSocietyPartners() {
    EXAMPLES.passes("charter.stakeholders.whole-of-society", SENEGAL);
    Charter narrow =
        Senegal.charter().withComposition(Senegal.composition().withExternalPartners(
            group(GroupKind.MIGRANTS, fr("les migrants")),
            group(GroupKind.CIVIL_SOCIETY, fr("la société civile")),
            group(GroupKind.GOVERNMENT, fr("les départements/services étatiques"))));
    Finding f = EXAMPLES.fails("charter.stakeholders.whole-of-society", narrow, "/composition/externalPartners");
    assertThat(f.message().text("en")).isEqualTo("The external partners span 2 whole-of-society categories; at least 5 are expected.");
  }

  @Test
  void humanRights() {
    EXAMPLES.passes("charter.human-rights", SENEGAL);
    EXAMPLES.passes("charter.human-rights", WestCentralAfrica.charter());
    Charter withoutObjective9 =
        Senegal.charter().withObjectives(Senegal.charter().objectives().stream()
            .filter(o -> !o.id().equals("9")).collect(Collectors.toList()));
    EXAMPLES.fails("charter.human-rights", withoutObjective9, "/objectives");
  }

  private static Network senegal(UnaryOperator<Charter> change) {
    return SENEGAL.withCharter(change.apply(Senegal.charter()));
  }

  private static Network senegalGovernance(UnaryOperator<Governance> change) {
    return senegal(c -> c.withGovernance(change.apply(c.governance())));
  }

  private static Charter wcaGovernance(UnaryOperator<Governance> change) {
    Charter charter = WestCentralAfrica.charter();
    return charter.withGovernance(change.apply(charter.governance()));
  }

  private static Network withCommittee(Network network, ExecutiveCommittee committee) {
    Charter charter = network.charter().orElseThrow();
    return network.withCharter(charter.withGovernance(charter.governance().withExecutiveCommittee(committee)));
  }

  private static Profile profile(String ruleId, String parameter, Object value) {
    return Profile.builder(ruleId).include(ruleId).parameter(ruleId, parameter, value).build();
  }
}
