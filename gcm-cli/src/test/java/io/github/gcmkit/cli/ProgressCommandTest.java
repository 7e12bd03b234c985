package io.github.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmkit.examples.Datasets;
import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.ProgressStatus;
import io.github.gcmkit.model.progress.UnitProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code gcm progress} on the bundled WCA workplan and a synthetic quarterly report (the seeds hold
 * no real report): workstream 1.1 (November–December 2020) reported on track, 1.2 done, 1.3 delayed,
 * 2.1 cancelled; the others not reported.
 */
class ProgressCommandTest {

  @TempDir Path dir;
  private Path network;
  private Path report;

  @BeforeEach
  void files() throws IOException {
    network = Files.writeString(dir.resolve("wca.json"), Datasets.text("wca"));
    ProgressReport synthetic = ProgressReport.builder()
        .id("2021-q1")
        .network("wca")
        .workplan("2020-2021")
        .asOf(PartialDate.of(LocalDate.of(2021, 3, 31)))
        .addUnit(UnitProgress.of("1.1", ProgressStatus.ON_TRACK))
        .addUnit(UnitProgress.of("1.2", ProgressStatus.DONE))
        .addUnit(UnitProgress.of("1.3", ProgressStatus.DELAYED))
        .addUnit(UnitProgress.of("2.1", ProgressStatus.CANCELLED))
        .build();
    report = Files.writeString(dir.resolve("report.json"), GcmJson.defaults().write(synthetic));
  }

