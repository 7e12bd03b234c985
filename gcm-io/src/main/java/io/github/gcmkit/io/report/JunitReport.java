package io.github.gcmkit.io.report;

import io.github.gcmkit.io.FormatProblem;
import io.github.gcmkit.io.GcmFormatException;
import io.github.gcmkit.io.Location;
import io.github.gcmkit.io.escape.XmlEscaper;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.ConfiguredRule;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a validation report as JUnit XML, the format test dashboards read: a test suite per
 * network (or one for a document validated on its own), and in it a test case per rule and
 * element — a failure for a finding at or above the fail level, a passed case (with the finding
 * as output) below it, a skipped case for what could not be evaluated, and one passed case for a
 * rule with neither in that network.
 */
public final class JunitReport {

  private JunitReport() {}

  /** Writes the report to {@code out}. */
  public static void write(Report report, ReportContext context, Writer out) {
    write(Parts.of(report, context), out);
  }

  /** Writes the report made of {@code parts} to {@code out}: the suites of each part in turn. */
  public static void write(Parts parts, Writer out) {
    ReportContext context = parts.context();
    Output.run(out, () -> {
      Totals totals = parts.totals();
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      int[] tests = {0};
      parts.forEach((report, located) -> {
        Groups groups = Groups.of(report, located);
        for (String group : groups.names()) {
          tests[0] += tests(report, groups, group);
        }
      });
      List<Baseline.Entry> stale = totals.noLongerOccurring();
      List<Baseline.Entry> expired = totals.expired();
      int entries = stale.size() + expired.size();
      out.write("<testsuites name=\"gcmkit " + xml(context.profile()) + "\" tests=\"" + (tests[0] + entries)
          + "\" failures=\"" + totals.failing() + "\" errors=\"0\" skipped=\"" + (totals.notEvaluated() + entries)
          + "\">\n");
      parts.forEach((report, located) -> {
        Groups groups = Groups.of(report, located);
        for (String group : groups.names()) {
          suite(out, report, groups, group, located);
        }
      });
      if (entries > 0) {
        baseline(out, stale, expired, context);
      }
      out.write("</testsuites>\n");
    });
  }

