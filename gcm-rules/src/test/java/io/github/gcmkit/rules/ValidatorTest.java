package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.Lists;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.fixtures.Cameroon;
import io.github.gcmkit.rules.fixtures.Fixtures;
import io.github.gcmkit.rules.fixtures.Senegal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Running profiles over federations, networks, charters and workplans. */
class ValidatorTest {

  private static final Federation SEEDS = Fixtures.federation();
  private static final Validator BASELINE = Validator.of(Profile.baseline());

  @Test
  void theSeedsFederationUnderTheBaselineProfile() {
    Report report = BASELINE.validate(SEEDS);
    assertThat(report.rules())
        .extracting(ConfiguredRule::rule)
        .containsExactlyElementsOf(RuleCatalog.builtIn().rules());
    assertThat(report.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId, (Finding x) -> x.pointer().toString())
        .containsExactly(tuple("charter.mission.required", "/networks/1/charter/mission"));
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::ruleId, (Finding x) -> x.pointer().toString())
        .contains(
            tuple(Severity.WARNING, "charter.secretariat.required", "/networks/1/charter/governance/secretariat"),
            tuple(Severity.WARNING, "workplan.dated-reference-in-period",
                "/networks/3/workplans/0/priorities/9/activities/0/events/0"),
            tuple(Severity.INFO, "workplan.workstream.participants",
                "/networks/1/workplans/0/priorities/2/workstreams/0/participants"));
    assertThat(report.counts())
        .allSatisfy((severity, count) -> assertThat(count)
            .isEqualTo(report.findings().stream().filter(f -> f.severity() == severity).count()));
    assertThat(report.rulesPassed()).contains(
        "federation.region.covers-country", "federation.reporting.hierarchy",
        "federation.reporting.resolves", "network.workplan.overlap");
    assertThat(report.rulesFailed())
        .containsExactlyInAnyOrderElementsOf(report.findings().stream().map(Finding::ruleId).distinct().toList());
    assertThat(report.rulesNotEvaluated()).doesNotContainAnyElementsOf(report.rulesFailed());
    // Not evaluated on the global network, which records no charter, but judged on the others.
    assertThat(report.rulesPassed()).contains("charter.human-rights");
    assertThat(report.passed(Severity.ERROR)).isFalse();
    assertThat(report.notEvaluated())
        .filteredOn(n -> n.networkId().equals(Optional.of("global")) && n.ruleId().equals("charter.human-rights"))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.pointer()).hasToString("/networks/0/charter");
          assertThat(n.reason().text("en")).isEqualTo("No charter is recorded for network global, so no charter is checked.");
        });
  }

  @Test
  void findingsComeOrderedByNetworkPointerAndRuleWhateverTheInputOrder() {
    Report report = BASELINE.validate(SEEDS);
    Report reversed = BASELINE.validate(SEEDS.withNetworks(Lists.reverse(SEEDS.networks())));
    assertThat(keys(reversed)).isEqualTo(keys(report));
    assertThat(report.findings()).extracting(f -> f.networkId().orElseThrow()).isSorted();
    // Array indices compare by value: priorities/2 comes before priorities/10.
    assertThat(JsonPointer.parse("/priorities/2/links")).isLessThan(JsonPointer.parse("/priorities/10/links"));
  }

  @Test
  void parallelValidationGivesTheIdenticalReport() {
    Validator parallel = Validator.builder().parallelism(8).build();
    assertThat(parallel.validate(SEEDS)).isEqualTo(BASELINE.validate(SEEDS));
  }

  @Test
  void aNetworkOnItsOwnRunsItsCharterWorkplanAndNetworkRules() {
    Report report = BASELINE.validate(Cameroon.network());
    assertThat(report.rules())
        .extracting(ConfiguredRule::rule)
        .containsExactlyElementsOf(
            RuleCatalog.builtIn().rules().stream().filter(r -> r.target() != Target.FEDERATION).toList());
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("workplan.dated-reference-in-period"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.networkId()).contains("cm");
          assertThat(f.pointer()).hasToString("/workplans/0/priorities/9/activities/0/events/0").isEqualTo(f.localPointer());
        });
    assertThatThrownBy(() -> report.status("federation.reporting.resolves"))
        .hasMessage("rule 'federation.reporting.resolves' did not run in this validation");
  }

  @Test
  void theSenegalMandateOnItsOwnPassesEveryCharterRule() {
    Report report = BASELINE.validate(Senegal.charter());
    assertThat(report.rules())
        .extracting(ConfiguredRule::rule)
        .containsExactlyElementsOf(
            RuleCatalog.builtIn().rules().stream().filter(r -> r.target() == Target.CHARTER).toList());
    assertThat(report.rulesPassed()).hasSameSizeAs(report.rules());
    assertThat(report.findings()).isEmpty();
    assertThat(report.notEvaluated()).isEmpty();
    assertThat(report.passed(Severity.INFO)).isTrue();
  }

  @Test
  void aCharterOnItsOwnHasNoNetwork() {
    Report report = BASELINE.validate(Senegal.charter().withMission(Optional.empty()));
    assertThat(report.findings()).extracting(f -> f.pointer().toString()).containsExactly("/mission", "/objectives");
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.networkId()).isEmpty();
      assertThat(f.localPointer()).isEqualTo(f.pointer());
    });
  }

  @Test
  void aProfileCapsTheLesserFindingsOfARule() {
    Network oneSeat = Senegal.network().withCharter(Senegal.charter().withGovernance(
        Senegal.governance().withCoChairs(ChairSeat.of(Fixtures.entity("IOM")))));
    Profile info = Profile.builder("lenient").include("charter.cochairs.required")
        .severity("charter.cochairs.required", Severity.INFO).build();
    assertThat(Validator.of(info).validate(oneSeat).findings())
        .extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(BASELINE.validate(oneSeat).findings())
        .filteredOn(f -> f.ruleId().equals("charter.cochairs.required"))
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void customRulesWithParametersRunLikeBuiltInOnes() {
    Parameter<Integer> most =
        Parameter.integer("maxPriorities", 5, 1, LocalizedText.en("The most priorities a workplan may have."));
    Rule focused =
        Rule.builder("acme.workplan.focused")
            .title("A workplan has few priorities")
            .rationale("Our members cannot follow more.")
            .severity(Severity.INFO)
            .parameter(most)
            .check(Target.WORKPLAN, (Workplan workplan, RuleContext context) -> {
              if (workplan.priorities().size() > context.parameter(most)) {
                context.fail("/priorities", LocalizedText.en(workplan.priorities().size() + " priorities"));
              }
            })
            .build();
    RuleCatalog catalog = RuleCatalog.builtIn().plus(List.of(focused));
    Profile five = Profile.builder("acme").include("acme.*").build();
    Report report = Validator.builder().catalog(catalog).profile(five).build().validate(Cameroon.network());
    assertThat(report.findings()).extracting(f -> f.message().text()).containsExactly("10 priorities");
    assertThat(report.passed(Severity.WARNING)).isTrue();
    assertThat(report.passed(Severity.INFO)).isFalse();
    Profile twelve = Profile.builder("acme").include("acme.*").parameter("acme.workplan.focused", "maxPriorities", 12).build();
    assertThat(Validator.builder().catalog(catalog).profile(twelve).build().validate(Cameroon.network()).findings()).isEmpty();
  }

  @Test
  void aRuleThatThrowsIsABugReportedAsSuch() {
    Rule broken = Rule.of("acme.broken", "Broken", "A bug.", Severity.ERROR, Target.CHARTER,
        (charter, context) -> context.fail("governance", LocalizedText.en("not a pointer")));
    Validator validator = Validator.builder().catalog(RuleCatalog.of(broken)).profile(Profile.builder("b").include("*").build()).build();
    assertThatThrownBy(() -> validator.validate(SEEDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule 'acme.broken' failed on network 'wca' #/networks/1/charter: pointer: 'governance' is not"
            + " a JSON Pointer (it is empty or starts with '/')");
    Validator parallel = Validator.builder().catalog(RuleCatalog.of(broken))
        .profile(Profile.builder("b").include("*").build()).parallelism(4).build();
    assertThatThrownBy(() -> parallel.validate(SEEDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("rule 'acme.broken' failed on network '");
  }

  @Test
  void rulesAreBuiltWhole() {
    assertThatThrownBy(() -> Rule.builder("Acme Rule")).hasMessageStartingWith("id: 'Acme Rule' is not a rule id");
    assertThatThrownBy(() -> Rule.builder("acme.x").severity(Severity.INFO).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("rule 'acme.x': check is not set");
    assertThatThrownBy(() -> Rule.builder("acme.x").check(Target.NETWORK, (n, c) -> {}).build())
        .hasMessage("rule 'acme.x': title is not set");
    Parameter<String> p = Parameter.text("label", "x", LocalizedText.en("A label."));
    assertThatThrownBy(() -> Rule.builder("acme.x").parameter(p).parameter(p))
        .hasMessage("rule 'acme.x': parameter 'label' is declared twice");
  }

  @Test
  void reportsReadInEnglishAndFrench() {
    Report report = BASELINE.validate(Cameroon.network());
    assertThat(report.toString()).startsWith("Errors: 0, warnings: 21, information: 13.")
        .contains("WARNING workplan.dated-reference-in-period [cm] #/workplans/0/priorities/9/activities/0/events/0");
    assertThat(report.toText("fr")).startsWith("Erreurs : 0, avertissements : 21, informations : 13.")
        .contains("L’activité 1 est liée à COP 27 (2022-11), hors de la période du plan de travail 2023-01/2024-12.")
        .doesNotContain("{");
  }

  private static List<String> keys(Report report) {
    return report.findings().stream()
        .map(f -> f.networkId().orElse("") + " " + f.localPointer() + " " + f.ruleId())
        .collect(Collectors.toList());
  }
}
