package io.github.gcmkit.io.report;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.Location;
import io.github.gcmkit.io.internal.JsonOut;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Provenance;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a validation report as JSON ({@code "gcmReport": "1.0"}) for tools, a finding at a time:
 * the profile, a summary, the findings and what could not be evaluated, each with its {@code path}
 * and, when it was read from a file, its {@code source}, {@code line} and {@code column}; and, when
 * the inputs could not be read, the same shape listing their problems.
 */
public final class JsonReport {

  /** The version of the report format this library writes. */
  public static final String CURRENT = "1.0";

  /** The version field of a report. */
  public static final String VERSION = "gcmReport";

  private JsonReport() {}

  /** Writes the report to {@code out}, ending with a line feed. */
  public static void write(Report report, ReportContext context, Writer out) {
    write(Parts.of(report, context), out);
  }

  /**
   * Writes the report made of {@code parts} to {@code out}, ending with a line feed: its totals,
   * then its findings part by part, then what could not be evaluated part by part.
   */
  public static void write(Parts parts, Writer out) {
    ReportContext context = parts.context();
    Output.run(out, () -> {
      Totals totals = parts.totals();
      try (JsonGenerator json = JsonOut.generator(out)) {
        json.writeStartObject();
        head(json, context.profile());
        totals.catalogVersion().ifPresent(v -> JsonOut.text(json, "catalogVersion", v));
        summary(json, totals.count(Severity.ERROR), totals.count(Severity.WARNING), totals.count(Severity.INFO),
            totals.notEvaluated(), totals.passed());
        json.writeName("findings");
        json.writeStartArray();
        parts.forEach((report, located) -> report.findings().forEach(f -> finding(json, f, located)));
        json.writeEndArray();
        json.writeName("notEvaluated");
        json.writeStartArray();
        parts.forEach((report, located) -> report.notEvaluated().forEach(n -> notEvaluated(json, n, located)));
        json.writeEndArray();
        if (totals.accepted() > 0 || !totals.noLongerOccurring().isEmpty() || !totals.expired().isEmpty()) {
          json.writeName("baseline");
          json.writeStartObject();
          JsonOut.number(json, "accepted", totals.accepted());
          json.writeName("noLongerOccurring");
          json.writeStartArray();
          totals.noLongerOccurring().forEach(e -> entry(json, e, context));
          json.writeEndArray();
          if (!totals.expired().isEmpty()) {
            json.writeName("expired");
            json.writeStartArray();
            totals.expired().forEach(e -> entry(json, e, context));
            json.writeEndArray();
          }
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      out.write('\n');
    });
  }

  /**
   * Writes the report of a validation that could not run because inputs could not be read:
   * nothing found, not passed, and every problem of every input with its source, pointer, line
   * and column.
   */
  public static void write(List<GcmFormatException> unreadable, String profile, Writer out) {
    Output.run(out, () -> {
      try (JsonGenerator json = JsonOut.generator(out)) {
        json.writeStartObject();
        head(json, profile);
        summary(json, 0, 0, 0, 0, false);
        json.writeName("findings");
        json.writeStartArray();
        json.writeEndArray();
        json.writeName("notEvaluated");
        json.writeStartArray();
        json.writeEndArray();
        json.writeName("problems");
        json.writeStartArray();
        for (GcmFormatException e : unreadable) {
          for (FormatProblem p : e.problems()) {
            json.writeStartObject();
            JsonOut.text(json, "source", e.source());
            JsonOut.text(json, "pointer", p.pointer().toString());
            JsonOut.number(json, "line", p.line());
            JsonOut.number(json, "column", p.column());
            JsonOut.text(json, "message", p.message());
            p.key().ifPresent(key -> JsonOut.text(json, "key", key));
            json.writeEndObject();
          }
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      out.write('\n');
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

  private static void finding(JsonGenerator out, Finding f, ReportContext context) {
    out.writeStartObject();
    JsonOut.text(out, "rule", f.ruleId());
    JsonOut.text(out, "severity", f.severity().name().toLowerCase(Locale.ROOT));
    place(out, f.networkId(), f.localPointer().toString(), context.where(f));
    out.writeName("message");
    out.writeStartObject();
    JsonOut.text(out, LocalizedText.ENGLISH, f.message(LocalizedText.ENGLISH));
    JsonOut.text(out, LocalizedText.FRENCH, f.message(LocalizedText.FRENCH));
    out.writeEndObject();
    f.hint(context.language()).ifPresent(h -> JsonOut.text(out, "hint", h));
    if (f.basis() != Provenance.STATED) {
      JsonOut.text(out, "basis", f.basis().name().toLowerCase(Locale.ROOT));
    }
    out.writeEndObject();
  }

  private static void notEvaluated(JsonGenerator out, NotEvaluated n, ReportContext context) {
    out.writeStartObject();
    JsonOut.text(out, "rule", n.ruleId());
    place(out, n.networkId(), n.localPointer().toString(), context.where(n));
    JsonOut.text(out, "reason", n.reason(context.language()));
    out.writeEndObject();
  }

  private static void entry(JsonGenerator out, Baseline.Entry e, ReportContext context) {
    out.writeStartObject();
    JsonOut.text(out, "rule", e.ruleId());
    place(out, e.networkId(), e.pointer().toString(), context.where(e));
    e.reason().ifPresent(r -> JsonOut.text(out, "reason", r));
    e.acceptedBy().ifPresent(a -> JsonOut.text(out, "acceptedBy", a));
    e.expires().ifPresent(d -> JsonOut.text(out, "expires", d.toString()));
    out.writeEndObject();
  }

  /**
   * The network, when there is one, the pointer into that network's own document, and where the
   * element stood when it was read from a file (with the document's ordinal in a file of several).
   */
  private static void place(JsonGenerator out, Optional<String> network, String pointer, Optional<Location> at) {
    network.ifPresent(id -> JsonOut.text(out, "network", id));
    JsonOut.text(out, "path", pointer);
    at.ifPresent(l -> {
      JsonOut.text(out, "source", l.source());
      l.document().ifPresent(d -> JsonOut.number(out, "document", d));
      JsonOut.number(out, "line", l.line());
      JsonOut.number(out, "column", l.column());
    });
  }
}
