package io.github.gcmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in catalogue as the issue lists it, and catalogues of one's own. */
class RuleCatalogTest {

  @Test
  void theBuiltInCatalogueHasExactlyTheListedRulesSeveritiesAndParameters() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("charter.mission.required", "ERROR");
    expected.put("charter.mission.gcm-reference", "WARNING");
    expected.put("charter.cochairs.required", "ERROR minSeats=2");
    expected.put("charter.cochairs.coordinator-seat", "WARNING coordinator=IOM");
    expected.put("charter.cochairs.rotation-term", "ERROR");
    expected.put("charter.meetings.frequency", "WARNING maxIntervalMonths=3");
    expected.put("charter.decision.rule-required", "WARNING");
    expected.put("charter.decision.consultation", "WARNING");
    expected.put("charter.excom.members", "ERROR");
    expected.put("charter.composition.un-members", "ERROR");
    expected.put("charter.secretariat.required", "WARNING");
    expected.put("charter.reporting.line-required", "WARNING");
    expected.put("charter.annual-review.required", "WARNING");
    expected.put("charter.working-groups.open-chair", "INFO");
    expected.put("charter.stakeholders.whole-of-society", "WARNING minCategories=5");
    expected.put("charter.human-rights", "WARNING");
    expected.put("workplan.period.valid", "ERROR");
    expected.put("workplan.workstream.lead-required", "WARNING");
    expected.put("workplan.workstream.participants", "INFO");
    expected.put("workplan.workstream.timeline-required", "WARNING");
    expected.put("workplan.workstream.timeline-in-period", "ERROR");
    expected.put("workplan.stakeholder.resolved", "WARNING");
    expected.put("workplan.lead.accountable", "WARNING");
    expected.put("workplan.gcm-linkage", "INFO");
    expected.put("workplan.whole-of-society", "WARNING");
    expected.put("workplan.dated-reference-in-period", "WARNING");
    expected.put("workplan.pledge.reference", "ERROR");
    expected.put("workplan.pledge.matches", "WARNING");
    expected.put("network.workplan.overlap", "WARNING");
    expected.put("network.delivery.units-resolve", "ERROR");
    expected.put("network.programme.composition", "WARNING minParticipants=2");
    expected.put("network.programme.markers", "WARNING");
    expected.put("network.programme.thematic-area", "WARNING");
    expected.put("network.progress.unit-overdue", "WARNING");
    expected.put("network.progress.done-before-start", "INFO");
    expected.put("network.progress.report-late", "WARNING asOf=none");
    expected.put("federation.reporting.resolves", "ERROR");
    expected.put("federation.reporting.hierarchy", "ERROR");
    expected.put("federation.region.covers-country", "ERROR");
    expected.put("federation.programme.participants-members", "WARNING");

    Map<String, String> actual =
        RuleCatalog.builtIn().rules().stream()
            .collect(Collectors.toMap(
                Rule::id,
                r -> (r.severity() + " " + r.parameters().stream()
                        .map(p -> p.name() + "=" + p.defaultValue())
                        .collect(Collectors.joining(" "))).strip(),
                (a, b) -> a,
                LinkedHashMap::new));
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void everyRuleTargetsWhatItsIdSays() {
    for (Rule rule : RuleCatalog.builtIn().rules()) {
      assertThat(rule.id()).startsWith(rule.target().name() + ".");
      assertThat(rule.title().languages()).containsExactly(LocalizedText.ENGLISH, LocalizedText.FRENCH);
      assertThat(rule.rationale().languages()).containsExactly(LocalizedText.ENGLISH, LocalizedText.FRENCH);
      assertThat(rule.rationale().text("en")).containsAnyOf("ToR", "GCM", "workplan");
    }
  }

  @Test
  void selectorsSelectByIdPrefixOrAll() {
    RuleCatalog catalog = RuleCatalog.builtIn();
    assertThat(catalog.select("*")).isEqualTo(catalog.rules());
    assertThat(catalog.select("charter.cochairs.*")).extracting(Rule::id).containsExactly(
        "charter.cochairs.required", "charter.cochairs.coordinator-seat", "charter.cochairs.rotation-term");
    assertThat(catalog.select("workplan.period.valid")).extracting(Rule::id).containsExactly("workplan.period.valid");
    assertThat(catalog.select("workplan.period")).isEmpty();
  }

  @Test
  void theClosestIdSuggestsAFixForATypo() {
    RuleCatalog catalog = RuleCatalog.builtIn();
    assertThat(catalog.closest("charter.mision.required")).contains("charter.mission.required");
    assertThat(catalog.closest("charter.human-right")).contains("charter.human-rights");
    assertThat(catalog.closest("acme.charter.title")).isEmpty();
  }

  @Test
  void theCoordinatorParameterIsAnEntity() {
    Rule rule = RuleCatalog.builtIn().rule("charter.cochairs.coordinator-seat").orElseThrow();
    assertThat(rule.parameter("coordinator").orElseThrow().defaultValue()).isEqualTo(EntityId.of("IOM"));
  }

  @Test
  void idsAreUniqueInACatalogue() {
    Rule rule = ExampleRulePack.TITLED;
    assertThatThrownBy(() -> RuleCatalog.of(rule, rule))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule id 'acme.charter.title' is defined twice in the catalogue");
    assertThatThrownBy(() -> RuleCatalog.builtIn().plus(RuleCatalog.builtIn().rules().subList(0, 1)))
        .hasMessageContaining("'charter.mission.required' is defined twice");
  }
}