  private JsonNode json(String asOf) {
    Run run = Run.gcm("progress", network.toString(), report.toString(), "--as-of", asOf, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return GcmJson.defaults().mapper().readTree(run.out());
  }

  private static String standing(JsonNode workplan, String unit) {
    for (JsonNode u : workplan.get("units")) {
      if (u.get("unit").asString().equals(unit)) {
        return u.get("standing").asString();
      }
    }
    throw new AssertionError("no unit " + unit);
  }

  @Test
  void eachUnitIsDoneOnTrackLateCancelledOrNotReported() {
    JsonNode wca = json("2021-04-15").get("workplans").get(0);
    assertThat(wca.get("latestReport").get("id").asString()).isEqualTo("2021-q1");
    assertThat(standing(wca, "1.1")).as("on track but its window ended in 2020").isEqualTo("late");
    assertThat(standing(wca, "1.2")).isEqualTo("done");
    assertThat(standing(wca, "1.3")).as("reported delayed").isEqualTo("late");
    assertThat(standing(wca, "2.1")).isEqualTo("cancelled");
    assertThat(standing(wca, "3.1")).isEqualTo("not-reported");
    assertThat(wca.get("counts").get("late").asInt()).isEqualTo(2);
  }

  @Test
  void aUnitOnTrackWithinItsScheduleIsOnTrack() throws IOException {
    ProgressReport early = GcmJson.defaults().read(Files.readString(report), ProgressReport.class)
        .withAsOf(PartialDate.of(LocalDate.of(2020, 11, 30)));
    Files.writeString(report, GcmJson.defaults().write(early));
    assertThat(standing(json("2020-12-15").get("workplans").get(0), "1.1")).isEqualTo("on-track");
  }

  @Test
  void beforeAnyReportNothingIsJudgedAndNothingIsLate() {
    JsonNode wca = json("2021-01-15").get("workplans").get(0);
    assertThat(wca.has("latestReport")).isFalse();
    assertThat(wca.get("counts").get("late").asInt()).isZero();
    assertThat(standing(wca, "1.1")).isEqualTo("not-reported");
  }

  @Test
  void theLatestReportIsLateOnceTheQuarterHasPassed() {
    assertThat(json("2021-06-30").get("workplans").get(0).get("reportLate").asBoolean()).isFalse();
    JsonNode late = json("2021-07-15").get("workplans").get(0);
    assertThat(late.get("reportLate").asBoolean()).isTrue();
    assertThat(late.get("nextReportDue").asString()).isEqualTo("2021-06-30");
  }

  @Test
  void textMarkdownAndHtmlSpeakTheChosenLanguage() {
    Run text = Run.gcm("progress", network.toString(), report.toString(), "--as-of", "2021-04-15");
    assertThat(text.out()).startsWith("Progress as of 2021-04-15\n").contains("Late", "1.1", "Not reported");
    Run french = Run.gcm("progress", network.toString(), report.toString(), "--as-of", "2021-04-15", "--lang", "fr",
        "--format", "markdown");
    assertThat(french.out()).startsWith("# Avancement au 2021-04-15").contains("En retard", "| 1.2 |");
    Run html = Run.gcm("progress", network.toString(), report.toString(), "--as-of", "2021-04-15", "--format", "html");
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<td>1.1</td>");
  }

  @Test
  void theBundledDatasetsHaveNoReportSoNothingIsLate() {
    Run run = Run.gcm("progress", "--bundled", "--as-of", "2026-01-01", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (JsonNode workplan : GcmJson.defaults().mapper().readTree(run.out()).get("workplans")) {
      assertThat(workplan.get("counts").get("late").asInt()).isZero();
      assertThat(workplan.has("latestReport")).isFalse();
    }
  }

  @Test
  void checkReportsTheLateUnitsAtTheirLinesInTheReport() {
    Run run = Run.gcm("check", network.toString(), report.toString(), "--format", "json");
    JsonNode findings = GcmJson.defaults().mapper().readTree(run.out()).get("findings");
    assertThat(findings).filteredOn(f -> f.get("rule").asString().equals("network.progress.unit-overdue"))
        .extracting(f -> f.get("path").asString() + " " + f.get("source").asString())
        .containsExactly(
            "/progressReports/0/units/0 " + report,
            "/progressReports/0/units/2 " + report);
  }

  /** 2021-07-14 at 23:30 UTC: already 15 July in Yaoundé (UTC+1), still 14 July in Dakar (UTC). */
  private static final Clock LATE_EVENING =
      Clock.fixed(Instant.parse("2021-07-14T23:30:00Z"), ZoneId.of("Africa/Dakar"));

  @Test
  void todayIsTheDateInTheClocksZoneUnlessZoneNamesAnother() {
    Run dakar = Run.gcm(LATE_EVENING, "progress", network.toString(), report.toString(), "--format", "json");
    assertThat(dakar.exitCode()).as(dakar.err()).isZero();
    assertThat(GcmJson.defaults().mapper().readTree(dakar.out()).get("asOf").asString()).isEqualTo("2021-07-14");
    Run yaounde = Run.gcm(LATE_EVENING, "progress", network.toString(), report.toString(), "--format", "json",
        "--zone", "Africa/Douala");
    JsonNode wca = GcmJson.defaults().mapper().readTree(yaounde.out());
    assertThat(wca.get("asOf").asString()).isEqualTo("2021-07-15");
    assertThat(wca.get("workplans").get(0).get("reportLate").asBoolean()).as("the quarter has passed").isTrue();
    Run given = Run.gcm(LATE_EVENING, "progress", network.toString(), report.toString(), "--format", "json",
        "--zone", "Africa/Douala", "--as-of", "2021-04-15");
    assertThat(GcmJson.defaults().mapper().readTree(given.out()).get("asOf").asString()).isEqualTo("2021-04-15");
  }

  @Test
  void theTimelineIsDrawnAsOfTodayWhenOnlyReportsAreGiven() {
    Run run = Run.gcm(LATE_EVENING, "timeline", network.toString(), "--report", report.toString(),
        "--zone", "UTC");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2021-07-14");
  }

  @Test
  void anUnknownZoneIsAClearError() {
    Run bad = Run.gcm(LATE_EVENING, "progress", "--bundled", "--zone", "Mars/Olympus");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--zone: 'Mars/Olympus' is not a time zone");
  }

  @Test
  void aBadDateOrAReportOfAnAbsentNetworkIsAClearError() {
    Run bad = Run.gcm("progress", "--bundled", "--as-of", "April 2021");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--as-of: 'April 2021' is not a date");
    Run orphan = Run.gcm("progress", report.toString());
    assertThat(orphan.exitCode()).isEqualTo(2);
    assertThat(orphan.err()).contains("is a progress report of the network 'wca', which is not in the input");
  }
}
