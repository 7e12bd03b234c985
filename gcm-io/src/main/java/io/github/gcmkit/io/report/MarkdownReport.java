package io.github.gcmkit.io.report;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.Location;
import io.github.gcmkit.io.escape.MarkdownEscaper;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Writes a validation report as a Markdown summary fit for a pull-request comment or a CI step
 * summary: the verdict, the counts, a table of the findings (the first {@value #ROWS}, then how many
 * more), what could not be evaluated and the baseline entries that no longer occur. Every text
 * from a document is escaped so that it is shown, never read as markup.
 */
public final class MarkdownReport {

  /** The most rows of a table: a pull-request comment is short. */
  static final int ROWS = 200;

  private MarkdownReport() {}

  /** Writes the summary to {@code out}. */
  public static void write(Report report, ReportContext context, Writer out) {
    write(Parts.of(report, context), out);
  }

  /** Writes the summary of the report made of {@code parts} to {@code out}: the first rows of its parts. */
  public static void write(Parts parts, Writer out) {
    ReportContext context = parts.context();
    Output.run(out, () -> {
      Totals totals = parts.totals();
      out.write("## " + context.word("markdown.title") + " — "
          + context.word(totals.passed() ? "report.passed" : "report.failed") + "\n\n");
      out.write(text(context.word("report.summary",
          context.count(totals.count(Severity.ERROR), "error"),
          context.count(totals.count(Severity.WARNING), "warning"),
          context.count(totals.count(Severity.INFO), "info"),
          context.count(totals.notEvaluated(), "element"))) + "\n\n");
      if (totals.findings() > 0) {
        row(out, context.word("markdown.severity"), context.word("markdown.rule"),
            context.word("markdown.where"), context.word("markdown.message"));
        out.write("|---|---|---|---|\n");
        int[] rows = {0};
        parts.forEachWhile((report, located) -> {
          for (Finding f : report.findings().subList(0, Math.min(ROWS - rows[0], report.findings().size()))) {
            row(out, context.severity(f.severity()), f.ruleId(), where(context, located.where(f), f.networkId(),
                f.localPointer().toString()), f.message(context.language()) + context.basis(f).map(b -> " (" + b + ")").orElse(""));
            rows[0]++;
          }
          return rows[0] < ROWS;
        });
        more(out, context, totals.findings());
      }
      if (totals.notEvaluated() > 0) {
        out.write("\n### " + context.word("markdown.not-evaluated") + "\n\n");
        row(out, context.word("markdown.rule"), context.word("markdown.where"), context.word("markdown.message"));
        out.write("|---|---|---|\n");
        int[] rows = {0};
        parts.forEachWhile((report, located) -> {
          for (NotEvaluated n : report.notEvaluated().subList(0, Math.min(ROWS - rows[0], report.notEvaluated().size()))) {
            row(out, n.ruleId(), where(context, located.where(n), n.networkId(), n.localPointer().toString()),
                n.reason(context.language()));
            rows[0]++;
          }
          return rows[0] < ROWS;
        });
        more(out, context, totals.notEvaluated());
      }
      List<Baseline.Entry> stale = totals.noLongerOccurring();
      if (!stale.isEmpty()) {
        out.write("\n### " + context.word("markdown.no-longer-occurring") + "\n\n");
        for (Baseline.Entry e : stale) {
          out.write("- " + text(e.ruleId()) + " — " + where(context, context.where(e), e.networkId(), e.pointer().toString()) + "\n");
        }
      }
      List<Baseline.Entry> expired = totals.expired();
      if (!expired.isEmpty()) {
        out.write("\n### " + context.word("markdown.expired") + "\n\n");
        for (Baseline.Entry e : expired) {
          out.write("- " + text(e.ruleId()) + " — " + where(context, context.where(e), e.networkId(), e.pointer().toString())
              + " — " + text(e.expires().map(Object::toString).orElse("")
                  + e.acceptedBy().map(a -> ", " + context.word("report.entry-why", a)).orElse("")
                  + e.reason().map(r -> ": " + r).orElse("")) + "\n");
        }
      }
    });
  }

  /** Writes the list of the problems of the inputs that could not be read. */
  public static void write(List<GcmFormatException> unreadable, ReportContext context, Writer out) {
    Output.run(out, () -> {
      out.write("## " + context.word("markdown.title") + " — " + context.word("report.failed") + "\n\n");
      out.write(text(context.word("markdown.nothing-checked", unreadable.size())) + "\n\n");
      for (GcmFormatException e : unreadable) {
        for (FormatProblem p : e.problems()) {
          out.write("- " + text(Location.of(e.source(), p.line(), p.column()) + " " + p.toString(context.language())) + "\n");
        }
      }
    });
  }

  private static void more(Writer out, ReportContext context, int rows) throws IOException {
    if (rows > ROWS) {
      out.write("\n" + text(context.word("markdown.more", rows - ROWS)) + "\n");
    }
  }

  private static String where(ReportContext context, Optional<Location> at, Optional<String> network, String pointer) {
    String element = Elements.describe(pointer, context.language());
    String place = at.map(Location::toString).orElse(network.map(id -> id + " ").orElse("") + (pointer.isEmpty() ? "/" : pointer));
    return element.isEmpty() ? place : place + " (" + element + ")";
  }

  private static void row(Writer out, String... cells) throws IOException {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(text(cell)).append(" |");
    }
    out.write(row.append('\n').toString());
  }

  private static String text(String text) {
    return MarkdownEscaper.text(text);
  }
}
