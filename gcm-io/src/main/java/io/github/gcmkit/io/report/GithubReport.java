package io.github.gcmkit.io.report;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.Location;
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
 * Writes a validation report as GitHub Actions workflow commands: an annotation per finding
 * ({@code ::error file=wca.json,line=123,col=7,title=RULE::message}), a notice per baseline entry
 * that no longer occurs, what could not be evaluated as plain log lines (they are not alerts), and
 * a last line with the counts.
 */
public final class GithubReport {

  private GithubReport() {}

  /** Writes the report to {@code out}. */
  public static void write(Report report, ReportContext context, Writer out) {
    write(Parts.of(report, context), out);
  }

  /** Writes the report made of {@code parts} to {@code out}: the annotations of each part in turn, then the counts. */
  public static void write(Parts parts, Writer out) {
    ReportContext context = parts.context();
    Output.run(out, () -> {
      Totals totals = parts.totals();
      parts.forEach((report, located) -> {
        for (Finding f : report.findings()) {
          String text = f.message(context.language())
              + context.basis(f).map(b -> "\n" + b).orElse("")
              + f.hint(context.language()).map(h -> "\n" + context.word("report.hint", h)).orElse("");
          command(out, command(f.severity()), located.where(f), f.ruleId(), text);
        }
      });
      parts.forEach((report, located) -> {
        for (NotEvaluated n : report.notEvaluated()) {
          out.write(context.word("report.not-evaluated-line", n.ruleId(), element(n.networkId(), n.localPointer().toString()),
              data(n.reason(context.language()))) + "\n");
        }
      });
      for (Baseline.Entry e : totals.noLongerOccurring()) {
        command(out, "notice", context.where(e), e.ruleId(),
            context.word("report.no-longer-occurring", element(e.networkId(), e.pointer().toString())));
      }
      for (Baseline.Entry e : totals.expired()) {
        command(out, "notice", context.where(e), e.ruleId(), context.word("report.expired-line",
            element(e.networkId(), e.pointer().toString()), e.expires().map(Object::toString).orElse("")));
      }
      out.write(context.word("report.summary",
          context.count(totals.count(Severity.ERROR), "error"),
          context.count(totals.count(Severity.WARNING), "warning"),
          context.count(totals.count(Severity.INFO), "info"),
          context.count(totals.notEvaluated(), "element")) + "\n");
    });
  }

  /** Writes an error annotation for every problem of the inputs that could not be read, in the report's language. */
  public static void write(List<GcmFormatException> unreadable, ReportContext context, Writer out) {
    Output.run(out, () -> {
      for (GcmFormatException e : unreadable) {
        for (FormatProblem p : e.problems()) {
          command(out, "error", Optional.of(Location.of(e.source(), p.line(), p.column())), "gcm",
              (p.pointer().isRoot() ? "/" : p.pointer().toString()) + ": " + p.message(context.language()));
        }
      }
    });
  }

  private static void command(Writer out, String command, Optional<Location> at, String title, String message)
      throws IOException {
    StringBuilder line = new StringBuilder("::").append(command).append(' ');
    at.ifPresent(l -> line.append("file=").append(property(l.source().replace('\\', '/')))
        .append(",line=").append(l.line()).append(",col=").append(l.column()).append(','));
    line.append("title=").append(property(title)).append("::").append(data(message)).append('\n');
    out.write(line.toString());
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static String element(Optional<String> network, String pointer) {
    return network.map(id -> id + " ").orElse("") + (pointer.isEmpty() ? "/" : pointer);
  }

  /** A command's message: {@code %}, carriage returns and line feeds encoded, so it stays one command. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command's property value: as {@link #data} and {@code :} and {@code ,} encoded too. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
