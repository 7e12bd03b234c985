package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.io.GcmBaselines;
import io.github.gcmkit.io.GcmDocument;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.GcmProfiles;
import io.github.gcmkit.io.GcmReports;
import io.github.gcmkit.io.ReportFormat;
import io.github.gcmkit.io.SourceMap;
import io.github.gcmkit.model.Entity;
import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.EntityId;
import io.github.gcmkit.model.EntityKind;
import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.StakeholderRef;
import io.github.gcmkit.model.charter.ChairSeat;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.charter.Governance;
import io.github.gcmkit.model.charter.MeetingPolicy;
import io.github.gcmkit.model.charter.Secretariat;
import io.github.gcmkit.model.charter.Tenure;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.network.NetworkLevel;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Validator;
import io.github.gcmkit.testkit.ModelGenerators;
import io.github.gcmkit.testkit.Sizes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of the README and docs/*.md, each word for word as the docs show it, run on
 * the bundled data ({@link DocSnippetsTest} checks that every snippet is here or in another test).
 * Files a snippet reads are written beside the module, as the snippets name them, and removed.
 */
class DocSnippetsRunTest {

  private static final java.util.List<String> FILES =
      java.util.List.of("federation.json", "strict.yaml", "strict.json", "accepted.json");

  @AfterEach
  void removeFiles() throws IOException {
    for (String file : FILES) {
      Files.deleteIfExists(Path.of(file));
    }
  }

  @Test
  void readmeUsingGcmkit() throws IOException {
    GcmJson.defaults().write(Datasets.federation(), Path.of("federation.json"));
    Files.writeString(Path.of("strict.yaml"), "gcmProfile: '1.0'\nname: strict\nextends: baseline\n");

    Federation federation = GcmJson.defaults().read(Path.of("federation.json"), Federation.class);
    Profile profile = GcmProfiles.defaults().read(Path.of("strict.yaml"));   // extends baseline
    Report report = Validator.of(profile).validate(federation);

    System.out.print(report.toText("fr"));                                   // for people, in French
    String json = GcmReports.of(profile.name()).json(report);               // for tools
    GcmBaselines.write(Baseline.of(report), Path.of("accepted.json"));      // accept today's findings
    if (!report.passed(Severity.ERROR)) {
      System.exit(1);
    }

    assertThat(json).contains("\"profile\": \"strict\"");
    assertThat(GcmBaselines.read(Path.of("accepted.json")).entries()).hasSize(report.findings().size());
  }

  @Test
  void readmeBuildingAndValidatingANetwork() {
    Charter mandate = Charter.builder()
        .title(LocalizedText.fr("Mandat du Réseau des Nations Unies sur les migrations pour le Sénégal"))
        .governance(Governance.builder()
            .addCoChair(ChairSeat.of(StakeholderRef.entity("OHCHR")))
            .addCoChair(ChairSeat.builder()
                .holder(StakeholderRef.entity("IOM"))
                .post(LocalizedText.fr("Chef de Mission"))
                .tenure(Tenure.rotating(12))
                .build())
            .meetings(MeetingPolicy.builder()
                .frequency(Frequency.parse("tous les trois mois"))   // Frequency.QUARTERLY
                .asNeeded(true)
                .build())
            .secretariat(Secretariat.of(StakeholderRef.entity("IOM")))
            .build())
        .build();

    Network senegal = Network.builder()
        .id("sn")
        .level(NetworkLevel.NATIONAL)
        .name(LocalizedText.fr("Réseau des Nations Unies sur les migrations pour le Sénégal"))
        .country("SN")
        .reportsTo("wca")
        .charter(mandate)
        .build();

    EntityCatalog.defaults().resolve("OIM");       // Optional[IOM]
    GcmObjective.ofNumber(13).title().text("fr");  // "Ne recourir au placement en rétention …"

    Report report = Validator.of(Profile.baseline()).validate(senegal);
    System.out.println(report);          // report.toText("fr") in French
    report.passed(Severity.WARNING);     // false: errors or warnings remain

    assertThat(senegal.charter()).contains(mandate);
    assertThat(EntityCatalog.defaults().resolve("OIM").map(e -> e.id().code())).contains("IOM");
    assertThat(GcmObjective.ofNumber(13).title().text("fr")).startsWith("Ne recourir au placement en rétention");
    assertThat(report.passed(Severity.WARNING)).isFalse();
  }

