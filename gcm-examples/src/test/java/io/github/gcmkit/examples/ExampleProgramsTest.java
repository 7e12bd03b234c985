package io.github.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.charter.Charter;
import io.github.gcmkit.model.GcmObjective;
import io.github.gcmkit.rules.Profile;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import io.github.gcmkit.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

/** Every example program runs and prints what it promises. */
class ExampleProgramsTest {

  @Test
  void validateFederation() {
    String out = run(() -> ValidateFederation.main(new String[0]));
    Report report = Validator.of(Profile.baseline()).validate(Datasets.federation());
    assertThat(out).startsWith(report.toText("en")).contains("Networks: 4, passed at warning level: false");
  }

  @Test
  void customRuleAndProfile() {
    String out = run(() -> CustomRuleAndProfile.main(new String[0]));
    assertThat(out).startsWith("Profile 'bilingual': " + (RuleCatalog.builtIn().rules().size() + 1) + " rules")
        // The regional network's mission is in English only; Senegal's is in French and English.
        .contains("ERROR example.charter.bilingual-mission [wca] /networks/1/charter/mission/text")
        .doesNotContain("example.charter.bilingual-mission [sn]")
        .contains("example.charter.bilingual-mission: FAILED");
  }

  @Test
  void buildAndRenderCharter() {
    String out = run(() -> BuildAndRenderCharter.main(new String[0]));
    assertThat(out).contains("# Terms of Reference of the UN Network on Migration (draft)", "\"kind\": \"charter\"");
    Charter draft = BuildAndRenderCharter.draft();
    assertThat(GcmJson.defaults().read(GcmJson.defaults().write(draft), Charter.class)).isEqualTo(draft);
  }

  @Test
  void gcmCoverage() {
    String out = run(() -> GcmCoverage.main(new String[0]));
    assertThat(out).contains("wca  2020-2021", "cm   2023-2024", "Served by no workplan:");
    assertThat(GcmCoverage.objectives(Datasets.federation().network("wca").orElseThrow().workplans().get(0)))
        .contains(GcmObjective.ofNumber(23));
  }

  @Test
  void compareCharters() {
    String out = run(() -> CompareCharters.main(new String[0]));
    assertThat(out.lines().findFirst().orElseThrow()).contains("sn", "wca");
    assertThat(out).contains("co-chairs", "meetings", "annual review", "<- differs");
  }

  @Test
  void customRuleProperties() {
    String out = run(() -> CustomRuleProperties.main(new String[0]));
    assertThat(out).contains("obeys the rule laws on 100 generated federations",
        "passes every bilingual charter of 200 generated ones");
  }

  private static String run(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quarterlyProgress() {
    String out = run(() -> QuarterlyProgress.main(new String[0]));
    assertThat(out).contains("\"kind\": \"progress\"", "Synthetic example", "Progress as of 2021-04-15",
        "Latest progress report: 2021-q1");
    var report = QuarterlyProgress.quarterlyReport("wca",
        Datasets.federation().network("wca").orElseThrow().workplans().get(0), java.time.YearMonth.of(2021, 3));
    assertThat(report.unit("2.1").orElseThrow().status())
        .as("a continuous workstream has not ended").isEqualTo(io.github.gcmkit.model.progress.ProgressStatus.ON_TRACK);
  }
}
