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
  void sarifRulesCarryTheirSourcesAndLevelAndTheRunTheCatalogueVersion() {
    JsonNode driver = parse(write(REPORTS, REPORT, ReportFormat.SARIF)).get("runs").get(0).get("tool").get("driver");
    String version = io.github.gcmkit.rules.RuleCatalog.builtIn().version().orElseThrow();
    // Tests run from classes, with no manifest: the version still comes from the catalogue.
    assertThat(driver.get("version").asString()).isEqualTo(version);
    assertThat(driver.get("properties").get("catalogVersion").asString()).isEqualTo(version);
    JsonNode seat = java.util.stream.StreamSupport.stream(driver.get("rules").spliterator(), false)
        .filter(rule -> rule.get("id").asString().equals("charter.cochairs.coordinator-seat"))
        .findFirst()
        .orElseThrow();
    JsonNode properties = seat.get("properties");
    assertThat(properties.get("level").asString()).isEqualTo("should");
    assertThat(properties.get("generalised").asBoolean()).isTrue();
    assertThat(properties.get("sources").get(0).get("locator").asString()).isEqualTo("para. 45(a)");
    assertThat(properties.get("sources").get(1).get("language").asString()).isEqualTo("fr");
    assertThat(seat.get("helpUri").asString()).endsWith("docs/rules.md#chartercochairscoordinator-seat");
  }

  @Test
  void theJsonReportRecordsTheCatalogueVersion() {
    JsonNode json = parse(write(REPORTS, REPORT, ReportFormat.JSON));
    assertThat(json.get("catalogVersion").asString())
        .isEqualTo(io.github.gcmkit.rules.RuleCatalog.builtIn().version().orElseThrow());
    io.github.gcmkit.rules.RuleCatalog mine =
        io.github.gcmkit.rules.RuleCatalog.of(io.github.gcmkit.rules.RuleCatalog.builtIn().rules()).withVersion("7.2");
    Report byMine = Validator.builder().catalog(mine).build().validate(FEDERATION);
    assertThat(byMine.catalogVersion()).contains("7.2");
    assertThat(parse(write(REPORTS, byMine, ReportFormat.JSON)).get("catalogVersion").asString()).isEqualTo("7.2");
    assertThat(parse(write(REPORTS, byMine, ReportFormat.SARIF)).get("runs").get(0).get("tool").get("driver")
        .get("properties").get("catalogVersion").asString()).isEqualTo("7.2");
    Report unversioned = Validator.builder()
        .catalog(io.github.gcmkit.rules.RuleCatalog.of(io.github.gcmkit.rules.RuleCatalog.builtIn().rules()))
        .build().validate(FEDERATION);
    assertThat(parse(write(REPORTS, unversioned, ReportFormat.JSON)).has("catalogVersion")).isFalse();
  }

  @Test
  void theCatalogueAsJsonListsEveryRuleWithItsSources() {
    io.github.gcmkit.rules.RuleCatalog catalog = io.github.gcmkit.rules.RuleCatalog.builtIn();
    JsonNode json = parse(GcmReports.catalog(catalog));
    assertThat(json.get("catalogVersion").asString()).isEqualTo(catalog.version().orElseThrow());
    assertThat(json.get("rules")).hasSize(catalog.size());
    JsonNode first = json.get("rules").get(0);
    assertThat(first.get("id").asString()).isEqualTo(catalog.rules().get(0).id());
    assertThat(first.get("title").get("fr").asString()).isEqualTo(catalog.rules().get(0).title().text("fr"));
    assertThat(first.get("sources").get(0).get("quote").asString())
        .isEqualTo(catalog.rules().get(0).sources().get(0).quote().orElseThrow());
    assertThat(first.get("level").asString()).isEqualTo(catalog.rules().get(0).level().orElseThrow().code());
  }

  @Test
  void aFindingOnAnInterpretedStatementShowsItsBasisInEveryFormat() {
    io.github.gcmkit.model.charter.Charter charter =
        GcmJson.defaults().read(Documents.text("senegal-charter.json"), io.github.gcmkit.model.charter.Charter.class);
    charter = charter.withGovernance(charter.governance().withMeetings(java.util.Optional.empty()));
    io.github.gcmkit.model.charter.Charter interpreted = charter.withSourcing(
        io.github.gcmkit.model.Sourcing.builder()
            .addStatement(io.github.gcmkit.model.Statement.builder()
                .path("/governance")
                .provenance(io.github.gcmkit.model.Provenance.INTERPRETED)
                .build())
            .build());
    Report report = Validator.of(Profile.baseline()).validate(interpreted);
    Finding finding = report.findings().stream()
        .filter(f -> f.basis() == io.github.gcmkit.model.Provenance.INTERPRETED)
        .findFirst()
        .orElseThrow();
    assertThat(report.findings()).anyMatch(f -> f.basis() == io.github.gcmkit.model.Provenance.STATED);
    GcmReports reports = GcmReports.of("baseline").withFailLevel(io.github.gcmkit.rules.Severity.INFO);

    assertThat(write(reports, report, ReportFormat.TEXT)).contains("basis: interpreted");
    assertThat(write(reports.withLanguage("fr"), report, ReportFormat.TEXT)).contains("fondement : interprété");
    JsonNode results = parse(write(reports, report, ReportFormat.SARIF)).get("runs").get(0).get("results");
    int at = report.findings().indexOf(finding);
    assertThat(results.get(at).get("properties").get("basis").asString()).isEqualTo("interpreted");
    assertThat(results).anyMatch(r -> r.get("properties").get("basis").asString().equals("stated"));
    assertThat(write(reports, report, ReportFormat.JUNIT)).contains("basis: interpreted");
    assertThat(write(reports, report, ReportFormat.GITHUB)).contains("%0Abasis: interpreted");
    assertThat(write(reports, report, ReportFormat.MARKDOWN)).contains("(basis: interpreted)");
    assertThat(SARIF.errors(write(reports, report, ReportFormat.SARIF))).isEmpty();
    // A finding the document states says nothing of its basis in text.
    Report stated = Validator.of(Profile.baseline()).validate(charter);
    assertThat(write(reports, stated, ReportFormat.TEXT)).doesNotContain("basis:");
  }

  @Test
  void staleAndExpiredBaselineEntriesAreListedInEveryFormat() throws Exception {
    Finding first = REPORT.findings().get(0);
    Baseline.Entry expired = Baseline.Entry.of(first.ruleId(), first.networkId(), first.localPointer(),
        java.util.Optional.of("being revised"), java.util.Optional.of("co-chairs"),
        java.util.Optional.of(java.time.LocalDate.of(2020, 1, 1)));
    Baseline.Entry stale = Baseline.Entry.of("charter.mission.required", java.util.Optional.of("wca"), io.github.gcmkit.model.JsonPointer.parse("/nowhere"));
    Baseline accepted = Baseline.of(List.of(expired, stale));
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 4);
    Report report = Validator.builder().profile(Profile.baseline()).baseline(accepted).asOf(day).build()
        .validate(FEDERATION);
    GcmReports reports = REPORTS;
    assertThat(report.findings()).contains(first);
    assertThat(report.expired()).containsExactly(expired);
    assertThat(report.noLongerOccurring()).containsExactly(stale);

    JsonNode json = parse(write(reports, report, ReportFormat.JSON)).get("baseline");
    assertThat(json.get("noLongerOccurring").get(0).get("path").asString()).isEqualTo("/nowhere");
    assertThat(json.get("expired").get(0).get("expires").asString()).isEqualTo("2020-01-01");
    assertThat(json.get("expired").get(0).get("reason").asString()).isEqualTo("being revised");
    assertThat(new Schema(GcmSchema.reportText()).errors(write(reports, report, ReportFormat.JSON))).isEmpty();

    String sarif = write(reports, report, ReportFormat.SARIF);
    assertThat(SARIF.errors(sarif)).isEmpty();
    JsonNode properties = parse(sarif).get("runs").get(0).get("properties");
    assertThat(properties.get("noLongerOccurring")).hasSize(1);
    assertThat(properties.get("expired").get(0).get("rule").asString()).isEqualTo(first.ruleId());

    assertThat(write(reports, report, ReportFormat.TEXT))
        .contains("Expired baseline entries, their findings reported again (1):", "2020-01-01, accepted by co-chairs: being revised");
    assertThat(write(reports.withLanguage("fr"), report, ReportFormat.TEXT)).contains("Entrées de la référence expirées");
    assertThat(write(reports, report, ReportFormat.GITHUB)).contains("baseline entry expired on 2020-01-01");
    assertThat(write(reports, report, ReportFormat.MARKDOWN)).contains("### Expired baseline entries", "(nowhere)");

    String xml = write(reports, report, ReportFormat.JUNIT);
    org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(Integer.parseInt(doc.getDocumentElement().getAttribute("tests")))
        .isEqualTo(doc.getElementsByTagName("testcase").getLength());
    assertThat(Integer.parseInt(doc.getDocumentElement().getAttribute("skipped")))
        .isEqualTo(doc.getElementsByTagName("skipped").getLength());
    assertThat(xml).contains("accepted by the baseline, no longer occurs", "baseline entry expired on 2020-01-01");
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

  /**
   * A finding on a document of an NDJSON file is at that file (its URI, percent-encoded), its line
   * and column, never at a name of the document such as {@code corpus.ndjson#2}; the document's
   * ordinal is said apart.
   */
  @Test
  void findingsInAnNdjsonFileAreAtThatFileAndItsLineInEveryFormat() throws Exception {
    GcmJson compact = GcmJson.with(GcmJson.defaults().options().withPrettyPrint(false));
    String corpus = compact.write(GcmJson.defaults().read(Documents.text("sahel-webinar.json"))).strip() + "\n\n"
        + compact.write(GcmJson.defaults().read(Documents.text("wca-federation.json"))).strip() + "\n";
    List<GcmDocument> lines;
    try (java.util.stream.Stream<GcmDocument> read = GcmJson.defaults().stream(
        new java.io.ByteArrayInputStream(corpus.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      lines = read.toList();
    }
    String file = "my corpora/corpus.ndjson";
    SourceMap sources = SourceMap.builder().add(file, 1, lines.get(0)).add(file, 2, lines.get(1)).build();
    GcmReports reports = GcmReports.of("baseline").withSources(sources).withFederation(FEDERATION);
    // The second document is on the third line: a blank line is skipped.
    List<Location> where = REPORT.findings().stream().map(f -> sources.locate(f).orElseThrow()).toList();
    assertThat(where).isNotEmpty().allSatisfy(at -> {
      assertThat(at.source()).isEqualTo(file);
      assertThat(at.document()).contains(2);
      assertThat(at.line()).isEqualTo(3);
      assertThat(at.toString()).startsWith(file + ":3:");
    });

    String sarif = write(reports, REPORT, ReportFormat.SARIF);
    assertThat(SARIF.errors(sarif)).isEmpty();
    JsonNode results = parse(sarif).get("runs").get(0).get("results");
    assertThat(results).hasSize(where.size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode physical = results.get(i).get("locations").get(0).get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("my%20corpora/corpus.ndjson");
      assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(3);
      assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(where.get(i).column());
      assertThat(physical.get("properties").get("document").asInt()).isEqualTo(2);
    }

    String json = write(reports, REPORT, ReportFormat.JSON);
    assertThat(new Schema(GcmSchema.reportText()).errors(json)).isEmpty();
    assertThat(parse(json).get("findings")).allSatisfy(f -> {
      assertThat(f.get("source").asString()).isEqualTo(file);
      assertThat(f.get("document").asInt()).isEqualTo(2);
      assertThat(f.get("line").asInt()).isEqualTo(3);
    });

    assertThat(write(reports, REPORT, ReportFormat.GITHUB).lines().filter(l -> l.startsWith("::")))
        .hasSize(where.size())
        .allSatisfy(l -> assertThat(l).contains(" file=my corpora/corpus.ndjson,line=3,col="));

    org.w3c.dom.Document junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(
            write(reports, REPORT, ReportFormat.JUNIT).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.w3c.dom.NodeList cases = junit.getElementsByTagName("testcase");
    int located = 0;
    for (int i = 0; i < cases.getLength(); i++) {
      org.w3c.dom.Element testcase = (org.w3c.dom.Element) cases.item(i);
      if (testcase.hasAttribute("file")) {
        assertThat(testcase.getAttribute("file")).isEqualTo(file);
        assertThat(testcase.getAttribute("line")).isEqualTo("3");
        located++;
      }
    }
    assertThat(located).isEqualTo(where.size());

    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
      assertThat(write(reports, REPORT, format)).as(format.code()).contains(where.get(0).toString())
          .doesNotContain("corpus.ndjson#");
    }
  }

  @Test
  void aDocumentAloneInItsFileHasNoOrdinal() {
    JsonNode physical = parse(write(REPORTS, REPORT, ReportFormat.SARIF)).get("runs").get(0).get("results").get(0)
        .get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("networks/wca-federation.json");
    assertThat(physical.has("properties")).isFalse();
    assertThat(parse(write(REPORTS, REPORT, ReportFormat.JSON)).get("findings").get(0).has("document")).isFalse();
    assertThat(SourceMap.of(FILES).locate(REPORT.findings().get(0)).orElseThrow().document()).isEmpty();
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
