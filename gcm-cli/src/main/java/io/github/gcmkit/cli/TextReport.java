package io.github.gcmkit.cli;

import io.github.gcmkit.io.escape.TerminalEscaper;
import io.github.gcmkit.model.network.Network;
import io.github.gcmkit.rules.Baseline;
import io.github.gcmkit.rules.Finding;
import io.github.gcmkit.rules.NotEvaluated;
import io.github.gcmkit.rules.Report;
import io.github.gcmkit.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The report of {@code gcm check} for people: findings grouped by network, each with its rule,
 * the path to the element, the message and the hint; then what could not be evaluated, and a
 * summary with the verdict at the fail level.
 */
final class TextReport {

  private static final String INDENT = "  ";
  private static final String DETAIL = "           ";
  private static final int WIDTH = 100;

  private final Style style;
  private final String language;

  TextReport(Style style, String language) {
    this.style = style;
    this.language = language;
  }

  String format(Report report, CheckCommand.Subject subject, String profile, Severity failLevel) {
    StringBuilder text = new StringBuilder();
    text.append(style.bold("gcm check")).append(" — profile '").append(TerminalEscaper.text(profile)).append("', ")
        .append(report.rules().size()).append(" rules, ").append(what(subject)).append("\n");
    for (String group : groups(report, subject)) {
      text.append('\n').append(style.bold(TerminalEscaper.text(heading(group, subject)))).append('\n');
      List<Finding> findings = report.findings().stream()
          .filter(f -> f.networkId().orElse("").equals(group))
          .sorted(Comparator.comparing(Finding::severity))
          .toList();
      List<NotEvaluated> undecided = report.notEvaluated().stream().filter(n -> n.networkId().orElse("").equals(group)).toList();
      if (findings.isEmpty()) {
        text.append(INDENT).append(style.green("no findings")).append('\n');
      }
      for (Finding f : findings) {
        text.append(INDENT).append(severity(f.severity())).append(' ').append(f.ruleId()).append("  ")
            .append(style.dim(path(f.localPointer()))).append('\n');
        lines(text, f.message().text(language), s -> s);
        f.hint().ifPresent(h -> lines(text, "Hint: " + h.text(language), style::dim));
      }
      if (!undecided.isEmpty()) {
        text.append(INDENT).append(style.dim("not evaluated (" + undecided.size() + "):")).append('\n');
        // Rules undecided at one place for one reason (a network without a workplan) share a line.
        Map<List<String>, List<String>> rules = new LinkedHashMap<>();
        for (NotEvaluated n : undecided) {
          rules.computeIfAbsent(List.of(path(n.localPointer()), n.reason().text(language)), k -> new ArrayList<>())
              .add(n.ruleId());
        }
        rules.forEach((place, ids) -> {
          lines(text, place.get(0) + " — " + place.get(1), style::dim);
          lines(text, String.join(", ", ids), s -> INDENT + s);
        });
      }
    }
    text.append('\n');
    text.append(style.bold("Summary: "))
        .append(count(report.count(Severity.ERROR), "error", "errors")).append(", ")
        .append(count(report.count(Severity.WARNING), "warning", "warnings")).append(", ")
        .append(count(report.count(Severity.INFO), "info", "infos")).append("; ")
        .append(count(report.notEvaluated().size(), "element", "elements")).append(" not evaluated.\n");
    text.append("Rules: ").append(report.rulesPassed().size()).append(" passed, ")
        .append(report.rulesFailed().size()).append(" failed, ")
        .append(report.rulesNotEvaluated().size()).append(" not evaluated.\n");
    if (report.acceptedCount() > 0 || !report.noLongerOccurring().isEmpty()) {
      text.append("Baseline: ").append(count(report.acceptedCount(), "finding", "findings")).append(" accepted, ")
          .append(report.noLongerOccurring().size()).append(" no longer occurring.\n");
      for (Baseline.Entry e : report.noLongerOccurring()) {
        text.append(INDENT).append(e.ruleId()).append(e.networkId().map(id -> " [" + TerminalEscaper.text(id) + "]").orElse(""))
            .append("  ").append(path(e.pointer())).append('\n');
      }
    }
    String level = failLevel.name().toLowerCase(Locale.ROOT);
    long failing = report.findings().stream().filter(f -> f.severity().isAtLeast(failLevel)).count();
    int below = report.findings().size() - (int) failing;
    text.append(report.passed(failLevel)
        ? style.green("PASSED") + ": nothing at or above " + level
            + (below == 0 ? "" : "; " + count(below, "finding", "findings") + " below it to review") + ".\n"
        : style.red("FAILED") + ": " + count((int) failing, "finding", "findings") + " at or above " + level + ".\n");
    return text.toString();
  }

  /**
   * Adds {@code paragraph} in lines of the report's width, each indented and styled; what it quotes
   * from documents shows its controls and escape sequences escaped.
   */
  private static void lines(StringBuilder text, String paragraph, UnaryOperator<String> style) {
    for (String line : Words.wrap(TerminalEscaper.text(paragraph), WIDTH - DETAIL.length())) {
      text.append(DETAIL).append(style.apply(line)).append('\n');
    }
  }

  /** The groups of the report: every network of the federation in its order, then any other. */
  private static List<String> groups(Report report, CheckCommand.Subject subject) {
    Set<String> groups = new LinkedHashSet<>();
    if (subject.federation() != null) {
      subject.federation().networks().forEach(n -> groups.add(n.id()));
    }
    report.findings().forEach(f -> groups.add(f.networkId().orElse("")));
    report.notEvaluated().forEach(n -> groups.add(n.networkId().orElse("")));
    if (groups.isEmpty()) {
      groups.add("");
    }
    return new ArrayList<>(groups);
  }

  private String heading(String group, CheckCommand.Subject subject) {
    if (group.isEmpty()) {
      return subject.federation() == null ? subject.source() : "the federation";
    }
    Optional<Network> network = subject.federation() == null ? Optional.empty() : subject.federation().network(group);
    return group + network.map(n -> " — " + n.name().text(language)).orElse("");
  }

  private static String what(CheckCommand.Subject subject) {
    if (subject.federation() == null) {
      return TerminalEscaper.text(subject.source());
    }
    int networks = subject.federation().networks().size();
    int events = subject.federation().events().size();
    return count(networks, "network", "networks") + (events == 0 ? "" : " and " + count(events, "event", "events"));
  }

  private String severity(Severity severity) {
    String word = String.format("%-8s", severity.name().toLowerCase(Locale.ROOT));
    return switch (severity) {
      case ERROR -> style.red(word);
      case WARNING -> style.yellow(word);
      case INFO -> style.cyan(word);
    };
  }

  private static String path(String pointer) {
    return pointer.isEmpty() ? "/" : TerminalEscaper.text(pointer);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
