package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.MessageBundle;
import java.util.Optional;

/** Formats a {@link Report} as plain text in English or French. */
final class ReportText {

  /** Lines end in a line feed on every platform, so that reports compare equal everywhere. */
  private static final String NEW_LINE = "\n";

  private ReportText() {}

  static String format(Report report, String language) {
    MessageBundle m = Engine.MESSAGES;
    StringBuilder text = new StringBuilder();
    text.append(
        m.message(
                "report.summary",
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO),
                report.rulesPassed().size(),
                report.rulesFailed().size(),
                report.rulesNotEvaluated().size())
            .text(language));
    for (Finding f : report.findings()) {
      text.append(NEW_LINE).append(NEW_LINE);
      heading(text, m.message("severity." + f.severity().name()).text(language), f.ruleId(), f.networkId(), f.pointer());
      text.append(NEW_LINE).append("  ").append(f.message(language));
      f.hint(language)
          .ifPresent(h -> text.append(NEW_LINE).append("  ").append(m.message("report.hint", h).text(language)));
    }
    for (NotEvaluated n : report.notEvaluated()) {
      text.append(NEW_LINE).append(NEW_LINE);
      heading(text, m.message("report.not-evaluated").text(language), n.ruleId(), n.networkId(), n.pointer());
      text.append(NEW_LINE).append("  ").append(n.reason(language));
    }
    if (report.acceptedCount() > 0 || !report.noLongerOccurring().isEmpty()) {
      text.append(NEW_LINE).append(NEW_LINE);
      text.append(
          m.message("report.baseline", report.acceptedCount(), report.noLongerOccurring().size())
              .text(language));
      for (Baseline.Entry e : report.noLongerOccurring()) {
        text.append(NEW_LINE).append("  ");
        text.append(e.ruleId()).append(e.networkId().map(id -> " [" + id + "]").orElse(""));
        text.append(" #").append(e.pointer());
      }
    }
    return text.append(NEW_LINE).toString();
  }

  private static void heading(
      StringBuilder text, String label, String ruleId, Optional<String> networkId, JsonPointer pointer) {
    text.append(label).append(' ').append(ruleId);
    networkId.ifPresent(id -> text.append(" [").append(id).append(']'));
    text.append(" #").append(pointer);
  }
}
