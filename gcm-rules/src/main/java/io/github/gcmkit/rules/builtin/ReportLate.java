package io.github.gcmkit.rules.builtin;

import io.github.gcmkit.model.Frequency;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.model.progress.ProgressReport;
import io.github.gcmkit.model.progress.WorkplanProgress;
import io.github.gcmkit.model.workplan.Workplan;
import io.github.gcmkit.model.workplan.WorkplanModalities;
import io.github.gcmkit.rules.Check;
import io.github.gcmkit.rules.Parameter;
import io.github.gcmkit.rules.Rule;
import io.github.gcmkit.rules.RuleContext;
import io.github.gcmkit.rules.Severity;
import io.github.gcmkit.rules.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code network.progress.report-late}: progress reports on a workplan follow one another at the cadence its
 * modalities state (WCA: quarterly updates to the Regional Directors), and, as of the date {@code
 * asOf} when one is given, the latest report is not older than that cadence. A workplan with no
 * stated cadence, or no report, is not evaluated.
 */
final class ReportLate implements Check<Network> {

  static final String ID = "network.progress.report-late";

  /** The default of {@code asOf}: no date, only the intervals between reports are judged. */
  static final String NONE = "none";

  private static final Parameter<String> AS_OF =
      Parameter.text("asOf", NONE, BuiltIn.MESSAGES.message(ID + ".param.asOf"));

  static Rule rule() {
    return BuiltIn.rule(ID, Severity.WARNING, Target.NETWORK, new ReportLate(), AS_OF);
  }

  @Override
  public void check(Network network, RuleContext context) {
    String asOfText = context.parameter(AS_OF);
    Optional<LocalDate> asOf = asOf(asOfText);
    if (!asOfText.equals(NONE) && asOf.isEmpty()) {
      context.notEvaluated("", BuiltIn.text(ID, "bad-as-of", asOfText));
      return;
    }
    if (network.progressReports().isEmpty()) {
      context.notEvaluated("", DeliveryParts.noProgressReport(network));
      return;
    }
    for (int w = 0; w < network.workplans().size(); w++) {
      Workplan workplan = network.workplans().get(w);
      Optional<Frequency> cadence =
          workplan.modalities().flatMap(WorkplanModalities::progressUpdateFrequency);
      if (cadence.isEmpty()) {
        context.notEvaluated("/workplans/" + w, BuiltIn.text(ID, "no-cadence", workplan.id()));
        continue;
      }
      List<ProgressReport> reports = new ArrayList<>(network.progressReportsOn(workplan.id()));
      if (reports.isEmpty()) {
        context.notEvaluated("/workplans/" + w, BuiltIn.text(ID, "no-report", workplan.id()));
        continue;
      }
      reports.sort(Comparator.comparing(ProgressReport::asOf));
      for (int i = 1; i < reports.size(); i++) {
        LocalDate due = WorkplanProgress.after(WorkplanProgress.endOf(reports.get(i - 1).asOf()), cadence.get());
        if (due.isBefore(WorkplanProgress.endOf(reports.get(i).asOf()))) {
          context.fail(
              "/progressReports/" + network.progressReports().indexOf(reports.get(i)) + "/asOf",
              BuiltIn.text(ID, "gap", reports.get(i).id(), reports.get(i).asOf(),
                  reports.get(i - 1).id(), reports.get(i - 1).asOf(), BuiltIn.label(cadence.get())),
              BuiltIn.text(ID, "hint"));
        }
      }
      ProgressReport latest = reports.get(reports.size() - 1);
      if (asOf.isPresent()) {
        WorkplanProgress progress = WorkplanProgress.of(workplan, reports, asOf.get());
        if (progress.reportLate()) {
          context.fail(
              "/progressReports/" + network.progressReports().indexOf(latest) + "/asOf",
              BuiltIn.text(ID, "stale", latest.id(), latest.asOf(), BuiltIn.label(cadence.get()),
                  asOf.get(), progress.nextReportDue().orElseThrow()),
              BuiltIn.text(ID, "hint"));
        }
      }
    }
  }

  /** The date {@code text} gives; empty for {@link #NONE} (not parsed: it is every check's default) or no date. */
  private static Optional<LocalDate> asOf(String text) {
    if (text.equals(NONE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
