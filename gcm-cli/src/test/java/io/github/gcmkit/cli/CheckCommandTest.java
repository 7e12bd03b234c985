package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmBaselines;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmSchema;
import io.github.gcmkit.io.GcmYaml;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code gcm check} on the bundled datasets and on files: reports, formats and exit codes. */
class CheckCommandTest {

  private static final Report BUNDLED = Validator.of(Profile.baseline()).validate(Datasets.federation());
  private static final int EXIT = BUNDLED.passed(Severity.ERROR) ? 0 : 1;

  @TempDir Path dir;

  @Test
  void theBundledDatasetsAreReportedNetworkByNetwork() {
    Run run = Run.gcm("check", "--bundled");
    assertThat(run.exitCode()).isEqualTo(EXIT);
    assertThat(run.err()).isEmpty();
    String out = run.out();
    assertThat(out).startsWith(
        "gcm check — profile 'baseline', " + BUNDLED.rules().size() + " rules, 4 networks and 1 event\n");
    assertThat(out.indexOf("\nglobal — United Nations Network on Migration\n"))
        .isPositive()
        .isLessThan(out.indexOf("\nwca — "));
    assertThat(out.indexOf("\nwca — ")).isLessThan(out.indexOf("\ncm — "));
    assertThat(out.indexOf("\ncm — ")).isLessThan(out.indexOf("\nsn — "));
    assertThat(out).contains(String.format("Summary: %d errors, %d warnings, %d infos; %d elements not evaluated.",
        BUNDLED.count(Severity.ERROR), BUNDLED.count(Severity.WARNING), BUNDLED.count(Severity.INFO),
        BUNDLED.notEvaluated().size()));
    // Each finding at the file, line and column of its element in the bundled dataset.
    BUNDLED.findings().forEach(f -> assertThat(out).containsPattern(
        java.util.regex.Pattern.quote(f.ruleId() + "  datasets/" + f.networkId().orElseThrow() + ".json:") + "\\d+:\\d+\n"));
    assertThat(out).doesNotContain("\u001B[");
  }

  @Test
  void theRealGapsOfTheDocumentsAreThere() {
    String out = Run.gcm("check", "--bundled").out();
    String cameroon = out.substring(out.indexOf("\ncm — "), out.indexOf("\nsn — "));
    assertThat(cameroon).contains("workplan.dated-reference-in-period", "COP 27 (2022-11)", "2023-01/2024-12");
  }

