package io.github.gcmkit.rules.builtin;

import static io.github.gcmkit.rules.fixtures.Fixtures.en;
import static io.github.gcmkit.rules.fixtures.Fixtures.entity;
import static io.github.gcmkit.rules.fixtures.Fixtures.group;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.GroupKind;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.Pledge;
import io.github.gcmkit.model.PledgeKind;
import io.github.gcmkit.model.Schedule;
import io.github.gcmkit.model.Sourcing;
import io.github.gcmkit.model.StakeholderGroup;
import io.github.gcmkit.model.Statement;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Activity;
import io.github.gcmkit.model.workplan.Priority;
import io.github.gcmkit.model.workplan.PriorityKind;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.Workstream;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.fixtures.Cameroon;
import io.github.gcmkit.rules.fixtures.Examples;
import io.github.gcmkit.rules.fixtures.Senegal;
import io.github.gcmkit.rules.fixtures.WestCentralAfrica;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every workplan rule passing on the seeds' workplans and failing on a variant of them. */
class WorkplanRulesTest {

  private static final Examples EXAMPLES = new Examples();

  private static final Network WCA = WestCentralAfrica.network();
  private static final Network CAMEROON = Cameroon.network();
  private static final String WCA_WORKPLAN = "/workplans/0";

  @AfterAll
  static void everyWorkplanRuleIsShownToPassAndToFail() {
    EXAMPLES.assertEveryRuleShown("workplan.");
  }

  @Test
  void periodValid() {
    EXAMPLES.passes("workplan.period.valid", CAMEROON);
    Finding f = EXAMPLES.fails("workplan.period.valid", Cameroon.workplan().withPeriod(Optional.empty()), "/period");
    assertThat(f.message().text("en")).isEqualTo("Workplan 2023-2024 states no period.");
  }

  @Test
  void leadRequired() {
    EXAMPLES.passes("workplan.workstream.lead-required", WCA);
    Network unled = wcaWorkstream("3.1", w -> w.withLeads(List.of()));
    EXAMPLES.fails("workplan.workstream.lead-required", unled, WCA_WORKPLAN + "/priorities/2/workstreams/0/leads");
    // Cameroon lists its activities directly under its priorities: each priority is the unit of work.
    Finding f = EXAMPLES.fails("workplan.workstream.lead-required", CAMEROON, "/workplans/0/priorities/0/leads");
    assertThat(f.message().text("en")).isEqualTo("Priority core-1, which has no workstreams, names no lead.");
    assertThat(f.message().text("fr"))
        .isEqualTo("La priorité core-1, qui n’a pas d’axes de travail, ne désigne aucun chef de file.");
    EXAMPLES.notEvaluated(
        "workplan.workstream.lead-required", Cameroon.workplan().withPriorities(List.of()), "/priorities");
  }

  @Test
  void cameroonsTenPrioritiesEachLackALeadParticipantsAndATimeline() {
    for (String rule :
        List.of(
            "workplan.workstream.lead-required",
            "workplan.workstream.participants",
            "workplan.workstream.timeline-required")) {
      assertThat(Examples.validate(rule, CAMEROON, UnaryOperator.identity()).findings())
          .as(rule)
          .extracting(x -> x.localPointer().toString())
          .hasSize(10)
          .allMatch(p -> p.matches("/workplans/0/priorities/\\d+/(leads|participants|schedule)"));
    }
    Network led =
        cameroonPriorities(p -> p.withLeads(entity("IOM")).withParticipantsWording(en("all Network members"))
            .withSchedule(Schedule.continuous()));
    for (String rule :
        List.of(
            "workplan.workstream.lead-required",
            "workplan.workstream.participants",
            "workplan.workstream.timeline-required")) {
      EXAMPLES.passes(rule, led);
    }
  }

