package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecificationVersion;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports in SARIF, JSON and GitHub workflow commands, with every finding at its file, line and column. */
class ReportFormatsTest {

  private static final Map<String, GcmDocument> FILES = files();
  private static final Federation FEDERATION = federation();
  private static final Report REPORT = Validator.of(Profile.baseline()).validate(FEDERATION);
  private static final GcmReports REPORTS =
      GcmReports.of("baseline").withSources(SourceMap.of(FILES)).withFederation(FEDERATION);
  private static final Schema SARIF = new Schema(Documents.text("sarif/sarif-schema-2.1.0.json"),
      SpecificationVersion.DRAFT_4);

  @Test
  void theSarifLogFollowsTheOfficialSchema() {
    String sarif = write(REPORTS, REPORT, ReportFormat.SARIF);
    assertThat(SARIF.errors(sarif)).isEmpty();
    assertThat(SARIF.errors(write(REPORTS.withLanguage("fr"), REPORT, ReportFormat.SARIF))).isEmpty();
  }

  @Test
  void everySarifResultNamesItsRuleAndWhereItIs() {
    JsonNode run = parse(write(REPORTS, REPORT, ReportFormat.SARIF)).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules).hasSize(REPORT.rules().size());
    JsonNode results = run.get("results");
    assertThat(results).hasSize(REPORT.findings().size());
    for (int i = 0; i < results.size(); i++) {
      Finding finding = REPORT.findings().get(i);
      JsonNode result = results.get(i);
      assertThat(result.get("ruleId").asString()).isEqualTo(finding.ruleId());
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(finding.ruleId());
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      Location at = SourceMap.of(FILES).locate(finding).orElseThrow();
      assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo(at.source());
      assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(at.line());
      assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(at.column());
      assertThat(result.get("message").get("text").asString()).startsWith(finding.message().text("en"));
    }
    assertThat(rules.get(0).get("helpUri").asString()).contains("docs/rules.md#");
    assertThat(run.get("properties").get("notEvaluated")).hasSize(REPORT.notEvaluated().size());
  }

  @Test
  void findingsTheBaselineAcceptsAreSuppressedResults() {
    Baseline accepted = Baseline.of(List.of(Baseline.Entry.of(REPORT.findings().get(0))));
    Report report = Validator.builder().profile(Profile.baseline()).baseline(accepted).build().validate(FEDERATION);
    JsonNode results = parse(write(REPORTS, report, ReportFormat.SARIF)).get("runs").get(0).get("results");
    assertThat(results).hasSize(REPORT.findings().size());
    JsonNode last = results.get(results.size() - 1);
    assertThat(last.get("suppressions").get(0).get("kind").asString()).isEqualTo("external");
    assertThat(last.get("partialFingerprints")).isEqualTo(
        parse(write(REPORTS, REPORT, ReportFormat.SARIF)).get("runs").get(0).get("results").get(0).get("partialFingerprints"));
  }

  @Test
  void anUnreadableInputIsAFailedInvocationWithItsProblemsLocated() {
    GcmFormatException broken = catchFormat("{\"gcmFormat\": \"1.0\", \"kind\": \"network\"");
    String sarif = write(List.of(broken), ReportFormat.SARIF);
    assertThat(SARIF.errors(sarif)).isEmpty();
    JsonNode invocation = parse(sarif).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("toolExecutionNotifications")).hasSize(broken.problems().size());
  }

  @Test
  void jsonFindingsCarryTheirSourceLineAndColumnBesideTheirPath() {
    JsonNode findings = parse(write(REPORTS, REPORT, ReportFormat.JSON)).get("findings");
    for (int i = 0; i < findings.size(); i++) {
      Location at = SourceMap.of(FILES).locate(REPORT.findings().get(i)).orElseThrow();
      JsonNode json = findings.get(i);
      assertThat(json.propertyNames()).containsSubsequence("path", "source", "line", "column", "message");
      assertThat(json.get("source").asString()).isEqualTo(at.source());
      assertThat(json.get("line").asInt()).isEqualTo(at.line());
      assertThat(json.get("column").asInt()).isEqualTo(at.column());
    }
    assertThat(new Schema(GcmSchema.reportText()).errors(write(REPORTS, REPORT, ReportFormat.JSON))).isEmpty();
    // Built in code: no location, and the fields are left out.
    assertThat(parse(GcmReports.of("baseline").json(REPORT)).get("findings").get(0).has("line")).isFalse();
  }

  @Test
  void githubAnnotationsAreOneLineEachAtTheirFile() {
    List<String> lines = write(REPORTS, REPORT, ReportFormat.GITHUB).lines().toList();
    List<String> annotations = lines.stream().filter(l -> l.startsWith("::")).toList();
    assertThat(annotations).hasSize(REPORT.findings().size());
    Finding first = REPORT.findings().get(0);
    Location at = SourceMap.of(FILES).locate(first).orElseThrow();
    assertThat(annotations.get(0)).startsWith("::" + (first.severity().name().equals("INFO") ? "notice"
        : first.severity().name().toLowerCase()) + " file=" + at.source() + ",line=" + at.line() + ",col="
        + at.column() + ",title=" + first.ruleId() + "::");
    assertThat(lines.get(lines.size() - 1)).startsWith("Summary: ");
  }

  @Test
  void theJunitReportIsWellFormedAndCountsWhatItHolds() throws Exception {
    String xml = write(REPORTS.withFailLevel(io.github.gcmkit.rules.Severity.INFO), REPORT, ReportFormat.JUNIT);
    org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.w3c.dom.Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(doc.getElementsByTagName("testcase").getLength());
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(REPORT.findings().size())
        .isEqualTo(Integer.parseInt(root.getAttribute("failures")));
    assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(REPORT.notEvaluated().size());
    // A suite per network, and one for what is said of the federation as a whole, if anything is.
    boolean wholeFederation = REPORT.findings().stream().anyMatch(f -> f.networkId().isEmpty())
        || REPORT.notEvaluated().stream().anyMatch(n -> n.networkId().isEmpty());
    assertThat(doc.getElementsByTagName("testsuite").getLength())
        .isEqualTo(FEDERATION.networks().size() + (wholeFederation ? 1 : 0));
  }

  @Test
  void theMarkdownSummaryHasARowPerFinding() {
    List<String> lines = write(REPORTS, REPORT, ReportFormat.MARKDOWN).lines().toList();
    assertThat(lines.get(0)).startsWith("## gcmkit check — ");
    int header = lines.indexOf("| Severity | Rule | Where | Message |");
    assertThat(header).isPositive();
    assertThat(lines.subList(header + 2, header + 2 + REPORT.findings().size())).allSatisfy(l -> assertThat(l)
        .startsWith("| ").contains("networks/wca-federation.json:"));
  }

  @Test
  void theTextReportShowsEachFindingAtItsFileLineAndColumnAndAsPeopleCount() {
    String text = write(REPORTS, REPORT, ReportFormat.TEXT);
    for (Finding f : REPORT.findings()) {
      assertThat(text).contains(f.ruleId() + "  " + SourceMap.of(FILES).locate(f).orElseThrow() + "\n");
    }
    assertThat(text).startsWith("profile 'baseline', ").doesNotContain("\u001B[");
    assertThat(write(REPORTS.withLanguage("fr"), REPORT, ReportFormat.TEXT)).startsWith("profil « baseline », ");
  }

  private static String write(GcmReports reports, Report report, ReportFormat format) {
    StringWriter out = new StringWriter();
    reports.write(report, format, out);
    return out.toString();
  }

  private static String write(List<GcmFormatException> unreadable, ReportFormat format) {
    StringWriter out = new StringWriter();
    GcmReports.of("baseline").write(unreadable, format, out);
    return out.toString();
  }

  private static GcmFormatException catchFormat(String text) {
    try {
      GcmJson.defaults().read(text);
      throw new AssertionError("read");
    } catch (GcmFormatException e) {
      return new GcmFormatException("broken.json", e.problems());
    }
  }

  private static Map<String, GcmDocument> files() {
    Map<String, GcmDocument> files = new LinkedHashMap<>();
    files.put("networks/wca-federation.json", GcmJson.defaults().read(Documents.text("wca-federation.json")));
    return files;
  }

  private static Federation federation() {
    return FILES.values().iterator().next().value(Federation.class);
  }

  private static JsonNode parse(String json) {
    return JsonMapper.builder().build().readTree(json);
  }
}
