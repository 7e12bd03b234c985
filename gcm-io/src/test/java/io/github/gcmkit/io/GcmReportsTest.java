package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reports as JSON for tools, in exactly the documented shape. */
class GcmReportsTest {

  private static final Federation WCA =
      GcmJson.defaults().read(Documents.text("wca-federation.json"), Federation.class);
  private static final Report REPORT = Validator.of(Profile.baseline()).validate(WCA);
  private static final Schema SCHEMA = new Schema(GcmSchema.reportText());

  @Test
  void theReportHasTheDocumentedShape() {
    JsonNode json = parse(GcmReports.of("baseline").json(REPORT));
    assertThat(json.propertyNames()).containsExactly("gcmReport", "profile", "catalogVersion", "summary", "findings", "notEvaluated");
    assertThat(json.get("gcmReport").asString()).isEqualTo("1.0");
    assertThat(json.get("profile").asString()).isEqualTo("baseline");
    JsonNode summary = json.get("summary");
    assertThat(summary.propertyNames()).containsExactly("errors", "warnings", "infos", "notEvaluated", "passed");
    assertThat(summary.get("errors").asInt()).isEqualTo(REPORT.count(Severity.ERROR));
    assertThat(summary.get("warnings").asInt()).isEqualTo(REPORT.count(Severity.WARNING));
    assertThat(summary.get("infos").asInt()).isEqualTo(REPORT.count(Severity.INFO));
    assertThat(summary.get("notEvaluated").asInt()).isEqualTo(REPORT.notEvaluated().size());
    assertThat(summary.get("passed").asBoolean()).isEqualTo(REPORT.passed(Severity.ERROR));
    assertThat(json.get("findings")).hasSize(REPORT.findings().size());
    assertThat(json.get("notEvaluated")).hasSize(REPORT.notEvaluated().size());
    assertThat(SCHEMA.errors(GcmReports.of("baseline").json(REPORT))).isEmpty();
  }

  @Test
  void aFindingNamesItsRuleSeverityNetworkPathMessageAndHint() {
    JsonNode findings = parse(GcmReports.of("baseline").json(REPORT)).get("findings");
    for (int i = 0; i < REPORT.findings().size(); i++) {
      Finding finding = REPORT.findings().get(i);
      JsonNode json = findings.get(i);
      assertThat(json.get("rule").asString()).isEqualTo(finding.ruleId());
      assertThat(json.get("severity").asString()).isEqualTo(finding.severity().name().toLowerCase());
      assertThat(json.get("network").asString()).isEqualTo(finding.networkId().orElseThrow());
      assertThat(json.get("path").asString()).isEqualTo(finding.localPointer().toString());
      assertThat(json.get("message").propertyNames()).containsExactly("en", "fr");
      assertThat(json.get("message").get("fr").asString()).isEqualTo(finding.message().text("fr"));
      assertThat(json.has("hint")).isEqualTo(finding.hint().isPresent());
    }
  }

  @Test
  void theFailLevelDecidesWhetherTheReportPassed() {
    Report warningsOnly = Validator.of(Profile.builder("lenient").from(Profile.baseline()).build()).validate(WCA);
    boolean atInfo = parse(GcmReports.of("x").withFailLevel(Severity.INFO).json(warningsOnly))
        .get("summary").get("passed").asBoolean();
    assertThat(atInfo).isEqualTo(warningsOnly.findings().isEmpty());
  }

  @Test
  void aBaselineAddsWhatItAcceptedAndWhatNoLongerOccurs() {
    Baseline stale = Baseline.of(List.of(Baseline.Entry.of("charter.mission.required", java.util.Optional.of("gone"), JsonPointer.parse("/charter"))));
    Baseline accepted = Baseline.of(List.of(Baseline.Entry.of(REPORT.findings().get(0)), stale.entries().first()));
    Report report = Validator.builder().baseline(accepted).build().validate(WCA);
    JsonNode json = parse(GcmReports.of("baseline").json(report));
    assertThat(json.get("baseline").get("accepted").asInt()).isEqualTo(1);
    assertThat(json.get("baseline").get("noLongerOccurring")).singleElement()
        .satisfies(e -> assertThat(e.get("network").asString()).isEqualTo("gone"));
    assertThat(json.get("findings")).hasSize(REPORT.findings().size() - 1);
    assertThat(SCHEMA.errors(GcmReports.of("baseline").json(report))).isEmpty();
  }

  @Test
  void unreadableInputsAreListedWithTheirLocations() {
    GcmFormatException problem = catchThrowableOfType(GcmFormatException.class,
        () -> GcmJson.defaults().read(Documents.text("invalid/period-reversed.json")));
    String text = GcmReports.of("baseline").json(List.of(problem));
    JsonNode json = parse(text);
    assertThat(json.get("summary").get("passed").asBoolean()).isFalse();
    assertThat(json.get("findings")).isEmpty();
    JsonNode first = json.get("problems").get(0);
    assertThat(first.propertyNames()).containsExactly("source", "pointer", "line", "column", "message", "key");
    assertThat(first.get("key").asString()).isEqualTo("invariant.period-order");
    assertThat(first.get("pointer").asString()).isEqualTo(problem.problems().get(0).pointer().toString());
    assertThat(first.get("line").asInt()).isEqualTo(problem.problems().get(0).line());
    assertThat(SCHEMA.errors(text)).isEmpty();
  }

  private static JsonNode parse(String json) {
    return GcmJson.defaults().mapper().readTree(json);
  }
}