  @Test
  void participantsAreMissingFromWorkstreams31To51() {
    Network firstPriorityOnly = wca(w -> w.withPriorities(w.priorities().get(0)));
    EXAMPLES.passes("workplan.workstream.participants", firstPriorityOnly);
    Finding f =
        EXAMPLES.fails(
            "workplan.workstream.participants", WCA, WCA_WORKPLAN + "/priorities/2/workstreams/0/participants");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message().text("en")).isEqualTo("Workstream 3.1 names no participants.");
    assertThat(Examples.validate("workplan.workstream.participants", WCA, UnaryOperator.identity()).findings())
        .extracting(x -> x.localPointer().toString())
        .containsExactly(
            WCA_WORKPLAN + "/priorities/2/workstreams/0/participants",
            WCA_WORKPLAN + "/priorities/3/workstreams/0/participants",
            WCA_WORKPLAN + "/priorities/4/workstreams/0/participants");
  }

  /** Cameroon with each of its priorities changed by {@code change}. */
  private static Network cameroonPriorities(UnaryOperator<Priority> change) {
    Workplan workplan = Cameroon.workplan();
    return CAMEROON.withWorkplans(
        workplan.withPriorities(workplan.priorities().stream().map(change).collect(Collectors.toList())));
  }

  @Test
  void timelineRequired() {
    EXAMPLES.passes("workplan.workstream.timeline-required", WCA);
    EXAMPLES.fails(
        "workplan.workstream.timeline-required",
        wcaWorkstream("1.1", w -> w.withSchedule(Schedule.unspecified())),
        WCA_WORKPLAN + "/priorities/0/workstreams/0/schedule");
  }

  @Test
  void timelineInPeriod() {
    EXAMPLES.passes("workplan.workstream.timeline-in-period", WCA);
    Network from2021 = wca(w -> w.withPeriod(Period.of(YearMonth.of(2021, 1), YearMonth.of(2021, 12))));
    Finding f =
        EXAMPLES.fails(
            "workplan.workstream.timeline-in-period", from2021, WCA_WORKPLAN + "/priorities/0/workstreams/0/schedule");
    assertThat(f.message().text("en"))
        .isEqualTo("The timeline of workstream 1.1 (2020-11/2020-12) lies outside the workplan's period 2021-01/2021-12.");
  }

  @Test
  void stakeholderResolvedAgainstTheValidatorsCatalogue() {
    EXAMPLES.passes("workplan.stakeholder.resolved", WCA);
    EntityCatalog withoutInitiative =
        EntityCatalog.builder()
            .entities(EntityCatalog.defaults().entities().stream()
                .filter(e -> !e.id().equals(EntityId.of("CHILD-RIGHTS-INITIATIVE")))
                .collect(Collectors.toList()))
            .build();
    Finding f =
        EXAMPLES.fails(
            "workplan.stakeholder.resolved", WCA, WCA_WORKPLAN + "/priorities/0/workstreams/1/participants/4",
            b -> b.entities(withoutInitiative));
    assertThat(f.message().text("fr")).isEqualTo("Le catalogue des entités ne connaît pas CHILD-RIGHTS-INITIATIVE.");
  }

  @Test
  void leadAccountable() {
    EXAMPLES.passes("workplan.lead.accountable", WCA);
    Network partnersOnly =
        wcaWorkstream("1.1", w -> w.withLeads(entity("AUC"), entity("ECOWAS"), entity("ECCAS")));
    Finding f =
        EXAMPLES.fails("workplan.lead.accountable", partnersOnly, WCA_WORKPLAN + "/priorities/0/workstreams/0/leads");
    assertThat(f.message().text("en"))
        .isEqualTo("No lead of workstream 1.1 is a member, co-chair, coordinator or secretariat of network wca.");
    EXAMPLES.notEvaluated("workplan.lead.accountable", WestCentralAfrica.workplan(), "");
  }

  @Test
  void leadGroupsAnswerToTheNetworkTheyName() {
    StakeholderGroup regionalMembers = WestCentralAfrica.MEMBERS.withNetwork("wca");
    EXAMPLES.passes("workplan.lead.accountable", wcaWorkstream("1.1", w -> w.withLeads(entity("AUC"), regionalMembers)));
    StakeholderGroup globalCoChairs =
        group(GroupKind.NETWORK_CO_CHAIRS, en("Global Network co-chairs")).withNetwork("global");
    EXAMPLES.notEvaluated(
        "workplan.lead.accountable",
        wcaWorkstream("1.1", w -> w.withLeads(entity("AUC"), globalCoChairs)),
        "/workplans/0/priorities/0/workstreams/0/leads");
  }

  @Test
  void gcmLinkageOfCameroonsPriorities() {
    Network thematicOnly = cameroon(w -> w.withPriorities(Cameroon.thematicObjectives()));
    EXAMPLES.passes("workplan.gcm-linkage", thematicObjectives(thematicOnly));
    Finding f = EXAMPLES.fails("workplan.gcm-linkage", CAMEROON, "/workplans/0/priorities/0/links");
    assertThat(f.message().text("en")).startsWith("Priority core-1 (\"The Network knowledge management");
  }

  @Test
  void wholeOfSociety() {
    EXAMPLES.passes("workplan.whole-of-society", WCA);
    EXAMPLES.passes("workplan.whole-of-society", CAMEROON);
    Network coreTwoToFive = wca(w -> w.withPriorities(w.priorities().subList(1, 5)));
    EXAMPLES.fails("workplan.whole-of-society", coreTwoToFive, WCA_WORKPLAN + "/priorities");
  }

  @Test
  void cop27OutsideTheCameroonWorkplansPeriod() {
    Finding f =
        EXAMPLES.fails(
            "workplan.dated-reference-in-period",
            CAMEROON,
            "/workplans/0/priorities/9/activities/0/events/0");
    assertThat(f.message().text("en"))
        .isEqualTo("Activity 1 is tied to COP 27 (2022-11), outside the workplan's period 2023-01/2024-12.");
    Network atCop28 =
        cameroon(w -> w.withPriorities(w.priorities().stream()
            .map(p -> p.kind() == PriorityKind.THEMATIC && p.number() == 7
                ? p.withActivities(Cameroon.copActivity(Cameroon.COP_28)) : p)
            .collect(Collectors.toList())));
    EXAMPLES.passes("workplan.dated-reference-in-period", atCop28);
    // On its own, the workplan cannot look its events up.
    EXAMPLES.notEvaluated(
        "workplan.dated-reference-in-period", Cameroon.workplan(), "/priorities/9/activities/0/events/0");
  }

  @Test
  void eventsOfOtherNetworksResolveUnlessTheirIdIsAmbiguous() {
    Network cameroon = CAMEROON.withEvents(List.of());
    Network wcaAtCop27 = WCA.withEvents(Cameroon.COP_27);
    Federation oneRecord = Federation.of(List.of(wcaAtCop27, Senegal.network(), cameroon));
    EXAMPLES.fails("workplan.dated-reference-in-period", oneRecord, "/networks/2/workplans/0/priorities/9/activities/0/events/0");
    Network senegalAtAnotherCop = Senegal.network().withEvents(Cameroon.COP_28.withId("cop27"));
    Federation ambiguous = Federation.of(List.of(wcaAtCop27, senegalAtAnotherCop, cameroon));
    EXAMPLES.notEvaluated(
        "workplan.dated-reference-in-period", ambiguous, "/networks/2/workplans/0/priorities/9/activities/0/events/0");
  }

  private static Network wca(UnaryOperator<Workplan> change) {
    return WCA.withWorkplans(change.apply(WestCentralAfrica.workplan()));
  }

  private static Network wcaWorkstream(String id, UnaryOperator<Workstream> change) {
    return wca(w -> w.withPriorities(w.priorities().stream()
        .map(p -> p.withWorkstreams(p.workstreams().stream()
            .map(s -> s.id().equals(id) ? change.apply(s) : s)
            .collect(Collectors.toList())))
        .collect(Collectors.toList())));
  }

  private static Network cameroon(UnaryOperator<Workplan> change) {
    return CAMEROON.withWorkplans(change.apply(Cameroon.workplan()));
  }

  private static Network thematicObjectives(Network network) {
    List<Priority> thematic = network.workplans().get(0).priorities();
    assertThat(thematic).allMatch(p -> p.kind() == PriorityKind.THEMATIC);
    return network;
  }

  /** A synthetic pledge, number {@code number} on the IMRF pledging dashboard. */
  private static Pledge pledge(String id, int number) {
    return Pledge.builder().id(id).dashboardNumber(number).addPledgedBy(entity("CM-GOV"))
        .text(en("synthetic pledge")).build();
  }

  /** Cameroon's workplan with a synthetic activity naming pledge {@code number}, and {@code pledges}. */
  private static Workplan namingPledge(int number, Pledge... pledges) {
    Workplan workplan = Cameroon.workplan();
    Activity activity = Activity.builder().id("x").text(en("synthetic activity")).addPledge(number).build();
    return workplan.withPriorities(workplan.priorities().get(0).withActivities(activity)).withPledges(pledges);
  }

  @Test
  void aUnitNamesAPledgeByItsDashboardNumber() {
    EXAMPLES.passes("workplan.pledge.reference", namingPledge(1234, pledge("civil-registration", 1234)));
    Finding f = EXAMPLES.fails("workplan.pledge.reference", namingPledge(1234, pledge("civil-registration", 999)),
        "/priorities/0/activities/0/pledges/0");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message().text("en"))
        .isEqualTo("No pledge numbered 1234 is recorded among the pledges of the network's workplans.");
    assertThat(f.message().text("fr")).contains("numéro 1234");
    Pledge withoutNumber = Pledge.builder().id("civil-registration").addPledgedBy(entity("CM-GOV"))
        .text(en("synthetic pledge")).build();
    EXAMPLES.fails("workplan.pledge.reference", namingPledge(1234, withoutNumber),
        "/priorities/0/activities/0/pledges/0");
  }

  @Test
  void aPledgeOfAnotherWorkplanOfTheNetworkIsRecorded() {
    Workplan earlier = Cameroon.workplan().withId("2021-22").withPledges(pledge("civil-registration", 1234))
        .withPriorities(List.of());
    Network network = CAMEROON.withWorkplans(earlier, namingPledge(1234));
    EXAMPLES.passes("workplan.pledge.reference", network);
    EXAMPLES.fails("workplan.pledge.reference", namingPledge(1234), "/priorities/0/activities/0/pledges/0");
  }

  @Test
  void aPledgeMissingFromPledgesMarkedPartialIsNotEvaluated() {
    Workplan partial = namingPledge(1234, pledge("civil-registration", 999))
        .withSourcing(Sourcing.builder().addStatement(Statement.builder().path("/pledges").partial(true).build())
            .build());
    EXAMPLES.notEvaluated("workplan.pledge.reference", partial, "/priorities/0/activities/0/pledges/0");
  }

  @Test
  void aMatchingPledgeNamesARecordedPledgeByItsNumber() {
    Pledge matching = pledge("match", 2000).withKind(PledgeKind.MATCHING).withMatches(1234);
    EXAMPLES.passes("workplan.pledge.matches",
        Cameroon.workplan().withPledges(pledge("civil-registration", 1234), matching));
    Finding unknown = EXAMPLES.fails("workplan.pledge.matches",
        Cameroon.workplan().withPledges(matching), "/pledges/0/matches");
    assertThat(unknown.message().text("en"))
        .isEqualTo("Pledge match matches pledge number 1234, which is not among the recorded pledges of the"
            + " network's workplans.");
    Finding none = EXAMPLES.fails("workplan.pledge.matches",
        Cameroon.workplan().withPledges(matching.withMatches(Optional.empty())), "/pledges/0");
    assertThat(none.message().text("en")).isEqualTo("Pledge match is a matching pledge but names no pledge it matches.");
    EXAMPLES.fails("workplan.pledge.matches",
        Cameroon.workplan().withPledges(matching.withMatches(2000)), "/pledges/0/matches");
  }

  @Test
  void onlyAMatchingPledgeNamesAPledgeItMatches() {
    Pledge common = pledge("common", 2000).withKind(PledgeKind.COMMON).withMatches(1234);
    Finding f = EXAMPLES.fails("workplan.pledge.matches",
        Cameroon.workplan().withPledges(pledge("civil-registration", 1234), common), "/pledges/1/matches");
    assertThat(f.message().text("en"))
        .isEqualTo("Pledge common is common, yet names pledge 1234 as the one it matches: only a matching pledge"
            + " matches another.");
    assertThat(f.message().text("fr")).contains("est commun");
    EXAMPLES.passes("workplan.pledge.matches",
        Cameroon.workplan().withPledges(pledge("civil-registration", 1234), common.withMatches(Optional.empty())));
  }

  @Test
  void aMatchedPledgeMissingFromPledgesMarkedPartialIsNotEvaluated() {
    Workplan partial = Cameroon.workplan()
        .withPledges(pledge("match", 2000).withKind(PledgeKind.MATCHING).withMatches(1234))
        .withSourcing(Sourcing.builder().addStatement(Statement.builder().path("/pledges").partial(true).build())
            .build());
    EXAMPLES.notEvaluated("workplan.pledge.matches", partial, "/pledges/0/matches");
  }
}
