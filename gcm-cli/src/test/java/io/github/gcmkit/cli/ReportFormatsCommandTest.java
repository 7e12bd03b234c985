package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code gcm check --format sarif|github|json} with located findings, and {@code --bundled} with files. */
class ReportFormatsCommandTest {

  private static final Report BUNDLED = Validator.of(Profile.baseline()).validate(Datasets.federation());

  @TempDir Path dir;

  @Test
  void theSarifLogOfTheBundledDatasetsFollowsTheSchemaAndLocatesEveryResult() throws IOException {
    Run run = Run.gcm("check", "--bundled", "--format", "sarif");
    assertThat(run.err()).isEmpty();
    String schema = Files.readString(Path.of("../gcm-io/src/test/resources/sarif/sarif-schema-2.1.0.json"));
    List<String> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(schema, InputFormat.JSON)
        .validate(run.out(), InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + " " + e.getMessage())
        .toList();
    assertThat(errors).isEmpty();
    JsonNode results = GcmJson.defaults().mapper().readTree(run.out()).get("runs").get(0).get("results");
    assertThat(results).hasSize(BUNDLED.findings().size());
    for (JsonNode result : results) {
      assertThat(result.get("ruleId").asString()).isNotBlank();
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asString()).startsWith("datasets/").endsWith(".json");
      assertThat(physical.get("region").get("startLine").asInt()).isPositive();
    }
  }

  /**
   * A finding on a line of an NDJSON file is at that file, whose URI a code-scanning service can
   * open, and that line, checked a line at a time or with the bundled networks; the document's
   * ordinal (the line after a blank one is the second document) is a property of the location.
   */
  @Test
  void findingsOfAnNdjsonFileAreAtTheFileAndItsLine() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("my corpora")).resolve("corpus.ndjson");
    Files.writeString(corpus, "{\"gcmFormat\":\"1.0\",\"kind\":\"event\",\"event\":{\"id\":\"e1\",\"title\":\"Event\","
        + "\"kind\":\"webinar\",\"date\":\"2020-08-12\"}}\n\n"
        + "{\"gcmFormat\":\"1.0\",\"kind\":\"network\",\"id\":\"zz\",\"level\":\"national\",\"name\":\"Z\","
        + "\"country\":\"CM\",\"reportsTo\":\"wca\",\"charter\":{\"title\":\"Charter\"}}\n");
    String schema = Files.readString(Path.of("../gcm-io/src/test/resources/sarif/sarif-schema-2.1.0.json"));
    for (List<String> documents : List.of(List.of(corpus.toString()), List.of("--bundled", corpus.toString()))) {
      Run run = Run.gcm(Stream.concat(Stream.of("check", "--format", "sarif"), documents.stream())
          .toArray(String[]::new));
      assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(schema, InputFormat.JSON)
          .validate(run.out(), InputFormat.JSON)).as(documents.toString()).isEmpty();
      List<JsonNode> mine = new java.util.ArrayList<>();
      GcmJson.defaults().mapper().readTree(run.out()).get("runs").get(0).get("results").forEach(result -> {
        if (result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString()
            .startsWith("zz:")) {
          mine.add(result.get("locations").get(0).get("physicalLocation"));
        }
      });
      assertThat(mine).as(documents.toString()).isNotEmpty().allSatisfy(physical -> {
        assertThat(physical.get("artifactLocation").get("uri").asString())
            .isEqualTo(corpus.toUri().toString())
            .endsWith("/my%20corpora/corpus.ndjson");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(3);
        assertThat(physical.get("properties").get("document").asInt()).isEqualTo(2);
      });
      Run github = Run.gcm(Stream.concat(Stream.of("check", "--format", "github"), documents.stream())
          .toArray(String[]::new));
      assertThat(github.out().lines().filter(l -> l.contains("corpus.ndjson")))
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l).contains("file=" + corpus.toString().replace(":", "%3A") + ",line=3,"));
    }
  }

  @Test
  void jsonFindingsCarrySourceLineAndColumn() {
    Run run = Run.gcm("check", "--bundled", "--format", "json");
    for (JsonNode finding : GcmJson.defaults().mapper().readTree(run.out()).get("findings")) {
      assertThat(finding.get("source").asString()).startsWith("datasets/");
      assertThat(finding.get("line").asInt()).isPositive();
      assertThat(finding.get("column").asInt()).isPositive();
    }
  }

  @Test
  void githubAnnotationsPointAtTheFile() {
    Run run = Run.gcm("check", "--bundled", "--format", "github");
    List<String> annotations = run.out().lines().filter(l -> l.startsWith("::")).toList();
    assertThat(annotations).hasSize(BUNDLED.findings().size())
        .allSatisfy(l -> assertThat(l).matches("::(error|warning|notice) file=datasets/[a-z0-9-]+\\.json,line=\\d+,col=\\d+,title=[a-z.-]+::.+"));
  }

  @Test
  void theBundledNetworksAndMyOwnAreOneFederation() throws IOException {
    Network mine = Network.builder()
        .id("xx")
        .level(io.github.gcmkit.model.network.NetworkLevel.NATIONAL)
        .name(LocalizedText.en("UN Network on Migration for Xland"))
        .country("XX")
        .build();
    Path file = Files.writeString(dir.resolve("xx.json"), GcmJson.defaults().write(mine));
    Run run = Run.gcm("check", "--bundled", file.toString(), "--format", "json");
    assertThat(run.err()).isEmpty();
    JsonNode report = GcmJson.defaults().mapper().readTree(run.out());
    // Without a charter or workplan, my network's rules are not evaluated, at my file.
    assertThat(report.get("notEvaluated")).anySatisfy(n -> {
      assertThat(n.has("network")).as("an entry of a network, not of the whole federation").isTrue();
      assertThat(n.get("network").asString()).isEqualTo("xx");
      assertThat(n.get("source").asString()).isEqualTo(file.toString());
      assertThat(n.get("line").asInt()).isEqualTo(1);
    });
    assertThat(report.get("findings")).anySatisfy(f -> assertThat(f.get("network").asString()).isEqualTo("wca"));
  }

  @Test
  void inFrenchTheFrameOfTheTextReportHasNoEnglishWord() {
    Run run = Run.gcm("check", "--bundled", "--lang", "fr");
    int rules = RuleCatalog.builtIn().rules().size();
    assertThat(run.out())
        .contains("profil « baseline », " + rules + " règles, 4 réseaux et 1 événement", "aucun constat", "Conseil : ",
            "Bilan : ", "non évalué", "Règles : ", "RÉUSSI : ", "avertissement", "plan de travail 1 › priorité 10")
        .doesNotContain("no findings", "Hint:", "Summary:", "PASSED", "FAILED", "not evaluated", "Rules:",
            "warning", "workplan 1", "priority");
  }

  @Test
  void junitAndMarkdownReportsAreWritten() {
    Run junit = Run.gcm("check", "--bundled", "--format", "junit");
    assertThat(junit.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ")
        .contains("<testsuite name=\"wca\"", "<skipped message=").endsWith("</testsuites>\n");
    Run markdown = Run.gcm("check", "--bundled", "--format", "markdown");
    assertThat(markdown.out()).startsWith("## gcmkit check — ").contains("| Severity | Rule | Where | Message |");
  }

  @Test
  void withoutDocumentsTheCommandSaysWhatToGive() {
    Run run = Run.gcm("check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--bundled");
  }
}