  @Test
  void theJsonReportHasTheShapeOfTheIssueAndItsSchema() {
    Run run = Run.gcm("check", "--bundled", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(EXIT);
    JsonNode json = GcmJson.defaults().mapper().readTree(run.out());
    assertThat(json.propertyNames()).containsExactly("gcmReport", "profile", "catalogVersion", "summary", "findings", "notEvaluated");
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(BUNDLED.count(Severity.ERROR));
    assertThat(json.get("summary").get("passed").asBoolean()).isEqualTo(BUNDLED.passed(Severity.ERROR));
    assertThat(json.get("findings")).hasSize(BUNDLED.findings().size());
    assertThat(reportSchemaErrors(run.out())).isEmpty();
  }

  @Test
  void theFailLevelDecidesTheExitCode() throws IOException {
    Path workplans = Files.writeString(dir.resolve("workplans.yaml"),
        "gcmProfile: '1.0'\nname: workplans\ninclude: [workplan.*]\n");
    Run errorsOnly = Run.gcm("check", "--bundled", "--profile", workplans.toString());
    assertThat(errorsOnly.exitCode()).isZero();
    assertThat(errorsOnly.out()).contains("profile 'workplans'", "PASSED: nothing at or above error; ");
    Run warnings = Run.gcm("check", "--bundled", "--profile", workplans.toString(), "--fail-on", "warning");
    assertThat(warnings.exitCode()).isEqualTo(1);
    long workplanWarnings =
        BUNDLED.findings().stream()
            .filter(f -> f.ruleId().startsWith("workplan.") && f.severity() != Severity.INFO)
            .count();
    assertThat(workplanWarnings).isGreaterThanOrEqualTo(22);
    assertThat(warnings.out()).contains("FAILED: " + workplanWarnings + " findings at or above warning.");
  }

  @Test
  void anUnreadableInputGivesExitCode2AndItsProblemsWithTheirPlace() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"),
        "{\n  \"gcmFormat\": \"1.0\",\n  \"kind\": \"network\",\n  \"id\": \"xx\",\n  \"level\": \"national\",\n"
            + "  \"name\": \"Network\",\n  \"country\": \"senegal\"\n}\n");
    Path missing = dir.resolve("missing.json");
    Run text = Run.gcm("check", bad.toString(), missing.toString());
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.out()).isEmpty();
    assertThat(text.err().lines()).containsExactly(
        bad + ":7:14: /country: 'senegal' is not an ISO 3166-1 alpha-2 country code (two upper-case letters)",
        missing + ":1:1: /: the file cannot be read: no such file: " + missing,
        "gcm check: 2 inputs could not be read; nothing was checked");

    Run json = Run.gcm("check", "--format", "json", bad.toString());
    assertThat(json.exitCode()).isEqualTo(2);
    JsonNode problem = GcmJson.defaults().mapper().readTree(json.out()).get("problems").get(0);
    assertThat(problem.get("source").asString()).isEqualTo(bad.toString());
    assertThat(problem.get("pointer").asString()).isEqualTo("/country");
    assertThat(problem.get("line").asInt()).isEqualTo(7);
    assertThat(problem.get("column").asInt()).isEqualTo(14);
    assertThat(reportSchemaErrors(json.out())).isEmpty();
  }

  @Test
  void aBadProfileIsAnUnreadableInput() throws IOException {
    Path profile = Files.writeString(dir.resolve("strict.json"),
        "{\"gcmProfile\": \"1.0\", \"name\": \"strict\", \"extends\": \"baseline\",\n"
            + " \"parameters\": {\"charter.meetings.frequency\": {\"maxIntervalWeeks\": 8}}}\n");
    Run run = Run.gcm("check", "--bundled", "--profile", profile.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode problem = GcmJson.defaults().mapper().readTree(run.out()).get("problems").get(0);
    assertThat(problem.get("pointer").asString()).isEqualTo("/parameters/charter.meetings.frequency/maxIntervalWeeks");
    assertThat(problem.get("message").asString()).contains("has no parameter 'maxIntervalWeeks'");
  }

  @Test
  void aBaselineWrittenByOneRunAcceptsItsFindingsInTheNext() {
    Path baseline = dir.resolve("accepted.json");
    Run first = Run.gcm("check", "--bundled", "--fail-on", "info", "--write-baseline", baseline.toString());
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.err()).contains("wrote a baseline of " + BUNDLED.findings().size() + " findings");
    Run next = Run.gcm("check", "--bundled", "--fail-on", "info", "--baseline", baseline.toString());
    assertThat(next.exitCode()).isZero();
    assertThat(next.out()).contains("Baseline: " + BUNDLED.findings().size() + " findings accepted, 0 no longer occurring.");
    Run json = Run.gcm("check", "--bundled", "--baseline", baseline.toString(), "--format", "json");
    assertThat(GcmJson.defaults().mapper().readTree(json.out()).get("baseline").get("accepted").asInt())
        .isEqualTo(BUNDLED.findings().size());
  }

  @Test
  void updatingABaselineDropsWhatNoLongerOccursAndAddsNothing() throws IOException {
    Path baseline = dir.resolve("accepted.json");
    Finding first = BUNDLED.findings().get(0);
    Files.writeString(baseline, "{\"gcmBaseline\": \"1.0\", \"accepted\": [\n"
        + "  {\"rule\": \"" + first.ruleId() + "\", \"network\": \"" + first.networkId().orElseThrow()
        + "\", \"path\": \"" + first.localPointer() + "\", \"reason\": \"being revised\", \"acceptedBy\": \"co-chairs\"},\n"
        + "  {\"rule\": \"charter.mission.required\", \"network\": \"sn\", \"path\": \"/gone\"}]}");
    Run run = Run.gcm("check", "--bundled", "--update-baseline", baseline.toString());
    assertThat(run.err()).contains("removed 1 entry that no longer occur");
    assertThat(run.out()).contains("Baseline: 1 finding accepted, 1 no longer occurring.");
    Baseline kept = GcmBaselines.read(baseline);
    assertThat(kept.entries()).singleElement().satisfies(e -> {
      assertThat(e.ruleId()).isEqualTo(first.ruleId());
      assertThat(e.reason()).contains("being revised");
      assertThat(e.acceptedBy()).contains("co-chairs");
    });
    assertThat(Run.gcm("check", "--bundled", "--baseline", dir.resolve("other.json").toString(),
        "--update-baseline", baseline.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void anExpiredEntryReportsItsFindingAgainAndIsListed() throws IOException {
    Path baseline = dir.resolve("expired.json");
    Finding first = BUNDLED.findings().get(0);
    Files.writeString(baseline, "{\"gcmBaseline\": \"1.0\", \"accepted\": [\n"
        + "  {\"rule\": \"" + first.ruleId() + "\", \"network\": \"" + first.networkId().orElseThrow()
        + "\", \"path\": \"" + first.localPointer() + "\", \"expires\": \"2020-01-01\"}]}");
    Run json = Run.gcm("check", "--bundled", "--baseline", baseline.toString(), "--format", "json");
    JsonNode report = GcmJson.defaults().mapper().readTree(json.out());
    assertThat(report.get("findings")).hasSize(BUNDLED.findings().size());
    assertThat(report.get("baseline").get("expired").get(0).get("expires").asString()).isEqualTo("2020-01-01");
    assertThat(Run.gcm("check", "--bundled", "--baseline", baseline.toString()).out())
        .contains("Expired baseline entries, their findings reported again (1):");
  }

  @Test
  void filesOfNetworksInJsonAndYamlAreCheckedTogether() throws IOException {
    Path files = Files.createDirectory(dir.resolve("networks"));
    for (Network network : Datasets.federation().networks()) {
      boolean yaml = network.id().equals("sn");
      Path file = files.resolve(network.id() + (yaml ? ".yaml" : ".json"));
      Files.writeString(file, yaml ? GcmYaml.defaults().write(network) : GcmJson.defaults().write(network));
    }
    Run run = Run.gcm("check", files.resolve("global.json").toString(), files.resolve("wca.json").toString(),
        files.resolve("cm.json").toString(), files.resolve("sn.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(EXIT);
    assertThat(run.out()).contains("4 networks\n", "\nsn — ").doesNotContain("federation.reporting.resolves");
    Run alone = Run.gcm("check", files.resolve("sn.yaml").toString());
    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.out()).contains("error    federation.reporting.resolves");
  }

  @Test
  void aCharterIsCheckedOnItsOwn() throws IOException {
    Path charter = dir.resolve("senegal-tor.json");
    Files.writeString(charter,
        GcmJson.defaults().write(Datasets.federation().network("sn").orElseThrow().charter().orElseThrow()));
    Run run = Run.gcm("check", charter.toString());
    assertThat(run.out()).contains("\n" + charter + "\n").contains("16 rules");
    Path network = Files.writeString(dir.resolve("sn.json"),
        GcmJson.defaults().write(Datasets.federation().network("sn").orElseThrow()));
    Run mixed = Run.gcm("check", charter.toString(), network.toString());
    assertThat(mixed.exitCode()).isEqualTo(2);
    assertThat(mixed.err().lines()).singleElement().asString()
        .isEqualTo("gcm check: a charter or workplan document is checked on its own: give " + charter
            + " alone, or put it in a network document");
  }

  @Test
  void messagesCanBeInFrenchAndColouredOnATerminal() {
    Run french = Run.gcm("check", "--bundled", "--lang", "fr");
    assertThat(french.out()).contains("Aucun plan de travail n’est enregistré pour le réseau sn");
    Run terminal = Run.gcm(true, "check", "--bundled");
    assertThat(terminal.out()).contains("\u001B[33mwarning \u001B[0m", "\u001B[1m");
  }

  private static java.util.List<String> reportSchemaErrors(String json) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(GcmSchema.reportText(), InputFormat.JSON)
        .validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .toList();
  }
}
