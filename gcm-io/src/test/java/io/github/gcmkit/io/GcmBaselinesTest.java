package io.github.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Report;
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
        new Baseline.Entry("workplan.period.valid", Optional.empty(), "/period"),
        new Baseline.Entry("charter.mission.required", Optional.of("sn"), "/charter")));
    assertThat(GcmBaselines.write(baseline)).isEqualTo(
        "{\n"
            + "  \"gcmBaseline\": \"1.0\",\n"
            + "  \"catalogVersion\": \"" + io.github.gcmkit.rules.RuleCatalog.builtIn().version().orElseThrow() + "\",\n"
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
  void theCatalogueVersionIsReadAsTextAndOtherwiseLeftAlone() {
    assertThat(GcmBaselines.read("{\"gcmBaseline\": \"1.0\", \"catalogVersion\": \"0.0.9\", \"accepted\": []}"))
        .isEqualTo(Baseline.empty());
    assertThatThrownBy(() -> GcmBaselines.read("{\"gcmBaseline\": \"1.0\", \"catalogVersion\": 9, \"accepted\": []}"))
        .isInstanceOf(GcmFormatException.class)
        .hasMessageContaining("/catalogVersion");
  }
}
