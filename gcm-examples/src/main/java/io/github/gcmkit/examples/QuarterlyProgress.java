package io.github.gcmkit.examples;

import io.github.gcmkit.io.GcmJson;
import io.github.gcmkit.io.render.ProgressRenderer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.model.Period;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.ProgressStatus;
import io.github.gcmkit.model.progress.UnitProgress;
import io.github.gcmkit.model.progress.UnitReference;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Workplan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Example: a secretariat drafts the quarterly progress update its workplan asks for ("quarterly
 * updates on progress being made to the Regional Directors", WCA workplan) and sees what is late.
 *
 * <p>The report is <b>synthetic</b>: the statuses below are made up to show the mechanics, and say
 * nothing of the real network's progress.
 *
 * <pre>{@code
 * java -cp gcm-cli/target/gcm.jar io.github.gcmkit.examples.QuarterlyProgress
 * }</pre>
 */
public final class QuarterlyProgress {

  private QuarterlyProgress() {}

  /**
   * A synthetic report on every workstream of {@code workplan} for the quarter ending {@code
   * quarterEnd}: a workstream whose window has ended is reported done if its id ends in an even
   * digit and delayed otherwise; the others are on track.
   */
  public static ProgressReport quarterlyReport(String network, Workplan workplan, YearMonth quarterEnd) {
    ProgressReport.Builder report = ProgressReport.builder()
        .id(quarterEnd.getYear() + "-q" + ((quarterEnd.getMonthValue() + 2) / 3))
        .network(network)
        .workplan(workplan.id())
        .title(LocalizedText.en("Synthetic example: quarterly update to the Regional Directors"))
        .asOf(PartialDate.of(quarterEnd.atEndOfMonth()))
        .period(Period.of(quarterEnd.minusMonths(2), quarterEnd));
    for (UnitReference unit : UnitReference.all(workplan)) {
      if (unit.kind() != UnitReference.Kind.WORKSTREAM) {
        continue;
      }
      boolean ended = unit.window().map(w -> w.to().isBefore(quarterEnd)).orElse(false);
      ProgressStatus status = !ended ? ProgressStatus.ON_TRACK
          : unit.reference().chars().sum() % 2 == 0 ? ProgressStatus.DONE : ProgressStatus.DELAYED;
      report.addUnit(UnitProgress.of(unit.reference(), status));
    }
    return report.build();
  }

  /** Drafts the first-quarter 2021 report of the WCA workplan, prints it, then where the workplan stands. */
  public static void main(String[] args) {
    Network wca = Datasets.federation().network("wca").orElseThrow();
    Workplan workplan = wca.workplans().get(0);
    ProgressReport report = quarterlyReport(wca.id(), workplan, YearMonth.of(2021, 3));
    System.out.print(GcmJson.defaults().write(report));
    WorkplanProgress progress = WorkplanProgress.of(workplan, List.of(report), LocalDate.of(2021, 4, 15));
    System.out.print(ProgressRenderer.text("en", progress.asOf(), Map.of(wca.id(), List.of(progress))));
  }
}
