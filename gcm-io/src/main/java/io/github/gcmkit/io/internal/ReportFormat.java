package io.github.gcmkit.io.internal;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a validation report as JSON ({@code "gcmReport": "1.0"}) for tools: the profile, a
 * summary, the findings and what could not be evaluated; and, when the inputs could not be read,
 * the same shape listing their problems.
 */
public final class ReportFormat {

  /** The version of the report format this library writes. */
  public static final String CURRENT = "1.0";

  /** The version field of a report. */
  public static final String VERSION = "gcmReport";

  private ReportFormat() {}

  /**
   * The report as JSON; {@code failLevel} decides {@code summary.passed}, {@code language} the
   * language of hints and reasons.
   */
  public static String write(Report report, String profile, Severity failLevel, String language) {
    return JsonOut.write(out -> {
      out.writeStartObject();
      head(out, profile);
      summary(out, report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
          report.notEvaluated().size(), report.passed(failLevel));
      out.writeName("findings");
      out.writeStartArray();
      report.findings().forEach(f -> finding(out, f, language));
      out.writeEndArray();
      out.writeName("notEvaluated");
      out.writeStartArray();
      report.notEvaluated().forEach(n -> notEvaluated(out, n, language));
      out.writeEndArray();
      if (report.acceptedCount() > 0 || !report.noLongerOccurring().isEmpty()) {
        out.writeName("baseline");
        out.writeStartObject();
        JsonOut.number(out, "accepted", report.acceptedCount());
        out.writeName("noLongerOccurring");
        out.writeStartArray();
        report.noLongerOccurring().forEach(e -> entry(out, e));
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndObject();
    });
  }

  /**
   * The report of a validation that could not run because inputs could not be read: nothing
   * found, not passed, and every problem of every input with its source, pointer, line and column.
   */
  public static String write(List<GcmFormatException> unreadable, String profile) {
    return JsonOut.write(out -> {
      out.writeStartObject();
      head(out, profile);
      summary(out, 0, 0, 0, 0, false);
      out.writeName("findings");
      out.writeStartArray();
      out.writeEndArray();
      out.writeName("notEvaluated");
      out.writeStartArray();
      out.writeEndArray();
      out.writeName("problems");
      out.writeStartArray();
      for (GcmFormatException e : unreadable) {
        for (FormatProblem p : e.problems()) {
          out.writeStartObject();
          JsonOut.text(out, "source", e.source());
          JsonOut.text(out, "pointer", p.pointer());
          JsonOut.number(out, "line", p.line());
          JsonOut.number(out, "column", p.column());
          JsonOut.text(out, "message", p.message());
          out.writeEndObject();
        }
      }
      out.writeEndArray();
      out.writeEndObject();
    });
  }

  private static void head(JsonGenerator out, String profile) {
    JsonOut.text(out, VERSION, CURRENT);
    JsonOut.text(out, "profile", profile);
  }

  private static void summary(
      JsonGenerator out, int errors, int warnings, int infos, int notEvaluated, boolean passed) {
    out.writeName("summary");
    out.writeStartObject();
    JsonOut.number(out, "errors", errors);
    JsonOut.number(out, "warnings", warnings);
    JsonOut.number(out, "infos", infos);
    JsonOut.number(out, "notEvaluated", notEvaluated);
    out.writeName("passed");
    out.writeBoolean(passed);
    out.writeEndObject();
  }

  private static void finding(JsonGenerator out, Finding f, String language) {
    out.writeStartObject();
    JsonOut.text(out, "rule", f.ruleId());
    JsonOut.text(out, "severity", f.severity().name().toLowerCase(Locale.ROOT));
    place(out, f.networkId(), f.localPointer());
    out.writeName("message");
    out.writeStartObject();
    JsonOut.text(out, LocalizedText.ENGLISH, f.message().text(LocalizedText.ENGLISH));
    JsonOut.text(out, LocalizedText.FRENCH, f.message().text(LocalizedText.FRENCH));
    out.writeEndObject();
    f.hint().ifPresent(h -> JsonOut.text(out, "hint", h.text(language)));
    if (f.basis() != Provenance.STATED) {
      JsonOut.text(out, "basis", f.basis().name().toLowerCase(Locale.ROOT));
    }
    out.writeEndObject();
  }

  private static void notEvaluated(JsonGenerator out, NotEvaluated n, String language) {
    out.writeStartObject();
    JsonOut.text(out, "rule", n.ruleId());
    place(out, n.networkId(), n.localPointer());
    JsonOut.text(out, "reason", n.reason().text(language));
    out.writeEndObject();
  }

  private static void entry(JsonGenerator out, Baseline.Entry e) {
    out.writeStartObject();
    JsonOut.text(out, "rule", e.ruleId());
    place(out, e.networkId(), e.pointer());
    out.writeEndObject();
  }

  /** The network, when there is one, and the pointer into that network's own document. */
  private static void place(JsonGenerator out, Optional<String> network, String pointer) {
    network.ifPresent(id -> JsonOut.text(out, "network", id));
    JsonOut.text(out, "path", pointer);
  }
}
