package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.RuleCatalog;
import io.github.gcmkit.rules.Validator;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines written as JSON and read back. */
class GcmBaselinesTest {

  private static final Federation WCA =
      GcmJson.defaults().read(Documents.text("wca-federation.json"), Federation.class);

  @Test
  void aBaselineOfAReportSurvivesTheRoundTripAndAcceptsEveryFinding(@TempDir Path dir) {
    Report report = Validator.builder().build().validate(WCA);
    assertThat(report.findings()).isNotEmpty();
    Baseline baseline = Baseline.of(report);
    Path file = dir.resolve("accepted.json");
    GcmBaselines.write(baseline, file);
    Baseline back = GcmBaselines.read(file);
    assertThat(back).isEqualTo(baseline);
    Report next = Validator.builder().baseline(back).build().validate(WCA);
    assertThat(next.findings()).isEmpty();
    assertThat(next.acceptedCount()).isEqualTo(report.findings().size());
  }

  @Test
  void entriesAreWrittenInOrderWithTheirNetworkWhenTheyHaveOne() {
    Baseline baseline = Baseline.of(java.util.List.of(
        Baseline.Entry.of("workplan.period.valid", Optional.empty(), JsonPointer.parse("/period")),
        Baseline.Entry.of("charter.mission.required", Optional.of("sn"), JsonPointer.parse("/charter"))));
    assertThat(GcmBaselines.write(baseline.withCatalogVersion(Optional.of("1.4")))).isEqualTo(
        "{\n"
            + "  \"gcmBaseline\": \"1.0\",\n"
            + "  \"catalogVersion\": \"1.4\",\n"
            + "  \"accepted\": [\n"
            + "    {\n"
            + "      \"rule\": \"workplan.period.valid\",\n"
            + "      \"path\": \"/period\"\n"
            + "    },\n"
            + "    {\n"
            + "      \"rule\": \"charter.mission.required\",\n"
            + "      \"network\": \"sn\",\n"
            + "      \"path\": \"/charter\"\n"
            + "    }\n"
            + "  ]\n"
            + "}\n");
    assertThat(new Schema(GcmSchema.baselineText()).errors(GcmBaselines.write(baseline))).isEmpty();
    assertThat(GcmBaselines.read(GcmBaselines.write(Baseline.empty()))).isEqualTo(Baseline.empty());
  }

  @Test
  void aBaselineRecordsTheVersionOfTheCatalogueItsReportWasValidatedWith() {
    RuleCatalog mine = RuleCatalog.of(RuleCatalog.builtIn().rules()).withVersion("7.2");
    Baseline ofMine = Baseline.of(Validator.builder().catalog(mine).build().validate(WCA));
    assertThat(ofMine.catalogVersion()).contains("7.2");
    assertThat(GcmBaselines.write(ofMine)).contains("\"catalogVersion\": \"7.2\"")
        .doesNotContain(RuleCatalog.builtIn().version().orElseThrow());
    assertThat(GcmBaselines.read(GcmBaselines.write(ofMine)).catalogVersion()).contains("7.2");
    Baseline ofBuiltIn = Baseline.of(Validator.builder().catalog(RuleCatalog.builtIn()).build().validate(WCA));
    assertThat(ofBuiltIn.catalogVersion()).isEqualTo(RuleCatalog.builtIn().version());
    Baseline unversioned = Baseline.of(Validator.builder().catalog(RuleCatalog.of(RuleCatalog.builtIn().rules())).build()
        .validate(WCA));
    assertThat(GcmBaselines.write(unversioned)).doesNotContain("catalogVersion");
    assertThat(ofMine.without(ofMine.entries()).catalogVersion()).contains("7.2");
  }

  @Test
  void theCatalogueVersionIsReadAsTextAndOtherwiseLeftAlone() {
    Baseline read = GcmBaselines.read("{\"gcmBaseline\": \"1.0\", \"catalogVersion\": \"0.0.9\", \"accepted\": []}");
    assertThat(read).isEqualTo(Baseline.empty());
    assertThat(read.catalogVersion()).contains("0.0.9");
    assertThatThrownBy(() -> GcmBaselines.read("{\"gcmBaseline\": \"1.0\", \"catalogVersion\": 9, \"accepted\": []}"))
        .isInstanceOf(GcmFormatException.class)
        .hasMessageContaining("/catalogVersion");
  }

  @Test
  void entriesKeepTheirReasonOwnerAndExpiryThroughTheFile() {
    Baseline.Entry noted = Baseline.Entry.of("charter.annual-review.required", Optional.of("wca"),
        io.github.gcmkit.model.JsonPointer.parse("/charter/governance/annualReview"), Optional.of("The ToR are being revised."), Optional.of("WCA co-chairs"),
        Optional.of(java.time.LocalDate.of(2027, 6, 30)));
    String json = GcmBaselines.write(Baseline.of(java.util.List.of(noted)));
    assertThat(json).contains("\"reason\": \"The ToR are being revised.\"", "\"acceptedBy\": \"WCA co-chairs\"",
        "\"expires\": \"2027-06-30\"");
    assertThat(new Schema(GcmSchema.baselineText()).errors(json)).isEmpty();
    Baseline.Entry read = GcmBaselines.read(json).entries().first();
    assertThat(read.reason()).isEqualTo(noted.reason());
    assertThat(read.acceptedBy()).isEqualTo(noted.acceptedBy());
    assertThat(read.expires()).isEqualTo(noted.expires());
  }

  @Test
  void aBadExpiryOrABlankNoteIsALocatedProblem() {
    String text = "{\"gcmBaseline\": \"1.0\", \"accepted\": [\n"
        + "  {\"rule\": \"a.b\", \"path\": \"\", \"expires\": \"30/06/2027\"},\n"
        + "  {\"rule\": \"a.b\", \"path\": \"/x\", \"reason\": \" \", \"acceptedBy\": 3}]}";
    assertThatThrownBy(() -> GcmBaselines.read(text))
        .isInstanceOfSatisfying(GcmFormatException.class, e -> assertThat(e.problems())
            .extracting((FormatProblem p) -> p.pointer().toString())
            .containsExactly("/accepted/0/expires", "/accepted/1/reason", "/accepted/1/acceptedBy"))
        .hasMessageContaining("'30/06/2027' is not a date: write it as YYYY-MM-DD");
  }
}
