package io.github.gcmkit.io;

import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.programme.JointProgramme;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.testkit.ModelGenerators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings on documents read from files are located at a file, line and column. */
class SourceMapTest {

  private static final String YAML = """
      gcmFormat: "1.0"
      kind: network
      id: xx
      level: national
      name: Network on Migration for Xland
      country: XX
      charter:
        mission:
          text: To coordinate.
      """;

  @Test
  void aPointerIsLocatedAtItsValueOrItsNearestEnclosingValue() {
    GcmDocument document = GcmYaml.defaults().read(YAML);
    assertThat(document.positions().locate("/name")).contains(Location.of("the document", 5, 7));
    assertThat(document.positions().locate("/charter/mission/text")).contains(Location.of("the document", 9, 11));
    // No governance field: the charter that would hold it (a YAML mapping starts at its first key).
    assertThat(document.positions().locate("/charter/governance/coChairs/1"))
        .contains(Location.of("the document", 8, 3));
    assertThat(document.positions().locate("")).contains(Location.of("the document", 1, 1));
  }

  @Test
  void aDocumentOfAFileOfSeveralIsNumberedFromOne() {
    GcmDocument document = GcmYaml.defaults().read(YAML);
    assertThatIllegalArgumentException().isThrownBy(() -> SourceMap.builder().add("corpus.ndjson", 0, document))
        .withMessageContaining("ordinal");
    assertThatIllegalArgumentException().isThrownBy(() -> Location.of("corpus.ndjson", 0, 1, 1))
        .withMessageContaining("document");
    SourceMap third = SourceMap.builder().add("corpus.ndjson", 3, document).build();
    Finding finding = Validator.of(Profile.baseline()).validate(Federation.of(List.of(document.value(Network.class))))
        .findings().get(0);
    assertThat(third.locate(finding)).map(Location::document).contains(java.util.Optional.of(3));
    assertThat(SourceMap.of(Map.of("xx.yaml", document)).locate(finding)).map(Location::document)
        .contains(java.util.Optional.empty());
  }

  @Test
  void escapedTokensAndIndicesAreFollowed() {
    String json = "{\"gcmFormat\": \"1.0\", \"kind\": \"network\", \"id\": \"xx\", \"level\": \"national\",\n"
        + "\"name\": \"N\", \"country\": \"XX\",\n\"members\": [\n {\"member\": \"IOM\"},\n {\"member\": \"UNHCR\"}]}";
    GcmDocument document = GcmJson.defaults().read(json);
    assertThat(document.positions().locate("/members/1/member")).contains(Location.of("the document", 5, 13));
    assertThat(document.positions().locate("/members/01")).contains(Location.of("the document", 3, 12));
    assertThat(document.positions().locate("/members/7")).contains(Location.of("the document", 3, 12));
    assertThat(document.positions().locate("/a~1b")).contains(Location.of("the document", 1, 1));
  }

  @Test
  void aFindingOnAProgressReportOrProgrammeDocumentIsLocatedInIt() {
    GcmDocument network = GcmYaml.defaults().read(YAML);
    GcmDocument report = GcmYaml.defaults().read("""
        gcmFormat: "1.0"
        kind: progress
        id: q1
        network: xx
        asOf: 2024-03-31
        units:
          - unit: core-1
            status: on-track
        """);
    GcmDocument programme = GcmYaml.defaults().read("""
        gcmFormat: "1.0"
        kind: programme
        id: jp
        title: Synthetic programme
        countries: [XX]
        participatingOrganisations: [IOM]
        """);
    Map<String, GcmDocument> documents = new LinkedHashMap<>();
    documents.put("q1.yaml", report);
    documents.put("xx.yaml", network);
    documents.put("jp.yaml", programme);
    SourceMap where = SourceMap.of(documents);
    // Combined as gcm check combines them: each added after what the network's own document holds.
    Network combined = Network.builder().from(network.value(Network.class))
        .addProgressReport(report.value(ProgressReport.class))
        .addProgramme(programme.value(JointProgramme.class))
        .build();
    Report checked = Validator.of(Profile.builder("delivery")
            .include("network.delivery.units-resolve").include("network.programme.composition").build())
        .validate(Federation.of(List.of(combined)));
    Finding onReport = checked.findings().stream()
        .filter(f -> f.localPointer().toString().equals("/progressReports/0")).findFirst().orElseThrow();
    assertThat(where.locate(onReport)).contains(Location.of("q1.yaml", 1, 1));
    Finding onProgramme = checked.findings().stream()
        .filter(f -> f.localPointer().toString().equals("/programmes/0/participatingOrganisations")).findFirst().orElseThrow();
    assertThat(where.locate(onProgramme)).hasValueSatisfying(l -> {
      assertThat(l.source()).isEqualTo("jp.yaml");
      assertThat(l.line()).isEqualTo(6);
    });
  }

