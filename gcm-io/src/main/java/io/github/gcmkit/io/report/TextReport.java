package io.github.gcmkit.io.report;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.Location;
import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.RuleStatus;
import io.github.gcmkit.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a validation report as plain text for people, in the report's language: a head line,
 * the findings grouped by network (every network of the federation, in order), each at {@code
 * file:line:column} with the element named as people count ("workplan 1 › priority 10"), its
 * message and hint; what could not be evaluated; the summary, the baseline and the verdict at the
 * fail level. Every text from a document is escaped for a terminal.
 */
public final class TextReport {

  private static final String INDENT = "  ";

  private final ReportContext context;
  private final Writer out;
  /** The width of the severity column: the longest severity word in the report's language and a space. */
  private final int column;
  /** The indent of a finding's details, under its rule. */
  private final String detail;

  private TextReport(ReportContext context, Writer out) {
    this.context = context;
    this.out = out;
    this.column = Arrays.stream(Severity.values()).mapToInt(s -> context.severity(s).length()).max().orElse(0) + 1;
    this.detail = " ".repeat(INDENT.length() + column + 1);
  }

  /** Writes the report to {@code out}, a group at a time. */
  public static void write(Report report, ReportContext context, Writer out) {
    write(Parts.of(report, context), out);
  }

  /** Writes the report made of {@code parts} to {@code out}, a group of a part at a time. */
  public static void write(Parts parts, Writer out) {
    Output.run(out, () -> new TextReport(parts.context(), out).report(parts));
  }

  /** Writes every problem of the inputs that could not be read, one a line at {@code file:line:column}. */
  public static void write(List<GcmFormatException> unreadable, ReportContext context, Writer out) {
    Output.run(out, () -> {
      for (GcmFormatException e : unreadable) {
        for (FormatProblem p : e.problems()) {
          out.write(safe(context.word("report.problem",
              Location.of(e.source(), p.line(), p.column()), p.toString(context.language()))) + "\n");
        }
      }
    });
  }

  private void report(Parts parts) throws IOException {
    Totals totals = parts.totals();
    String rules = context.count(totals.rules().size(), "rule");
    line(what(totals).map(w -> context.word("report.head", safe(context.profile()), rules, w))
        .orElseGet(() -> context.word("report.head-alone", safe(context.profile()), rules)));
    parts.forEach(this::groups);
    out.write('\n');
    line(paint("1", context.word("report.summary",
        context.count(totals.count(Severity.ERROR), "error"),
        context.count(totals.count(Severity.WARNING), "warning"),
        context.count(totals.count(Severity.INFO), "info"),
        context.count(totals.notEvaluated(), "element"))));
    line(context.word("report.rules", totals.rules(RuleStatus.PASSED), totals.rules(RuleStatus.FAILED),
        totals.rules(RuleStatus.NOT_EVALUATED)));
    List<Baseline.Entry> stale = totals.noLongerOccurring();
    if (totals.accepted() > 0 || !stale.isEmpty()) {
      line(context.word("report.baseline", context.count(totals.accepted(), "finding"), stale.size()));
      for (Baseline.Entry e : stale) {
        line(INDENT + e.ruleId() + e.networkId().map(id -> " [" + safe(id) + "]").orElse("") + "  "
            + where(context.where(e), e.pointer().toString()));
      }
    }
    List<Baseline.Entry> expired = totals.expired();
    if (!expired.isEmpty()) {
      line(context.word("report.expired", expired.size()));
      for (Baseline.Entry e : expired) {
        line(INDENT + e.ruleId() + e.networkId().map(id -> " [" + safe(id) + "]").orElse("") + "  "
            + where(context.where(e), e.pointer().toString()) + "  " + e.expires().map(Object::toString).orElse("")
            + e.acceptedBy().map(a -> ", " + safe(context.word("report.entry-why", a))).orElse("")
            + e.reason().map(r -> ": " + safe(r)).orElse(""));
      }
    }
    line(verdict(totals));
  }