  /**
   * Writes a suite whose every problem of the inputs that could not be read is an error, in the
   * report's language.
   */
  public static void write(List<GcmFormatException> unreadable, ReportContext context, Writer out) {
    Output.run(out, () -> {
      int problems = unreadable.stream().mapToInt(e -> e.problems().size()).sum();
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.write("<testsuites name=\"gcmkit\" tests=\"" + problems + "\" failures=\"0\" errors=\"" + problems + "\">\n");
      for (GcmFormatException e : unreadable) {
        out.write("  <testsuite name=\"" + xml(e.source()) + "\" tests=\"" + e.problems().size()
            + "\" failures=\"0\" errors=\"" + e.problems().size() + "\" skipped=\"0\">\n");
        for (FormatProblem p : e.problems()) {
          Location at = Location.of(e.source(), p.line(), p.column());
          out.write("    <testcase classname=\"" + xml(e.source()) + "\" name=\"" + xml(at.toString()) + "\">\n");
          String problem = p.toString(context.language());
          out.write("      <error type=\"unreadable\" message=\"" + xml(problem) + "\">" + xml(at + " " + problem)
              + "</error>\n");
          out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
      }
      out.write("</testsuites>\n");
    });
  }

  private static void suite(Writer out, Report report, Groups groups, String group, ReportContext context)
      throws IOException {
    List<Finding> findings = groups.findings(group);
    List<NotEvaluated> undecided = groups.notEvaluated(group);
    long failures = findings.stream().filter(f -> f.severity().isAtLeast(context.failLevel())).count();
    String name = group.isEmpty() ? context.profile() : group;
    out.write("  <testsuite name=\"" + xml(name) + "\" tests=\"" + tests(report, groups, group) + "\" failures=\""
        + failures + "\" errors=\"0\" skipped=\"" + undecided.size() + "\">\n");
    for (ConfiguredRule rule : report.rules()) {
      boolean any = false;
      for (Finding f : findings) {
        if (f.ruleId().equals(rule.id())) {
          any = true;
          Optional<Location> at = context.where(f);
          String where = at.map(Location::toString).orElse(f.localPointer().isRoot() ? "/" : f.localPointer().toString());
          String message = f.message(context.language());
          out.write("    <testcase classname=\"" + xml(name) + "\" name=\"" + xml(rule.id() + " " + where) + "\"");
          if (at.isPresent()) {
            out.write(" file=\"" + xml(at.get().source()) + "\" line=\"" + at.get().line() + "\"");
          }
          out.write(">\n");
          if (f.severity().isAtLeast(context.failLevel())) {
            out.write("      <failure type=\"" + xml(context.severity(f.severity())) + "\" message=\"" + xml(message)
                + "\">" + xml(where + "\n" + message
                    + context.basis(f).map(b -> "\n" + b).orElse("")
                    + f.hint(context.language()).map(h -> "\n" + context.word("report.hint", h)).orElse(""))
                + "</failure>\n");
          } else {
            out.write("      <system-out>" + xml(context.severity(f.severity()) + ": " + message
                + context.basis(f).map(b -> "\n" + b).orElse("")) + "</system-out>\n");
          }
          out.write("    </testcase>\n");
        }
      }
      for (NotEvaluated n : undecided) {
        if (n.ruleId().equals(rule.id())) {
          any = true;
          String where = context.where(n).map(Location::toString)
              .orElse(n.localPointer().isRoot() ? "/" : n.localPointer().toString());
          out.write("    <testcase classname=\"" + xml(name) + "\" name=\"" + xml(rule.id() + " " + where) + "\">\n");
          out.write("      <skipped message=\"" + xml(context.word("junit.skipped", n.reason(context.language())))
              + "\"/>\n");
          out.write("    </testcase>\n");
        }
      }
      if (!any) {
        out.write("    <testcase classname=\"" + xml(name) + "\" name=\"" + xml(rule.id()) + "\"/>\n");
      }
    }
    out.write("  </testsuite>\n");
  }

  /**
   * A suite of the baseline's entries that no longer occur and of those that expired, each a
   * skipped test case: they are not failures, but a dashboard lists them.
   */
  private static void baseline(Writer out, List<Baseline.Entry> stale, List<Baseline.Entry> expired,
      ReportContext context) throws IOException {
    String name = context.word("junit.baseline");
    int entries = stale.size() + expired.size();
    out.write("  <testsuite name=\"" + xml(name) + "\" tests=\"" + entries + "\" failures=\"0\" errors=\"0\" skipped=\""
        + entries + "\">\n");
    for (Baseline.Entry e : stale) {
      entry(out, name, e, context.word("junit.stale"), context);
    }
    for (Baseline.Entry e : expired) {
      entry(out, name, e, context.word("junit.expired", e.expires().map(Object::toString).orElse("")), context);
    }
    out.write("  </testsuite>\n");
  }

  private static void entry(Writer out, String suite, Baseline.Entry e, String message, ReportContext context)
      throws IOException {
    String where = context.where(e).map(Location::toString)
        .orElse(e.networkId().map(id -> id + " ").orElse("") + (e.pointer().isRoot() ? "/" : e.pointer().toString()));
    out.write("    <testcase classname=\"" + xml(suite) + "\" name=\"" + xml(e.ruleId() + " " + where) + "\">\n");
    out.write("      <skipped message=\"" + xml(message) + "\"/>\n");
    out.write("    </testcase>\n");
  }

  /** The number of test cases of a group: one per finding and per element not evaluated, one per quiet rule. */
  private static int tests(Report report, Groups groups, String group) {
    Map<String, Integer> cases = new HashMap<>();
    groups.findings(group).forEach(f -> cases.merge(f.ruleId(), 1, Integer::sum));
    groups.notEvaluated(group).forEach(n -> cases.merge(n.ruleId(), 1, Integer::sum));
    int tests = 0;
    for (ConfiguredRule rule : report.rules()) {
      tests += Math.max(1, cases.getOrDefault(rule.id(), 0));
    }
    return tests;
  }

  private static String xml(String text) {
    return XmlEscaper.attribute(text);
  }
}