  @Test
  void aDocumentBuiltInCodeHasNoPositions() {
    GcmDocument document = GcmDocument.of(GcmYaml.defaults().read(YAML, Network.class));
    assertThat(document.positions().locate("/name")).isEmpty();
    assertThat(SourceMap.none().locate(findings(document.value(Network.class)).get(0))).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> document.positions().locate("name"));
  }

  @Test
  void positionsAreNotPartOfADocumentsContent() {
    GcmDocument read = GcmYaml.defaults().read(YAML);
    assertThat(read).isEqualTo(GcmDocument.of(read.value())).hasSameHashCodeAs(GcmDocument.of(read.value()));
  }

  @Test
  void findingsOfAFederationOfFilesAreLocatedInTheFileOfTheirNetwork() {
    GcmDocument wca = GcmJson.defaults().read(Documents.text("wca-federation.json"));
    GcmDocument xx = GcmYaml.defaults().read(YAML);
    Map<String, GcmDocument> files = new LinkedHashMap<>();
    files.put("wca-federation.json", wca);
    files.put("xx.yaml", xx);
    Federation federation = Federation.builder()
        .addAllNetworks(wca.value(Federation.class).networks()).addNetwork(xx.value(Network.class)).build();
    Report report = Validator.of(Profile.baseline()).validate(federation);
    SourceMap where = SourceMap.of(files);
    assertThat(report.findings()).isNotEmpty();
    for (Finding f : report.findings()) {
      String network = f.networkId().orElseThrow();
      Location expected = network.equals("xx")
          ? Location.of("xx.yaml", xx.positions().locate(f.localPointer().toString()).orElseThrow().line(),
              xx.positions().locate(f.localPointer().toString()).orElseThrow().column())
          : relabel(wca.positions().locate(f.pointer().toString()).orElseThrow(), "wca-federation.json");
      assertThat(where.locate(f)).contains(expected);
    }
    assertThat(report.notEvaluated()).anySatisfy(n -> {
      assertThat(n.networkId()).contains("xx");
      assertThat(where.locate(n)).map(Location::source).contains("xx.yaml");
    });
  }

  private static Location relabel(Location at, String source) {
    return Location.of(source, at.line(), at.column());
  }

  @Test
  void aStandaloneWorkplanIsLocatedAtTheFindingsPointer() {
    GcmDocument workplan = GcmJson.defaults().read(Documents.text("wca-workplan.json"));
    Report report = Validator.of(Profile.baseline()).validate(
        workplan.value(io.github.gcmkit.model.workplan.Workplan.class));
    SourceMap where = SourceMap.of(Map.of("plan.json", workplan));
    report.findings().forEach(f -> assertThat(where.locate(f)).map(Location::source).contains("plan.json"));
    report.notEvaluated().forEach(n -> assertThat(where.locate(n)).map(Location::source).contains("plan.json"));
  }

  @Test
  void everyFindingOfAReadDocumentIsLocatedAtAValueOfItsText() {
    ModelGenerators models = ModelGenerators.defaults();
    qt().withExamples(40).forAll(gen(models.network())).checkAssert(network -> {
      for (GcmCodec codec : List.of(GcmJson.with(GeneratedModels.OPTIONS), GcmYaml.with(GeneratedModels.OPTIONS))) {
        String text = codec.write(network);
        GcmDocument read = codec.read(text);
        SourceMap where = SourceMap.of(Map.of("n", read));
        List<String> lines = text.lines().toList();
        for (Finding f : findings(read.value(Network.class))) {
          Location at = where.locate(f).orElseThrow();
          assertThat(at.line()).isBetween(1, lines.size());
          String line = lines.get(at.line() - 1);
          assertThat(at.column()).isBetween(1, line.length());
          // A value, a member name or a YAML item starts there; never a blank.
          assertThat(line.charAt(at.column() - 1)).isNotEqualTo(' ');
        }
      }
    });
  }

  private static List<Finding> findings(Network network) {
    return Validator.of(Profile.baseline()).validate(network).findings();
  }
}