  /** Writes the groups of one part: each network's findings, errors first, then what it left undecided. */
  private void groups(Report report, ReportContext located) throws IOException {
    Groups groups = Groups.of(report, located);
    for (String group : groups.names()) {
      out.write('\n');
      line(paint("1", heading(group, located)));
      List<Finding> findings = groups.findings(group).stream()
          .sorted(Comparator.comparing(Finding::severity))
          .toList();
      if (findings.isEmpty()) {
        line(INDENT + paint("1;32", context.word("report.no-findings")));
      }
      for (Finding f : findings) {
        line(INDENT + severity(f.severity()) + ' ' + f.ruleId() + "  " + paint("2", where(located.where(f), f.localPointer().toString())));
        element(f.localPointer().toString());
        line(detail + safe(f.message(context.language())));
        if (context.basis(f).isPresent()) {
          line(detail + paint("2", context.basis(f).get()));
        }
        Optional<String> hint = f.hint(context.language());
        if (hint.isPresent()) {
          line(detail + paint("2", safe(context.word("report.hint", hint.get()))));
        }
      }
      notEvaluated(groups.notEvaluated(group), located);
    }
  }

  private void notEvaluated(List<NotEvaluated> undecided, ReportContext located) throws IOException {
    if (undecided.isEmpty()) {
      return;
    }
    line(INDENT + paint("2", context.word("report.not-evaluated", undecided.size())));
    // Rules undecided at one place for one reason (a network without a workplan) share a line.
    Map<List<String>, List<String>> rules = new LinkedHashMap<>();
    for (NotEvaluated n : undecided) {
      rules.computeIfAbsent(List.of(where(located.where(n), n.localPointer().toString()), n.reason(context.language())),
          k -> new ArrayList<>()).add(n.ruleId());
    }
    for (Map.Entry<List<String>, List<String>> e : rules.entrySet()) {
      line(detail + paint("2", e.getKey().get(0) + " — " + safe(e.getKey().get(1))));
      line(detail + INDENT + String.join(", ", e.getValue()));
    }
  }

  /** The element as people count it, on its own line, when it is not the whole document. */
  private void element(String pointer) throws IOException {
    String words = Elements.describe(pointer, context.language());
    if (!words.isEmpty()) {
      line(detail + paint("2", safe(words)));
    }
  }

  private String verdict(Totals totals) {
    String level = context.severity(context.failLevel());
    int failing = totals.failing();
    int below = totals.findings() - failing;
    if (totals.passed()) {
      return context.word("report.verdict", paint("1;32", context.word("report.passed")),
          below == 0 ? context.word("report.passed-detail", level)
              : context.word("report.passed-below", level, context.count(below, "finding")));
    }
    return context.word("report.verdict", paint("1;31", context.word("report.failed")),
        context.word("report.failed-detail", context.count(failing, "finding"), level));
  }

  /** {@code file:line:column} when the element was read from a file, else its JSON Pointer. */
  private static String where(Optional<Location> at, String pointer) {
    return safe(at.map(Location::toString).orElse(pointer.isEmpty() ? "/" : pointer));
  }

  private String heading(String group, ReportContext located) {
    if (group.isEmpty()) {
      return located.federation().isPresent()
          ? context.word("report.federation")
          : safe(located.sources().standaloneSource().orElse(context.word("report.document")));
    }
    return safe(group + located.networkName(group).map(n -> " — " + n).orElse(""));
  }

  /** What was validated: "4 networks and 1 event"; nothing said for a standalone document. */
  private Optional<String> what(Totals totals) {
    if (!totals.federation()) {
      return Optional.empty();
    }
    String networks = context.count(totals.networks(), "network");
    int events = totals.events();
    return Optional.of(events == 0 ? networks : context.word("report.and", networks, context.count(events, "event")));
  }

  private String severity(Severity severity) {
    // Padded by hand: String.format would set up java.util.Formatter for this one use in a check.
    String name = context.severity(severity);
    String word = name + " ".repeat(Math.max(0, column - name.length()));
    return switch (severity) {
      case ERROR -> paint("1;31", word);
      case WARNING -> paint("33", word);
      case INFO -> paint("36", word);
    };
  }

  /** {@code text} in the ANSI style {@code code} when the report may be coloured. */
  private String paint(String code, String text) {
    return context.colour() ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
  }

  private void line(String text) throws IOException {
    out.write(text.stripTrailing());
    out.write('\n');
  }

  /** Text from a document or the command line, unable to act on the terminal. */
  private static String safe(String text) {
    return TerminalEscaper.text(text);
  }
}