  @Test
  void datasets() {
    Federation federation = Datasets.federation();          // the four networks and the webinar
    Network senegal = federation.network("sn").orElseThrow();
    GcmDocument wca = Datasets.read("wca");                  // one dataset, read strictly
    String json = Datasets.text("cm");                        // its text as bundled

    assertThat(senegal.id()).isEqualTo("sn");
    assertThat(wca.kind().code()).isEqualTo("network");
    assertThat(json).contains("\"gcmFormat\"");
  }

  @Test
  void model() {
    EntityCatalog mine = EntityCatalog.builder()
        .from(EntityCatalog.defaults())
        .addEntity(Entity.builder()
            .id(EntityId.of("MY-NGO"))
            .kind(EntityKind.CIVIL_SOCIETY)
            .name(LocalizedText.en("My NGO"))
            .build())
        .build();

    assertThat(mine.get(EntityId.of("MY-NGO"))).isPresent();
    assertThat(mine.size()).isEqualTo(EntityCatalog.defaults().size() + 1);
  }

  @Test
  void profilesReadRunAndWrite() throws IOException {
    Federation federation = Datasets.federation();
    Files.writeString(Path.of("strict.json"), "{\"gcmProfile\": \"1.0\", \"name\": \"strict\", \"extends\": \"baseline\"}");

    Profile strict = GcmProfiles.defaults().read(Path.of("strict.json"));   // .yaml and .yml are YAML
    Report report = Validator.of(strict).validate(federation);
    String json = GcmProfiles.defaults().write(strict);                     // a profile as JSON

    assertThat(json).contains("\"extends\": \"baseline\"");
    assertThat(report.rules()).isNotEmpty();
  }

  @Test
  void profilesBaselines() {
    Federation federation = Datasets.federation();
    Report report = Validator.of(Profile.baseline()).validate(federation);
    Writer writer = new StringWriter();

    GcmBaselines.write(Baseline.of(report), Path.of("accepted.json"));
    Baseline accepted = GcmBaselines.read(Path.of("accepted.json"));
    Report next = Validator.builder().baseline(accepted).asOf(LocalDate.now()).build().validate(federation);
    GcmReports.of("baseline").write(next, ReportFormat.TEXT, writer);       // lists next.expired() too
    GcmBaselines.write(accepted.without(next.noLongerOccurring()), Path.of("accepted.json"));

    assertThat(next.findings()).isEmpty();
    assertThat(writer.toString()).contains("Baseline: ");
  }

  @Test
  void profilesReports() throws IOException {
    Profile profile = Profile.baseline();
    Map<String, GcmDocument> documentsByFile = Map.of("sn.json", Datasets.read("sn"));
    Report report = Validator.of(profile).validate(Datasets.federation());
    Writer writer = new StringWriter();

    String json = GcmReports.of(profile.name()).withFailLevel(Severity.WARNING).json(report);

    GcmReports.of(profile.name())
        .withSources(SourceMap.of(documentsByFile))
        .write(report, ReportFormat.SARIF, writer);   // or JSON, GITHUB, …

    assertThat(json).contains("\"gcmReport\"");
    assertThat(writer.toString()).contains("\"version\": \"2.1.0\"");
  }

  @Test
  void testingGenerators() {
    ModelGenerators gen = ModelGenerators.defaults();
    Workplan one = gen.workplan().sample(42);                     // the same value for the same seed
    Stream<Federation> many = gen.federation().samples(7);        // an endless stream
    Network viaJdk = gen.network().sample(new SplittableRandom(1)); // any java.util.random.RandomGenerator
    ModelGenerators bigger = ModelGenerators.withSizes(Sizes.defaults().withMaxNetworks(100));

    assertThat(one).isEqualTo(gen.workplan().sample(42));
    assertThat(many.limit(2)).hasSize(2);
    assertThat(viaJdk).isNotNull();
    assertThat(bigger).isNotNull();
  }
}
